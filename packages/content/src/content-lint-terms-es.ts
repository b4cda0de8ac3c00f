// The content lint's words in Spanish: the same safe-messaging rules as content-lint-terms.ts,
// written for the Spanish catalogue, guides, tools, first aid and crisis directory labels. Each
// entry says why it is refused and, where there is one, what to say instead ("di …"). Reviewed
// like the English list. Same pattern syntax: a literal space is "one or more spaces or
// hyphens", whole words only, case-insensitive. Spanish inflects heavily, so verb and gender
// forms are written out per term; ordinary words must pass ("saltos de tijera", "tender puentes",
// "presión de la sangre").
import type { AllowEntry, LintTerm } from './content-lint-terms.ts';

/** Reflexive and object clitics that make a verb an act on oneself ("cortarse", "quemarte"). */
const CLITIC = '(?:me|te|se|nos|os)';

/**
 * "No es un fracaso", "una recaída no es fracaso", "no significa que hayas fracasado", "no has
 * fracasado", "nunca un fracaso": the negation is the message we want, so it is allowed.
 */
const NEGATED_ES =
  /(?:^|[^\p{L}])(?:no|nunca|ni|jamás|tampoco)(?:[\s\u00a0\-\u2010\u2011\u2013\u2014]+(?:es|era|fue|sea|un|una|significa|quiere|decir|que|has|hayas|han|hayan|he|haya|te|convierte|en|hace|hacen|lo|la|de|señal))*[\s\u00a0\-\u2010\u2011\u2013\u2014]+$/u;

