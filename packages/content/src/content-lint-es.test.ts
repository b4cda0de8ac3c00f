import { describe, expect, it } from 'vitest';
import {
  formatViolations,
  isAllowed,
  LINT_ALLOW_LIST_ES,
  LINT_TERMS,
  LINT_TERMS_ES,
  lintCopy,
  lintTree,
} from './content-lint.ts';
import { es } from './messages/es.ts';

const terms = (text: string) => lintCopy(text).map((v) => v.term);

describe('the Spanish lint flags what the safe-messaging rules forbid', () => {
  const flagged: [string, string][] = [
    ['Su hermano cometió suicidio.', 'es-cometer-suicidio'],
    ['personas que cometen suicidio', 'es-cometer-suicidio'],
    ['COMETER   SUICIDIO', 'es-cometer-suicidio'],
    ['un suicidio consumado', 'es-suicidio-exitoso'],
    ['tras un intento fallido', 'es-intento-fallido'],
    ['un intento de suicidio frustrado', 'es-intento-fallido'],
    ['Solo quiere llamar la atención.', 'es-llamar-la-atencion'],
    ['Está buscando atención.', 'es-llamar-la-atencion'],
    ['Fue un grito de ayuda.', 'es-grito-de-ayuda'],
    ['una epidemia de suicidios', 'es-epidemia'],
    ['Tu puntuación de riesgo es 7', 'es-puntuacion-riesgo'],
    ['Nivel de riesgo: medio', 'es-nivel-riesgo'],
    ['Estás en riesgo alto', 'es-nivel-riesgo'],
    ['una cuchilla', 'es-herramienta-cortante'],
    ['objetos cortantes', 'es-herramienta-cortante'],
    ['cuando te cortas', 'es-acto-sobre-si'],
    ['quemarse', 'es-acto-sobre-si'],
    ['20 pastillas', 'es-cantidad-pastillas'],
    ['un puñado de pastillas', 'es-cantidad-pastillas'],
    ['una sobredosis', 'es-sobredosis'],
    ['una intoxicación', 'es-envenenamiento'],
    ['paracetamol', 'es-medicamento'],
    ['una dosis letal', 'es-letal'],
    ['lejía', 'es-producto-quimico'],
    ['una soga', 'es-ahorcamiento'],
    ['ahogarse', 'es-ahogarse'],
    ['un arma de fuego', 'es-arma'],
    ['tirarse de un puente', 'es-lanzarse'],
    ['el puente', 'es-puente'],
    ['una azotea', 'es-lugar-alto'],
    ['las muñecas', 'es-muneca'],
    ['cortes profundos', 'es-profundidad'],
    ['Tu contador vuelve a cero.', 'es-volver-a-cero'],
    ['volver al día uno', 'es-volver-a-cero'],
    ['reiniciar tu racha a cero', 'es-volver-a-cero'],
    ['Tienes que empezar de cero.', 'es-empezar-de-cero'],
    ['empezar desde cero', 'es-empezar-de-cero'],
    ['volver a empezar', 'es-empezar-de-cero'],
    ['Fracasaste.', 'es-fracaso'],
    ['Esto es un fracaso.', 'es-fracaso'],
    ['Fallaste otra vez', 'es-fracaso'],
    ['30 días limpio', 'es-limpio'],
    ['Perdiste tu racha', 'es-racha-rota'],
    ['Decepcionaste a tu familia', 'es-decepcionar'],
    ['las heridas', 'es-herida'],
    ['una cicatriz', 'es-cicatriz'],
    ['sangre', 'es-sangre'],
    ['sangrando', 'es-sangre'],
    ['¡Genial!', 'es-euforia'],
    ['¡Bien hecho!', 'es-euforia'],
    ['¡Lo lograste! ¡Sigue así!', 'exclamations'],
  ];
  for (const [text, term] of flagged) {
    it(`flags ${JSON.stringify(text)} as ${term}`, () => {
      expect(terms(text)).toContain(term);
    });
  }
});

describe('the Spanish lint lets ordinary and kind copy through', () => {
  const clean = [
    'Una recaída es información, no un fracaso.',
    'Leer: por qué una recaída no es un fracaso',
    'Esto no es un fracaso.',
    'Un día difícil no significa que hayas fracasado.',
    'No has fracasado.',
    'Murió por suicidio.',
    'Las personas que han intentado suicidarse pueden recuperarse, y lo hacen.',
    'Haz saltos de tijera, o salta en el sitio un minuto.',
    'Saltarte comidas puede hacer que todo sea más difícil.',
    'Hablar ayuda a tender puentes con los demás.',
    'Usa una pistola de silicona para hacer algo con las manos.',
    'Si tienes la presión de la sangre baja, consulta antes.',
    'Respira hondo. Nota qué tan hondo llega.',
    'Llama al 024 a cualquier hora.',
    'Empieza un chat desde el sitio web.',
    'Hoy puede empezar una nueva racha.',
    'Tu progreso sigue siendo tuyo.',
    'Aléjate de cualquier cosa que podrías usar para hacerte daño.',
    'Hola. Te damos la bienvenida.',
  ];
  for (const text of clean) {
    it(`passes ${JSON.stringify(text)}`, () => {
      expect(lintCopy(text)).toEqual([]);
    });
  }
});

describe('the Spanish lists', () => {
  it('every Spanish term has a unique id, not shared with the English list, and a reason', () => {
    const ids = [...LINT_TERMS, ...LINT_TERMS_ES].map((t) => t.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const t of LINT_TERMS_ES) {
      expect(t.id, t.id).toMatch(/^es-/);
      expect(t.why.length, t.id).toBeGreaterThan(10);
    }
  });

  it('allows medical words in first aid only, and "fracaso" in the PHQ-9 only', () => {
    const ids = new Set(LINT_TERMS_ES.map((t) => t.id));
    for (const entry of LINT_ALLOW_LIST_ES)
      for (const term of entry.terms) expect(ids.has(term)).toBe(true);
    expect(isAllowed('firstAidEs.callNow.items.0', 'es-sobredosis')).toBe(true);
    expect(isAllowed('catalogues.es.journal.after.kind', 'es-sobredosis')).toBe(false);
    expect(isAllowed('phq9Es.items.5', 'es-fracaso')).toBe(true);
    expect(isAllowed('catalogues.es.journal.after.kind', 'es-fracaso')).toBe(false);
  });

  it('the Spanish catalogue passes, every message of it', () => {
    const result = lintTree(es, 'catalogues.es');
    expect(result.checked).toBe(Object.keys(es).length);
    expect(formatViolations(result.violations)).toBe('');
  });
});
