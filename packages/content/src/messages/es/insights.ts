// Spanish copy for the insights screen: the keys of ../en/insights.ts. Imágenes de lo que pasó,
// descritas con sencillez. Solo recuentos: un desencadenante nunca es un "riesgo". Las cosas
// "fueron juntas", nunca causa y efecto. Nada celebra, nada alarma.
import type { insights as en } from '../en/insights.ts';

export const insights: { readonly [K in keyof typeof en]: string } = {
  'insights.nav': 'Tendencias',
  'insights.title': 'Tendencias',
  'insights.intro':
    'Imágenes de tus registros: cuándo llegan los impulsos, qué los desencadena y qué ayuda. Todo se calcula en este dispositivo.',
  'insights.periodLabel': 'Periodo que ver',
  'insights.period.4w': '4 semanas',
  'insights.period.3m': '3 meses',
  'insights.period.1y': 'Un año',
  'insights.period.all': 'Todo',
  'insights.range': 'Del {from} al {to}.',
  'insights.early':
    'Todavía hay menos de una semana de registros, así que estas imágenes se están formando. Esto es lo que hay.',
  'insights.empty':
    'Cuando anotes impulsos, rellenes tarjetas diarias o uses las herramientas, aquí aparecerán imágenes de ello. No hay prisa.',
  'insights.showTable': 'Ver como tabla',
  'insights.reportLink': 'Hacer un informe para tu equipo de atención',
  'insights.notCause':
    'Estas cifras muestran lo que pasó al mismo tiempo. No muestran que una cosa causara otra.',

  'insights.urges.heading': 'Impulsos a lo largo del tiempo',
  'insights.urges.chartLabel':
    'Gráfico: el impulso más alto anotado cada día, de 0 a 10. Los días en que actuaste por un impulso llevan un círculo.',
  'insights.urges.sentence':
    'Impulsos anotados: {logged}. Impulsos superados: {ridden}. Días en que actuaste por un impulso: {acted}.',
  'insights.urges.sentence.none': 'Aún no hay impulsos anotados en este periodo.',
  'insights.urges.tableCaption': 'Impulsos, semana a semana',
  'insights.urges.week': 'Semana desde',
  'insights.urges.highest': 'Impulso más alto (de 0 a 10)',
  'insights.urges.logged': 'Impulsos anotados',
  'insights.urges.ridden': 'Superados',
  'insights.urges.actedDays': 'Días en que actuaste por un impulso',
  'insights.urges.legendHighest': 'Línea: el impulso más alto del día',
  'insights.urges.legendActed': 'Círculo: un día en que actuaste por un impulso',
  'insights.blank': 'Sin rellenar',

  'insights.triggers.heading': 'Desencadenantes',
  'insights.triggers.chartLabel': 'Gráfico: cuántas veces nombraste cada desencadenante.',
  'insights.triggers.sentence':
    'El desencadenante que nombraste más a menudo fue {trigger}: en {count} de las {entries} anotaciones con un desencadenante.',
  'insights.triggers.sentence.own':
    'El desencadenante que nombraste más a menudo fue “{trigger}”, con tus palabras: en {count} de las {entries} anotaciones con un desencadenante.',
  'insights.triggers.sentence.none': 'Aún no hay desencadenantes nombrados en este periodo.',
  'insights.triggers.actedSentence':
    'Antes de las veces en que actuaste por un impulso, el desencadenante nombrado más a menudo fue {trigger} ({count}). Saberlo puede ayudarte a prepararte.',
  'insights.triggers.actedSentence.own':
    'Antes de las veces en que actuaste por un impulso, el desencadenante nombrado más a menudo fue “{trigger}” ({count}). Saberlo puede ayudarte a prepararte.',
  'insights.triggers.actedSentence.none':
    'No se nombró ningún desencadenante en una anotación en la que actuaste por un impulso.',
  'insights.triggers.tableCaption': 'Desencadenantes, los más frecuentes primero',
  'insights.triggers.trigger': 'Desencadenante',
  'insights.triggers.count': 'Veces nombrado',
  'insights.triggers.beforeActing': 'De esas, antes de actuar por un impulso',

  'insights.when.heading': 'Cuándo llegan los impulsos',
  'insights.when.partsLabel': 'Gráfico: impulsos según el momento del día.',
  'insights.when.weekdaysLabel': 'Gráfico: impulsos según el día de la semana.',
  'insights.when.sentence':
    'Los impulsos llegaron más a menudo por la {part} ({partCount}). El día de la semana con más fue el {weekday} ({weekdayCount}).',
  'insights.when.sentence.none': 'Aún no hay impulsos anotados en este periodo.',
  'insights.when.tableCaption': 'Impulsos según el momento del día y el día de la semana',
  'insights.when.time': 'Cuándo',
  'insights.when.urges': 'Impulsos',
  'insights.when.acted': 'Actuaste',
  'insights.part.night': 'noche (de medianoche a las 6)',
  'insights.part.morning': 'mañana (de las 6 al mediodía)',
  'insights.part.afternoon': 'tarde (del mediodía a las 18)',
  'insights.part.evening': 'noche temprana (de las 18 a medianoche)',
  'insights.partShort.night': 'Madrugada',
  'insights.partShort.morning': 'Mañana',
  'insights.partShort.afternoon': 'Tarde',
  'insights.partShort.evening': 'Noche',

  'insights.helps.heading': 'Lo que ayuda',
  'insights.helps.chartLabel':
    'Gráfico: cuántos puntos suele bajar el impulso con cada herramienta, con una línea que muestra lo seguro que es.',
  'insights.helps.sentence.early':
    '{tool} bajó tu impulso {drop} puntos de media, en {rated} usos valorados. Todavía es pronto: unas cuantas valoraciones más lo aclararán.',
  'insights.helps.sentence.some':
    '{tool} bajó tu impulso {drop} puntos de media, en {rated} usos valorados. Por ahora es una guía razonable.',
  'insights.helps.sentence.more':
    '{tool} bajó tu impulso {drop} puntos de media, en {rated} usos valorados. Es una imagen estable.',
  'insights.helps.sentence.unrated':
    'Usaste herramientas {uses} veces. Valorar el impulso antes y después muestra cuáles ayudan más.',
  'insights.helps.sentence.none': 'Aún no has usado herramientas en este periodo.',
  'insights.helps.tableCaption': 'Herramientas, cuánto bajaron el impulso',
  'insights.helps.tool': 'Herramienta',
  'insights.helps.uses': 'Usos',
  'insights.helps.rated': 'Usos valorados',
  'insights.helps.drop': 'Bajada media (puntos)',
  'insights.helps.estimate': 'Bajada habitual, rango probable',
  'insights.helps.range': '{mid} (entre {low} y {high} aprox.)',
  'insights.helps.sure': 'Qué tan seguro',
  'insights.sureness.early': 'Todavía es pronto (menos de 3 valoraciones)',
  'insights.sureness.some': 'Una guía razonable (de 3 a 9 valoraciones)',
  'insights.sureness.more': 'Más estable (10 valoraciones o más)',
  'insights.unknownTool': 'Otra herramienta',

  'insights.skills.heading': 'Habilidades e impulsos en los días de tarjeta',
  'insights.skills.chartLabel':
    'Gráfico: el impulso de autolesión medio (de 0 a 5) en los días de tarjeta, según la valoración de habilidades de ese día (de 0 a 7).',
  'insights.skills.sentence':
    'En los {usedDays} días de tarjeta en que usaste habilidades (3 o más), tu impulso de autolesión fue de {usedUrge} sobre 5 de media. En los otros {otherDays} días, fue de {otherUrge}. Fueron juntos; eso no muestra que uno causara el otro.',
  'insights.skills.sentence.oneSide':
    'Tienes {days} días de tarjeta con habilidades e impulsos valorados. Con días de los dos tipos (habilidades 3 o más, y menos), esto mostrará cómo fueron juntos.',
  'insights.skills.sentence.none':
    'Aún no hay días de tarjeta en este periodo con las habilidades y el impulso de autolesión valorados.',
  'insights.skills.tableCaption': 'Días de tarjeta según la valoración de habilidades',
  'insights.skills.level': 'Valoración de habilidades (de 0 a 7)',
  'insights.skills.days': 'Días de tarjeta',
  'insights.skills.urge': 'Impulso de autolesión medio (de 0 a 5)',

  'insights.checkIns.heading': 'Cuestionarios',
  'insights.checkIns.chartLabel':
    'Gráfico: puntuaciones del {instrument} a lo largo del tiempo, de 0 a {max}, con los niveles de síntomas publicados.',
  'insights.checkIns.sentence':
    'Tu puntuación del {instrument} pasó de {first} a {last} sobre {max}, en {count} cuestionarios. El último nivel de síntomas es {band}.',
  'insights.checkIns.sentence.one':
    'Tu puntuación del {instrument} fue {total} sobre {max}. El nivel de síntomas es {band}.',
  'insights.checkIns.sentence.none': 'No hay cuestionarios {instrument} en este periodo.',
  'insights.checkIns.about':
    'Los niveles de síntomas son las bandas publicadas de cada cuestionario. Describen cuánto te molestaron los síntomas durante dos semanas.',
  'insights.checkIns.tableCaption': 'Puntuaciones del {instrument}',
  'insights.checkIns.date': 'Fecha',
  'insights.checkIns.score': 'Puntuación',
  'insights.checkIns.level': 'Nivel de síntomas',
  'insights.instrument.phq9': 'PHQ-9',
  'insights.instrument.gad7': 'GAD-7',

  'insights.diary.heading': 'La tarjeta diaria semana a semana',
  'insights.diary.chartLabel':
    'Gráfico: la media semanal del impulso de autolesión, la tristeza y las habilidades en tu tarjeta diaria.',
  'insights.diary.sentence':
    'Tu tarjeta diaria en {weeks} semanas ({cards} tarjetas): la media de cada fila, semana a semana.',
  'insights.diary.sentence.none': 'Aún no hay tarjetas diarias en este periodo.',
  'insights.diary.tableCaption': 'Tarjeta diaria, medias semanales',
  'insights.diary.cards': 'Tarjetas',
  'insights.diary.actedDays': 'Días en que actuaste: {target}',
  'insights.diary.skillsDays': 'Días con habilidades 3 o más',
  'insights.diary.legendUrge': 'Impulso de autolesión (de 0 a 5)',
  'insights.diary.legendSadness': 'Tristeza (de 0 a 5)',
  'insights.diary.legendSkills': 'Habilidades (de 0 a 7, a escala)',
};
