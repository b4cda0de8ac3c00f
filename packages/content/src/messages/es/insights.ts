// Spanish copy for the insights screen: the keys of ../en/insights.ts. Imágenes de lo que pasó,
// descritas con sencillez. Solo recuentos: un desencadenante nunca es un "riesgo". Las
// habilidades y los impulsos "coincidieron", nunca son causa y efecto. Actuar según un impulso es
// información, nunca algo en contra de la persona. Nada anima con euforia, nada alarma.
import type { insights as en } from '../en/insights.ts';

export const insights: { readonly [K in keyof typeof en]: string } = {
  'insights.title': 'Patrones',
  'insights.intro':
    'Imágenes de tus registros: cuándo llegan los impulsos, qué los desencadena y qué ayuda. Todo se calcula en este dispositivo.',
  'insights.periodLabel': 'Periodo que quieres ver',
  'insights.period.4w': '4 semanas',
  'insights.period.3m': '3 meses',
  'insights.period.1y': 'Un año',
  'insights.period.all': 'Todo',
  'insights.range': 'Del {from} al {to}.',
  'insights.early':
    'Por ahora hay menos de una semana de registros, así que estas imágenes todavía se están formando. Esto es lo que hay.',
  'insights.empty':
    'Cuando anotes impulsos, llenes tarjetas diarias o uses las herramientas, aquí aparecerán imágenes de ello. No hay prisa.',
  'insights.showTable': 'Ver como tabla',
  'insights.reportLink': 'Preparar un informe para tu equipo de atención',
  'insights.notCause':
    'Estas cifras muestran lo que pasó al mismo tiempo. No muestran que una cosa causara la otra.',

  'insights.urges.heading': 'Los impulsos a lo largo del tiempo',
  'insights.urges.chartLabel':
    'Gráfico: el impulso más fuerte anotado cada día, de 0 a 10. Los días en que actuaste según un impulso tienen un círculo.',
  'insights.urges.sentence':
    'Impulsos que anotaste: {logged}. Impulsos que dejaste pasar: {ridden}. Días en que actuaste según un impulso: {acted}.',
  'insights.urges.sentence.none': 'Todavía no hay impulsos anotados en este periodo.',
  'insights.urges.tableCaption': 'Impulsos, semana a semana',
  'insights.urges.week': 'Semana desde el',
  'insights.urges.highest': 'Impulso más fuerte (0 a 10)',
  'insights.urges.logged': 'Impulsos anotados',
  'insights.urges.ridden': 'Dejaste pasar',
  'insights.urges.actedDays': 'Días en que actuaste según un impulso',
  'insights.urges.legendHighest': 'Línea: el impulso más fuerte de ese día',
  'insights.urges.legendActed': 'Círculo: un día en que actuaste según un impulso',
  'insights.blank': 'Sin llenar',

  'insights.triggers.heading': 'Desencadenantes',
  'insights.triggers.chartLabel': 'Gráfico: cuántas veces nombraste cada desencadenante.',
  'insights.triggers.sentence':
    'El desencadenante que nombraste más a menudo fue {trigger}: en {count} de las {entries} anotaciones con un desencadenante.',
  'insights.triggers.sentence.own':
    'El desencadenante que nombraste más a menudo fue «{trigger}», con tus palabras: en {count} de las {entries} anotaciones con un desencadenante.',
  'insights.triggers.sentence.none': 'Todavía no hay desencadenantes nombrados en este periodo.',
  'insights.triggers.actedSentence':
    'Antes de las veces que actuaste según un impulso, el desencadenante nombrado más a menudo fue {trigger} ({count}). Saberlo puede ayudarte a prepararte para él.',
  'insights.triggers.actedSentence.own':
    'Antes de las veces que actuaste según un impulso, el desencadenante nombrado más a menudo fue «{trigger}» ({count}). Saberlo puede ayudarte a prepararte para él.',
  'insights.triggers.actedSentence.none':
    'No se nombró ningún desencadenante en las anotaciones en que actuaste según un impulso.',
  'insights.triggers.tableCaption': 'Desencadenantes, de más a menos frecuente',
  'insights.triggers.trigger': 'Desencadenante',
  'insights.triggers.count': 'Veces nombrado',
  'insights.triggers.beforeActing': 'De esas, antes de actuar según un impulso',

  'insights.when.heading': 'Cuándo llegan los impulsos',
  'insights.when.partsLabel': 'Gráfico: impulsos según el momento del día.',
  'insights.when.weekdaysLabel': 'Gráfico: impulsos según el día de la semana.',
  'insights.when.sentence':
    'Los impulsos llegaron más a menudo por la {part} ({partCount}). El día de la semana con más fue el {weekday} ({weekdayCount}).',
  'insights.when.sentence.none': 'Todavía no hay impulsos anotados en este periodo.',
  'insights.when.tableCaption': 'Impulsos según el momento del día y el día de la semana',
  'insights.when.time': 'Cuándo',
  'insights.when.urges': 'Impulsos',
  'insights.when.acted': 'Actuaste según el impulso',
  'insights.part.night': 'noche (de medianoche a las 6 de la mañana)',
  'insights.part.morning': 'mañana (de las 6 de la mañana al mediodía)',
  'insights.part.afternoon': 'tarde (del mediodía a las 6 de la tarde)',
  'insights.part.evening': 'tarde-noche (de las 6 de la tarde a medianoche)',
  'insights.partShort.night': 'Noche',
  'insights.partShort.morning': 'Mañana',
  'insights.partShort.afternoon': 'Tarde',
  'insights.partShort.evening': 'Tarde-noche',

  'insights.helps.heading': 'Qué ayuda',
  'insights.helps.chartLabel':
    'Gráfico: cuántos puntos suele calmar el impulso cada herramienta, con una línea que muestra qué tan seguro es.',
  'insights.helps.sentence.early':
    '{tool} calmó tu impulso {drop} puntos en promedio, en {rated} usos valorados. Todavía es pronto: unas cuantas valoraciones más lo aclararán.',
  'insights.helps.sentence.some':
    '{tool} calmó tu impulso {drop} puntos en promedio, en {rated} usos valorados. Por ahora es una guía razonable.',
  'insights.helps.sentence.more':
    '{tool} calmó tu impulso {drop} puntos en promedio, en {rated} usos valorados. Es una imagen bastante estable.',
  'insights.helps.sentence.unrated':
    'Usaste herramientas {uses} veces. Si valoras el impulso antes y después, verás cuáles ayudan más.',
  'insights.helps.sentence.none': 'Todavía no has usado herramientas en este periodo.',
  'insights.helps.tableCaption': 'Herramientas, cuánto calmaron el impulso',
  'insights.helps.tool': 'Herramienta',
  'insights.helps.uses': 'Usos',
  'insights.helps.rated': 'Usos valorados',
  'insights.helps.drop': 'Calma media (puntos)',
  'insights.helps.estimate': 'Calma habitual, rango probable',
  'insights.helps.range': '{mid} (entre {low} y {high}, más o menos)',
  'insights.helps.sure': 'Qué tan seguro es',
  'insights.sureness.early': 'Todavía es pronto (menos de 3 valoraciones)',
  'insights.sureness.some': 'Una guía razonable (de 3 a 9 valoraciones)',
  'insights.sureness.more': 'Más estable (10 valoraciones o más)',
  'insights.unknownTool': 'Otra herramienta',

  'insights.skills.heading': 'Habilidades e impulsos en la tarjeta diaria',
  'insights.skills.chartLabel':
    'Gráfico: el impulso de autolesionarte medio (0 a 5) en los días con tarjeta diaria, según la valoración de habilidades de ese día (0 a 7).',
  'insights.skills.sentence':
    'En los {usedDays} días con tarjeta diaria en que usaste habilidades (3 o más), tu impulso de autolesionarte fue de {usedUrge} sobre 5 en promedio. En los otros {otherDays} días, fue de {otherUrge}. Estas cosas coincidieron; eso no muestra que una causara la otra.',
  'insights.skills.sentence.oneSide':
    'Tienes {days} días con tarjeta diaria con las habilidades y los impulsos valorados. Con días de los dos tipos (habilidades 3 o más, y menos), aquí verás cómo coincidieron.',
  'insights.skills.sentence.none':
    'Todavía no hay días con tarjeta diaria con las habilidades y el impulso de autolesionarte valorados en este periodo.',
  'insights.skills.tableCaption': 'Días con tarjeta diaria según la valoración de habilidades',
  'insights.skills.level': 'Valoración de habilidades (0 a 7)',
  'insights.skills.days': 'Días con tarjeta diaria',
  'insights.skills.urge': 'Impulso de autolesionarte medio (0 a 5)',

  'insights.checkIns.heading': 'Cuestionarios',
  'insights.checkIns.chartLabel':
    'Gráfico: las puntuaciones del {instrument} a lo largo del tiempo, de 0 a {max}, con los niveles de síntomas publicados.',
  'insights.checkIns.sentence':
    'Tu puntuación del {instrument} pasó de {first} a {last} sobre {max}, en {count} cuestionarios. El nivel de síntomas más reciente es {band}.',
  'insights.checkIns.sentence.one':
    'Tu puntuación del {instrument} fue {total} sobre {max}. El nivel de síntomas es {band}.',
  'insights.checkIns.sentence.none': 'No hay cuestionarios {instrument} en este periodo.',
  'insights.checkIns.about':
    'Los niveles de síntomas son los rangos publicados para cada cuestionario. Describen cuánto te molestaron los síntomas durante dos semanas.',
  'insights.checkIns.tableCaption': 'Puntuaciones del {instrument}',
  'insights.checkIns.date': 'Fecha',
  'insights.checkIns.score': 'Puntuación',
  'insights.checkIns.level': 'Nivel de síntomas',
  'insights.instrument.phq9': 'PHQ-9',
  'insights.instrument.gad7': 'GAD-7',

  'insights.diary.heading': 'La tarjeta diaria por semanas',
  'insights.diary.chartLabel':
    'Gráfico: la media semanal del impulso de autolesionarte, la tristeza y las habilidades en tu tarjeta diaria.',
  'insights.diary.sentence':
    'Tu tarjeta diaria durante {weeks} semanas ({cards} tarjetas): la media de cada fila, semana a semana.',
  'insights.diary.sentence.none': 'Todavía no hay tarjetas diarias en este periodo.',
  'insights.diary.tableCaption': 'Tarjeta diaria, medias semanales',
  'insights.diary.cards': 'Tarjetas',
  'insights.diary.actedDays': 'Días en que actuaste: {target}',
  'insights.diary.skillsDays': 'Días con habilidades 3 o más',
  'insights.diary.legendUrge': 'Impulso de autolesionarte (0 a 5)',
  'insights.diary.legendSadness': 'Tristeza (0 a 5)',
  'insights.diary.legendSkills': 'Habilidades (0 a 7, a escala)',
};
