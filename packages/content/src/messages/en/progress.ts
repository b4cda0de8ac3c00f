// English copy for the progress screen. `{name}` marks a value filled in at run time.
//
// Tone: the totals only ever grow, and the copy says so. It never talks about anything ending
// or going back, never cheers, and describes the 30-day comparison in neutral words. Milestones
// are a quiet line of text, nothing more.
export const progress = {
  'progress.title': 'Progress',
  'progress.intro':
    'What you have built so far. The totals only ever grow, whatever happens on a hard day.',
  'progress.empty':
    'Your progress will show here once you start using your journal. There is no rush.',
  'progress.emptyLog': 'Log an urge',
  'progress.emptyDiary': 'Fill in a diary card',
  'progress.figuresHeading': 'Your figures',
  'progress.freeMonth': 'Self-harm-free days this month',
  'progress.freeTotal': 'Self-harm-free days in total',
  'progress.longest': 'Longest stretch',
  'progress.current': 'Current stretch',
  'progress.urges': 'Urges ridden out',
  'progress.skills': 'Skills practised',
  'progress.days': '{count} days',
  'progress.dayOne': '1 day',
  'progress.none': 'None yet',
  'progress.currentNone': 'A new stretch can begin with today.',
  'progress.hideCurrent': 'Hide the current stretch',
  'progress.showCurrent': 'Show the current stretch',
  'progress.currentHidden': 'The current stretch is hidden. You can show it again any time.',
  'progress.milestone': 'A quiet note: you have reached {count} self-harm-free days in total.',
  'progress.howHeading': 'How days are counted',
  'progress.how':
    'A day counts once it is over. A self-harm-free day is a day, from the first day you used your journal, on which no entry says you acted on an urge to self-harm. Days before you started are not counted, and today is counted tomorrow.',
  'progress.howSkills':
    'Skills practised counts each tool that helped (once a day per tool), anything else that helped, and each diary card with skills rated 3 or more.',
  'progress.trendHeading': 'The last 30 days',
  'progress.trendCounts':
    'Times you acted on an urge: {last} in the last 30 days, and {previous} in the 30 days before.',
  'progress.trend.fewer': 'That is fewer than in the 30 days before.',
  'progress.trend.same': 'That is the same as in the 30 days before.',
  'progress.trend.more':
    'That is more than in the 30 days before. Hard stretches happen, and noticing one is useful. Your safety plan, or talking to someone, might help.',
  'progress.trend.notEnoughTime':
    'Once you have used your journal for a month, you will see how this compares with the month before.',
  'progress.trendPlan': 'Open my safety plan',
  'progress.weeksHeading': 'Week by week',
  'progress.chartLabel': 'Self-harm-free days in each of the last {count} weeks',
  'progress.chartWeek': 'Week starting {date}: {free} of {counted} counted days self-harm-free',
  'progress.tableCaption': 'Week by week, as a table',
  'progress.tableWeek': 'Week starting',
  'progress.tableFree': 'Self-harm-free days',
  'progress.tableCounted': 'Days counted',
  'progress.tableUrges': 'Urges ridden out',
  'progress.tableSkills': 'Skills practised',
  'progress.showTable': 'Show as a table',
  'progress.journalLink': 'Go to your journal',
} as const;
