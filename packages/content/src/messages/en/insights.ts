// English copy for the insights screen. `{name}` marks a value filled in at run time.
//
// Tone: pictures of what happened, described plainly. Counts only: a trigger is never a "risk".
// Skills and urges are things that "went together", never cause and effect. Acting on an urge
// is information, never a mark against the person. Nothing cheers, nothing alarms.
export const insights = {
  'insights.title': 'Insights',
  'insights.intro':
    'Pictures of your records: when urges come, what sets them off and what helps. Everything here is worked out on this device.',
  'insights.periodLabel': 'Time to look at',
  'insights.period.4w': '4 weeks',
  'insights.period.3m': '3 months',
  'insights.period.1y': 'A year',
  'insights.period.all': 'All',
  'insights.range': 'From {from} to {to}.',
  'insights.early':
    'There is less than a week of records so far, so these pictures are still forming. Here is what there is.',
  'insights.empty':
    'Once you log urges, fill in diary cards or use the tools, pictures of them will show here. There is no rush.',
  'insights.showTable': 'Show as a table',
  'insights.reportLink': 'Make a report for your care team',
  'insights.notCause':
    'These figures show what happened at the same time. They do not show that one thing caused another.',

  'insights.urges.heading': 'Urges over time',
  'insights.urges.chartLabel':
    'Chart: the highest urge logged each day, from 0 to 10. Days you acted on an urge have a ring.',
  'insights.urges.sentence':
    'Urges you logged: {logged}. Urges ridden out: {ridden}. Days you acted on an urge: {acted}.',
  'insights.urges.sentence.none': 'No urges logged in this time yet.',
  'insights.urges.tableCaption': 'Urges, week by week',
  'insights.urges.week': 'Week from',
  'insights.urges.highest': 'Highest urge (0 to 10)',
  'insights.urges.logged': 'Urges logged',
  'insights.urges.ridden': 'Ridden out',
  'insights.urges.actedDays': 'Days acted on an urge',
  'insights.urges.legendHighest': 'Line: highest urge that day',
  'insights.urges.legendActed': 'Ring: a day you acted on an urge',
  'insights.blank': 'Not filled in',

  'insights.triggers.heading': 'Triggers',
  'insights.triggers.chartLabel': 'Chart: how often each trigger was named.',
  'insights.triggers.sentence':
    'The trigger you named most often was {trigger}: on {count} of the {entries} entries with a trigger.',
  'insights.triggers.sentence.own':
    'The trigger you named most often was “{trigger}”, in your own words: on {count} of the {entries} entries with a trigger.',
  'insights.triggers.sentence.none': 'No triggers named in this time yet.',
  'insights.triggers.actedSentence':
    'Before the times you acted on an urge, the trigger named most often was {trigger} ({count}). Knowing this can help you plan for it.',
  'insights.triggers.actedSentence.own':
    'Before the times you acted on an urge, the trigger named most often was “{trigger}” ({count}). Knowing this can help you plan for it.',
  'insights.triggers.actedSentence.none':
    'No trigger was named on an entry where you acted on an urge.',
  'insights.triggers.tableCaption': 'Triggers, most often first',
  'insights.triggers.trigger': 'Trigger',
  'insights.triggers.count': 'Times named',
  'insights.triggers.beforeActing': 'Of those, before acting on an urge',

  'insights.when.heading': 'When urges come',
  'insights.when.partsLabel': 'Chart: urges by time of day.',
  'insights.when.weekdaysLabel': 'Chart: urges by day of the week.',
  'insights.when.sentence':
    'Urges came most often in the {part} ({partCount}). The day of the week with the most was {weekday} ({weekdayCount}).',
  'insights.when.sentence.none': 'No urges logged in this time yet.',
  'insights.when.tableCaption': 'Urges by time of day and day of the week',
  'insights.when.time': 'When',
  'insights.when.urges': 'Urges',
  'insights.when.acted': 'Acted on',
  'insights.part.night': 'night (midnight to 6am)',
  'insights.part.morning': 'morning (6am to noon)',
  'insights.part.afternoon': 'afternoon (noon to 6pm)',
  'insights.part.evening': 'evening (6pm to midnight)',
  'insights.partShort.night': 'Night',
  'insights.partShort.morning': 'Morning',
  'insights.partShort.afternoon': 'Afternoon',
  'insights.partShort.evening': 'Evening',

  'insights.helps.heading': 'What helps',
  'insights.helps.chartLabel':
    'Chart: how many points each tool usually eased the urge, with a line showing how sure that is.',
  'insights.helps.sentence.early':
    '{tool} eased your urge by {drop} points on average, over {rated} rated uses. It is early days: a few more ratings will make this clearer.',
  'insights.helps.sentence.some':
    '{tool} eased your urge by {drop} points on average, over {rated} rated uses. That is a fair guide so far.',
  'insights.helps.sentence.more':
    '{tool} eased your urge by {drop} points on average, over {rated} rated uses. That is a steady picture.',
  'insights.helps.sentence.unrated':
    'You used tools {uses} times. Rating the urge before and after shows which help most.',
  'insights.helps.sentence.none': 'No tool uses in this time yet.',
  'insights.helps.tableCaption': 'Tools, how much they eased the urge',
  'insights.helps.tool': 'Tool',
  'insights.helps.uses': 'Uses',
  'insights.helps.rated': 'Rated uses',
  'insights.helps.drop': 'Average ease (points)',
  'insights.helps.estimate': 'Usual ease, likely range',
  'insights.helps.range': '{mid} (about {low} to {high})',
  'insights.helps.sure': 'How sure',
  'insights.sureness.early': 'Early days (under 3 ratings)',
  'insights.sureness.some': 'A fair guide (3 to 9 ratings)',
  'insights.sureness.more': 'Steadier (10 ratings or more)',
  'insights.unknownTool': 'Another tool',

  'insights.skills.heading': 'Skills and urges on diary days',
  'insights.skills.chartLabel':
    'Chart: the average self-harm urge (0 to 5) on diary days, by the skills rating that day (0 to 7).',
  'insights.skills.sentence':
    'On the {usedDays} diary days you used skills (3 or more), your self-harm urge averaged {usedUrge} out of 5. On the {otherDays} other days, it averaged {otherUrge}. These went together; that does not show one caused the other.',
  'insights.skills.sentence.oneSide':
    'You have {days} diary days with skills and urges rated. With days of both kinds (skills 3 or more, and less), this will show how they went together.',
  'insights.skills.sentence.none':
    'No diary days with both skills and the self-harm urge rated in this time yet.',
  'insights.skills.tableCaption': 'Diary days by skills rating',
  'insights.skills.level': 'Skills rating (0 to 7)',
  'insights.skills.days': 'Diary days',
  'insights.skills.urge': 'Average self-harm urge (0 to 5)',

  'insights.checkIns.heading': 'Check-ins',
  'insights.checkIns.chartLabel':
    'Chart: {instrument} scores over time, from 0 to {max}, with the published symptom levels.',
  'insights.checkIns.sentence':
    'Your {instrument} score went from {first} to {last} out of {max}, over {count} check-ins. The latest symptom level is {band}.',
  'insights.checkIns.sentence.one':
    'Your {instrument} score was {total} out of {max}. The symptom level is {band}.',
  'insights.checkIns.sentence.none': 'No {instrument} check-ins in this time.',
  'insights.checkIns.about':
    'The symptom levels are the published bands for each questionnaire. They describe how much symptoms bothered you over two weeks.',
  'insights.checkIns.tableCaption': '{instrument} scores',
  'insights.checkIns.date': 'Date',
  'insights.checkIns.score': 'Score',
  'insights.checkIns.level': 'Symptom level',
  'insights.instrument.phq9': 'PHQ-9',
  'insights.instrument.gad7': 'GAD-7',

  'insights.diary.heading': 'Diary card over weeks',
  'insights.diary.chartLabel':
    'Chart: the weekly average of the self-harm urge, sadness and skills ratings on your diary card.',
  'insights.diary.sentence':
    'Your diary card over {weeks} weeks ({cards} cards): the average of each row, week by week.',
  'insights.diary.sentence.none': 'No diary cards in this time yet.',
  'insights.diary.tableCaption': 'Diary card, weekly averages',
  'insights.diary.cards': 'Cards',
  'insights.diary.actedDays': 'Days acted on: {target}',
  'insights.diary.skillsDays': 'Days with skills 3 or more',
  'insights.diary.legendUrge': 'Self-harm urge (0 to 5)',
  'insights.diary.legendSadness': 'Sadness (0 to 5)',
  'insights.diary.legendSkills': 'Skills (0 to 7, shown scaled)',
} as const;