export const LINT_TERMS_ES: readonly LintTerm[] = [
  // ---- suicide-language / outcome-language -----------------------------------------------
  {
    id: 'es-cometer-suicidio',
    rule: 'suicide-language',
    pattern:
      '(?:comet(?:er|e|es|en|ió|ieron|ido|ida|iendo|a|as|an|ía|ían|erá|erían)) (?:el |un )?suicidios?|suicidio cometido',
    why: 'El suicidio no es un delito; "cometer" lo presenta como uno. Di "murió por suicidio" o "se quitó la vida".',
  },
  {
    id: 'es-suicidio-exitoso',
    rule: 'suicide-language',
    pattern: 'suicidios? (?:exitosos?|logrados?|consumados?|fallidos?|frustrados?)',
    why: 'Presenta una muerte como un logro o un fracaso. Di "muerte por suicidio" o "intento de suicidio".',
  },
  {
    id: 'es-intento-fallido',
    rule: 'outcome-language',
    pattern:
      'intentos? (?:de suicidio )?(?:fallidos?|exitosos?|frustrados?|logrados?|fracasados?|consumados?)',
    why: 'Un intento no es una tarea que sale bien o mal. Di "intento de suicidio".',
  },

  // ---- stigma / sensational --------------------------------------------------------------
  {
    id: 'es-llamar-la-atencion',
    rule: 'stigma',
    pattern:
      '(?:llamar|llama|llamas|llaman|llamando) la atención|(?:buscar|busca|buscas|buscan|buscando) atención(?! (?:médica|el mismo día|urgente|profesional))',
    why: 'Quita importancia a un malestar real; es uno de los mitos más dolorosos sobre las autolesiones.',
  },
  {
    id: 'es-grito-de-ayuda',
    rule: 'stigma',
    pattern: 'gritos? de (?:ayuda|auxilio)|llamadas? de auxilio',
    why: 'Cliché que da a entender que el malestar es una actuación.',
  },
  {
    id: 'es-etiqueta',
    rule: 'stigma',
    pattern: 'autolesionador(?:a|es|as)?|cortador(?:a|es|as)?|suicidas (?:en potencia)',
    why: 'Reduce a la persona a una conducta. Di "una persona que se autolesiona".',
  },
  {
    id: 'es-epidemia',
    rule: 'sensational',
    pattern: 'epidemias? de (?:suicidios?|autolesiones)',
    why: 'El encuadre sensacionalista puede normalizar el suicidio y las autolesiones.',
  },

  // ---- risk-rating -----------------------------------------------------------------------
  {
    id: 'es-puntuacion-riesgo',
    rule: 'risk-rating',
    pattern: '(?:puntuaci[oó]n|puntaje|calificaci[oó]n) de riesgo',
    why: 'Ninguna puntuación de riesgo, en ningún lugar (NICE NG225).',
  },
  {
    id: 'es-nivel-riesgo',
    rule: 'risk-rating',
    pattern:
      'nivel(?:es)? de riesgo|riesgo (?:alto|bajo|medio|moderado|elevado)|(?:alto|bajo|mediano) riesgo|categor[ií]as? de riesgo',
    why: 'Ningún nivel de riesgo bajo, medio o alto (NICE NG225).',
  },

  // ---- method-detail ---------------------------------------------------------------------
  {
    id: 'es-herramienta-cortante',
    rule: 'method-detail',
    pattern:
      'cuchillas?|navajas?|hojas? de afeitar|cuchillos?|bistur[ií](?:es)?|c[uú]ter|objetos? (?:cortantes|afilados|punzantes)',
    why: 'Nombra un objeto usado para hacerse daño.',
  },
  {
    id: 'es-acto-sobre-si',
    rule: 'method-detail',
    pattern: `(?:cortar|quemar|golpear|rasguñar|arañar|ahorcar|envenenar|apuñalar|pinchar|cortándo|quemándo|golpeándo|ahorcándo)${CLITIC}|${CLITIC} (?:corta|cortas|corté|cortó|cortaste|cortaba|cortabas|quema|quemas|quemé|quemó|quemaste|ahorca|ahorcó)`,
    why: 'Describe el acto mismo. Di "hacerte daño" o "autolesionarte".',
  },
  {
    id: 'es-cantidad-pastillas',
    rule: 'method-detail',
    pattern:
      '\\d+ (?:pastillas?|comprimidos?|tabletas?|c[aá]psulas?)|(?:un puñado|puñados|una caja|cajas|un frasco|frascos|un blíster|blísteres|cuántas|muchas|todas las) (?:de )?(?:pastillas|comprimidos|tabletas|c[aá]psulas)',
    why: 'Las cantidades de medicamentos son detalle del método.',
  },
  {
    id: 'es-acumular',
    rule: 'method-detail',
    pattern:
      '(?:acumular|acumula|acumulas|acumulé|acumuló|guardar|juntar) (?:pastillas|medicamentos|medicinas)',
    why: 'Describe reunir los medios.',
  },
  {
    id: 'es-sobredosis',
    rule: 'method-detail',
    pattern: 'sobredosis',
    why: 'Un método; solo se permite en los primeros auxilios, donde dice que pidas ayuda.',
  },
  {
    id: 'es-envenenamiento',
    rule: 'method-detail',
    pattern: 'envenen(?:ar|amiento|amientos|ado|ada)|venenos?|intoxicaci[oó]n(?:es)?',
    why: 'Un método; solo se permite en los primeros auxilios, donde dice que pidas ayuda.',
  },
  {
    id: 'es-medicamento',
    rule: 'method-detail',
    pattern: 'paracetamol|acetaminof[eé]n|ibuprofeno|aspirinas?|code[ií]na|tramadol',
    why: 'Nombrar un medicamento junto a las autolesiones sugiere un medio.',
  },
  {
    id: 'es-letal',
    rule: 'method-detail',
    pattern: 'letal(?:es|idad)?|dosis (?:mortal|mortales|t[oó]xicas?|letal)',
    why: 'La letalidad y las dosis son detalle del método.',
  },
  {
    id: 'es-producto-quimico',
    rule: 'method-detail',
    pattern:
      'lej[ií]a|lavandina|cloro|raticidas?|pesticidas?|plaguicidas?|anticongelante|matarratas|salfum[aá]n',
    why: 'Nombra una sustancia usada como medio.',
  },
  {
    id: 'es-gas',
    rule: 'method-detail',
    pattern: 'mon[oó]xido de carbono|gases? del tubo de escape|carb[oó]n encendido',
    why: 'Nombra un medio.',
  },
  {
    id: 'es-ahorcamiento',
    rule: 'method-detail',
    pattern: 'ahorc(?:ar|amiento|ado|ada|arse)|horcas?|sogas?',
    why: 'Nombra un método.',
  },
  {
    id: 'es-asfixia',
    rule: 'method-detail',
    pattern: 'asfixi(?:a|ar|arse)|estrangul(?:ar|amiento|arse)',
    why: 'Nombra un método.',
  },
  {
    id: 'es-ahogarse',
    rule: 'method-detail',
    pattern: 'ahog(?:ar|arse|ado|ada|amiento)',
    why: 'Nombra un método, incluso como metáfora.',
  },
  {
    id: 'es-arma',
    rule: 'method-detail',
    pattern:
      'armas? de fuego|pistolas?(?! de (?:agua|silicona|pegamento))|escopetas?|rifles?|revólver(?:es)?|balas?',
    why: 'Nombra un medio ("pistola de silicona" se permite).',
  },
  {
    id: 'es-lanzarse',
    rule: 'method-detail',
    pattern:
      '(?:tirar|lanzar|arrojar|aventar)(?:me|te|se) (?:de|desde|por|al|a la|a las)|(?:salt(?:ar|a|ó|é|aste|ando)) (?:de|desde) (?:un|una|el|la|lo)',
    why: 'Describe un método ("saltos de tijera" se permite).',
  },
  {
    id: 'es-puente',
    rule: 'method-detail',
    pattern: '(?<!tender )(?<!tiende )(?<!tienden )puentes?',
    why: 'Un lugar asociado al suicidio ("tender puentes" se permite).',
  },
  {
    id: 'es-lugar-alto',
    rule: 'method-detail',
    pattern:
      'acantilados?|azoteas?|tejados?|edificios? altos?|v[ií]as? del (?:tren|metro)|delante de un (?:tren|autob[uú]s|cami[oó]n|coche|carro)',
    why: 'Los lugares son detalle del método.',
  },
  {
    id: 'es-muneca',
    rule: 'method-detail',
    pattern: 'muñecas?',
    why: 'Nombra una parte del cuerpo; el lugar es detalle del método.',
  },
  {
    id: 'es-profundidad',
    rule: 'method-detail',
    pattern:
      'cortes? profundos?|qué tan profund(?:o|a|os|as)|profundidad de (?:un |una |la |el )?(?:corte|herida)s?',
    why: 'Describe la gravedad de una lesión.',
  },

  // ---- shaming ---------------------------------------------------------------------------
  {
    id: 'es-volver-a-cero',
    rule: 'shaming',
    pattern:
      '(?:volver|vuelve|vuelves|vuelven|volvió|volviste|volviendo|regresar|regresas) (?:otra vez )?(?:a|al) (?:cero|0|d[ií]a (?:cero|0|uno|1)|punto de partida|casilla de salida)|(?:reiniciar|reinicia|reinicias|reinició|reinicio|poner|pone|pones|puso) (?:el |tu |la |tus |los )?(?:contador|cuenta|racha|progreso|d[ií]as)? ?(?:a|en) cero',
    why: 'Nada vuelve a cero; el progreso logrado nunca se borra.',
  },
  {
    id: 'es-empezar-de-cero',
    rule: 'shaming',
    pattern:
      '(?:empezar|empieza|empiezas|empiezan|empecé|empezó|empezando|comenzar|comienza|comienzas|comenzó|arrancar|arranca) (?:otra vez |todo )?(?:de|desde) (?:cero|nuevo|el principio)|volver a empezar|vuelve a empezar|vuelves a empezar',
    why: 'Presenta una recaída como si borrara el progreso.',
  },
  {
    id: 'es-fracaso',
    rule: 'shaming',
    pattern:
      'fracas(?:o|os|ar|as|a|aste|é|ó|ado|ada|ados|adas|ando)|fall(?:aste|é|ó|ar|aron|ido|ida)',
    why: 'Una recaída es información, no un fracaso. Las negaciones ("no es un fracaso") se permiten.',
    unlessAfter: NEGATED_ES,
  },
  {
    id: 'es-limpio',
    rule: 'shaming',
    pattern:
      '(?:d[ií]as?|semanas?|meses|años?) limpi(?:o|a|os|as)|(?:mantenerte|mantenerse|seguir|sigues|estar|estás|llevas) limpi(?:o|a|os|as)|racha limpia',
    why: '"Limpio" da a entender que una recaída ensucia a la persona.',
  },
  {
    id: 'es-racha-rota',
    rule: 'shaming',
    pattern:
      '(?:romper|rompiste|rompió|rompes|perder|perdiste|perdió|pierdes|arruinar|arruinaste) (?:la|tu|su|una) racha|racha (?:rota|perdida|arruinada)',
    why: 'Avergüenza una recaída a través de la racha.',
  },
  {
    id: 'es-decepcionar',
    rule: 'shaming',
    pattern: 'decepcion(?:ar|aste|é|ó|as|a)(?:te|me|los|las|nos|le|les)?|defraud(?:ar|aste|é|ó)',
    why: 'Encuadre de culpa.',
  },

  // ---- wound-imagery ---------------------------------------------------------------------
  {
    id: 'es-herida',
    rule: 'wound-imagery',
    pattern: 'heridas?',
    why: 'Imagen de heridas; solo se permite en los primeros auxilios.',
  },
  {
    id: 'es-cicatriz',
    rule: 'wound-imagery',
    pattern: 'cicatri(?:z|ces)',
    why: 'Imagen de cicatrices.',
  },
  {
    id: 'es-sangre',
    rule: 'wound-imagery',
    pattern:
      'sangr(?:e|ienta|iento|ientas|ientos)(?! (?:fr[ií]a))(?<!presi[oó]n de la sangre)|sangr(?:a|ado|ando|ar|ó|an)',
    why: 'Imagen de sangre; solo se permite en los primeros auxilios.',
  },
  {
    id: 'es-tajo',
    rule: 'wound-imagery',
    pattern: 'tajos?|abiert(?:a|as) de par en par',
    why: 'Imagen de heridas.',
  },

  // ---- cheerleading ----------------------------------------------------------------------
  {
    id: 'es-euforia',
    rule: 'cheerleading',
    pattern:
      '(?:genial|excelente|increíble|felicidades|felicitaciones|enhorabuena|bravo|bien hecho|muy bien|buen trabajo|perfecto|fantástico|maravilloso|sigue así|lo lograste|lo conseguiste|qué orgullo) *!',
    why: 'Celebrar con euforia después de un día difícil; dilo con calma.',
  },
];

/** Where a refused Spanish word is necessary. Reviewed like the English allow-list. */
export const LINT_ALLOW_LIST_ES: readonly AllowEntry[] = [
  {
    paths: ['**.firstAid*.**', '**.first-aid*.**', '**.first_aid*.**'],
    terms: [
      'es-sobredosis',
      'es-envenenamiento',
      'es-herida',
      'es-sangre',
      'es-tajo',
      'es-profundidad',
    ],
    reason:
      'Los primeros auxilios tienen que decir claramente cuándo llamar a emergencias o ir a ' +
      'urgencias: "cualquier sobredosis o intoxicación", "un sangrado que no para", "una herida ' +
      'profunda o muy abierta". No nombran ningún objeto, cantidad ni lugar.',
  },
  {
    paths: ['**.phq9*.**', 'questionnaires*.**.items.**'],
    terms: ['es-fracaso'],
    reason:
      'El PHQ-9 es un cuestionario validado: sus preguntas conservan la redacción publicada en ' +
      'español, y la 6 dice "…o que es un fracaso o que ha quedado mal con usted mismo(a) o con ' +
      'su familia". Cambiarla cambiaría lo que significa la puntuación.',
  },
];
