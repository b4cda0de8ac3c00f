// Spanish copy for the progress screen: the keys of ../en/progress.ts. Los totales solo crecen, y
// el texto lo dice; nunca habla de perder lo logrado ni de volver atrás.
import type { progress as en } from '../en/progress.ts';

export const progress: { readonly [K in keyof typeof en]: string } = {
  'progress.title': 'Progreso',
  'progress.intro':
    'Lo que has construido hasta ahora. Los totales solo crecen, pase lo que pase en un día difícil.',
  'progress.empty': 'Tu progreso aparecerá aquí cuando empieces a usar tu diario. No hay prisa.',
  'progress.emptyLog': 'Anotar un impulso',
  'progress.emptyDiary': 'Llenar una tarjeta diaria',
  'progress.figuresHeading': 'Tus cifras',
  'progress.freeMonth': 'Días sin autolesiones este mes',
  'progress.freeTotal': 'Días sin autolesiones en total',
  'progress.longest': 'Racha más larga',
  'progress.current': 'Racha actual',
  'progress.urges': 'Impulsos que dejaste pasar',
  'progress.skills': 'Habilidades practicadas',
  'progress.days': '{count} días',
  'progress.dayOne': '1 día',
  'progress.none': 'Todavía ninguna',
  'progress.currentNone': 'Hoy puede empezar una nueva racha.',
  'progress.hideCurrent': 'Ocultar la racha actual',
  'progress.showCurrent': 'Mostrar la racha actual',
  'progress.currentHidden':
    'La racha actual está oculta. Puedes volver a mostrarla cuando quieras.',
  'progress.milestone': 'Una nota tranquila: llevas {count} días sin autolesiones en total.',
  'progress.howHeading': 'Cómo se cuentan los días',
  'progress.how':
    'Un día cuenta cuando termina. Un día sin autolesiones es un día, desde el primero en que usaste tu diario, en el que ninguna anotación dice que actuaste según un impulso de autolesionarte. Los días anteriores no se cuentan, y el día de hoy se cuenta mañana.',
  'progress.howSkills':
    'Las habilidades practicadas cuentan cada herramienta que te ayudó (una vez al día por herramienta), cualquier otra cosa que te ayudó y cada tarjeta diaria con habilidades de 3 o más.',
  'progress.trendHeading': 'Los últimos 30 días',
  'progress.trendCounts':
    'Veces que actuaste según un impulso: {last} en los últimos 30 días, y {previous} en los 30 días anteriores.',
  'progress.trend.fewer': 'Son menos que en los 30 días anteriores.',
  'progress.trend.same': 'Son las mismas que en los 30 días anteriores.',
  'progress.trend.more':
    'Son más que en los 30 días anteriores. Hay temporadas difíciles, y darte cuenta de una es útil. Tu plan de seguridad, o hablar con alguien, puede ayudarte.',
  'progress.trend.notEnoughTime':
    'Cuando lleves un mes usando tu diario, verás cómo se compara con el mes anterior.',
  'progress.trendPlan': 'Abrir mi plan de seguridad',
  'progress.weeksHeading': 'Semana a semana',
  'progress.chartLabel': 'Días sin autolesiones en cada una de las últimas {count} semanas',
  'progress.chartWeek':
    'Semana que empieza el {date}: {free} de {counted} días contados sin autolesiones',
  'progress.tableCaption': 'Semana a semana, en una tabla',
  'progress.tableWeek': 'Semana que empieza el',
  'progress.tableFree': 'Días sin autolesiones',
  'progress.tableCounted': 'Días contados',
  'progress.tableUrges': 'Impulsos que dejaste pasar',
  'progress.tableSkills': 'Habilidades practicadas',
  'progress.showTable': 'Mostrar en una tabla',
  'progress.journalLink': 'Ir a tu diario',
};
