// English copy for the app shell and the help screens, by key. Copy is data:
// components look strings up with t(key) so they can be reviewed, linted against the
// safe-messaging rules and translated. `{name}` marks a value filled in at run time.
//
// Tone: kind, plain, second person, short sentences. No method words, no risk levels, no
// exclamation marks, no words that frame a hard day as a failure.
export const shell = {
  'app.name': 'Onward',
  'meta.description':
    'Onward is a private companion for recovery from self-harm. Help is one tap away, and everything stays on your device.',
  'meta.pageTitle': '{page} · {app}',

  'noscript.heading': 'Onward needs JavaScript to open.',
  'noscript.emergency':
    'If you are in danger, or you might act on your thoughts, call your local emergency number now. In many countries it is 112 or 911.',
  'noscript.directory': 'To talk to someone, you can find a free helpline for your country at',

  'shell.skip': 'Skip to content',
  'shell.getHelp': 'Get help now',
  'shell.homeLink': 'Onward',
  'shell.newTab': 'Opens in a new tab',
  'shell.loading': 'Opening…',
  'shell.navLabel': 'Main',
  'shell.nav.home': 'Home',
  'shell.nav.more': 'More',
  'more.title': 'More',

  'home.title': 'Welcome to Onward',
  'home.intro':
    'Onward is a companion for recovery from self-harm. It is here for the hard moments and the ordinary days.',
  'home.private': 'Everything stays on this device. There is no account and no tracking.',
  'home.helpHeading': 'Get help now',
  'home.helpBody':
    'Numbers to call or text in your country, and things that can help in this moment.',
  'home.helpLink': 'Show help options',
  'home.countryGuessed':
    "Your country is set to {country}, a guess from your browser's language. You can choose a different one.",
  'home.countryMissing': 'Choose your country so the help screen shows the right numbers.',
  'home.countryLink': 'Choose your country',
  'home.discreetTitle': 'Notes',
  'home.discreetIntro': 'Your notes stay on this device.',
  'home.nowHeading': 'For right now',
  'home.today.heading': 'Today',
  'home.today.log': 'Log an urge',
  'home.today.card': 'Today’s diary card',
  'home.today.cardNotYet': 'Not filled in yet. A minute or two, when you like.',
  'home.today.cardStarted': 'Started today. You can add to it any time.',
  'home.today.checkIn': 'Check in: {name}',
  'home.today.checkInHint':
    'Your last one was {days} days ago, and it asks about the last two weeks. Only if you would like to.',
  'home.today.progress': 'Your progress',

  'firstRun.heading': 'Getting started',
  'firstRun.progress': 'Step {step} of {total}',
  'firstRun.intro':
    'Three short steps to set Onward up for you. You can skip any of them. Get help now is always at the top.',
  'firstRun.next': 'Next',
  'firstRun.skip': 'Skip getting started',
  'firstRun.country.heading': 'Your country',
  'firstRun.country.guess':
    "It looks like you are in {country}, from your browser's language. The help screen shows numbers for the country you choose here.",
  'firstRun.country.none': 'Choose your country, so the help screen shows numbers you can call.',
  'firstRun.passcode.heading': 'A passcode, if you want one',
  'firstRun.passcode.body':
    'A passcode locks your journal, your plan and your hope box on this device. Get help now and the calming tools always open without it.',
  'firstRun.passcode.set': 'Set a passcode',
  'firstRun.passcode.later': 'Not now',
  'firstRun.plan.heading': 'Your safety plan',
  'firstRun.plan.body':
    'A safety plan is a short list, in your own words, of what helps when things get hard and who you can reach. It takes about ten minutes, and you can stop at any point.',
  'firstRun.plan.start': 'Start my safety plan',
  'firstRun.plan.later': 'Maybe later',
  'home.toolsLink': 'Try a calming tool',
  'home.toolsHint': 'Ride out an urge, breathe, or ground yourself. A few minutes each.',
  'home.logLink': 'Write down how it is going',
  'home.logHint': 'A quick note of an urge or a hard moment. Only you see it.',
  'home.planLink': 'Open my safety plan',
  'home.planHint': 'Your warning signs, what helps, and who you can reach.',
  'home.moreHeading': 'Also in Onward',
  'home.settingsLink': 'Settings',
  'home.settingsHint': 'Your country and language, kept on this device.',
  // On the More screen (in the first load: the bottom bar's fifth entry).
  'hope.title': 'Hope box',
  'privacy.settingsLink': 'Privacy and security',
  'privacy.settingsHint': 'Passcode, backups, discreet mode and quick exit.',

  'country.label': 'Country',
  'country.notListed': "My country isn't listed",
  'country.saved': 'Saved on this device.',
  'country.notSaved':
    'This browser did not let Onward keep your choice, so it will be asked again next time.',

  'help.title': 'Get help now',
  'help.intro': "You don't have to go through this alone. Choose what fits how you feel right now.",
  'help.choicesHeading': 'How are you right now?',
  'help.choiceDanger': "I might act on it, or I'm in danger now",
  'help.choiceSafe': "I'm struggling but I'm safe right now",
  'help.emergencyLead': 'In an emergency',
  'help.showingFor': 'Country: {country}.',
  'help.changeCountry': 'Change country',

  'emergency.call': 'Call {number}',

  'danger.title': 'Call for help now',
  'danger.intro': 'It is okay to call. Emergency services are there for moments like this.',
  'danger.linesHeading': 'Talk to someone now, any time',
  'danger.linesIntro': 'You can also talk to someone at these lines. They are open day and night.',
  'danger.safetyHeading': 'While you get help',
  'danger.safetyStay': 'If you can, stay with someone, or go to where other people are.',
  'danger.safetyAway': 'Move away from anything you could use to hurt yourself.',

  'safe.title': 'Talk to someone',
  'safe.intro':
    'Reaching out is a good step. These services are there to listen, whatever you are going through.',
  'safe.linesHeading': 'People you can talk to',
  'safe.toolsHeading': 'Things that can help right now',
  'safe.toolBreathe':
    'Breathe in slowly for a count of 4, then out for a count of 6. A longer out-breath helps your body settle.',
  'safe.toolCold': 'Hold your hands under cold running water, or splash some on your face.',
  'safe.toolPeople': 'Go somewhere with other people around, like a shared room or a café.',
  'safe.toolGround':
    'Look around and name 5 things you can see, 4 you can touch, 3 you can hear, 2 you can smell and 1 you can taste.',
  'safe.dangerLink': 'If this changes and you might act on it, go to emergency help',

  'line.hours': 'Hours: {hours}',
  'line.languages': 'Languages: {languages}',
  'line.call': 'Call {number}',
  'line.free': 'Free to call',
  'line.region': 'Only in {region}',
  'line.text': 'Text {number}',
  'line.textKeyword': 'Text {keyword} to {number}',
  'line.chat': 'Chat online',
  'line.checked': 'Checked {date}',
  'line.source': 'Source',
  'line.sourceLabel': 'Source for {name}',

  'unlisted.heading': "We don't have checked lines for your country yet",
  'unlisted.body':
    'If you are in danger, call your local emergency number. {mostCountries} works in most countries and from most mobile phones. In North America it is {northAmerica}.',
  'unlisted.directory':
    'An international directory lists helplines around the world. It opens in your browser only when you choose it.',
  'unlisted.directoryLink': 'Find a helpline at findahelpline.com',

  'settings.title': 'Settings',
  'settings.countryHeading': 'Your country',
  'settings.countryHelp': 'Onward uses this to show the right numbers on the help screen.',
  'settings.countryPrivate': 'This choice stays on this device. It is never sent anywhere.',

  'notFound.title': "We can't find that page",
  'notFound.body':
    'The link may be old, or the address may have a typo. Help is still one tap away.',
  'notFound.helpLink': 'Go to the help screen',
  'notFound.homeLink': 'Go to the home screen',

  // The main navigation (one entry per feature; the shell shows it on every screen).
  'tools.nav': 'Tools',
  'plan.nav': 'My plan',
  'journal.nav': 'Journal',
  'progress.nav': 'Progress',
  'learn.nav': 'Learn',
  'clinic.nav': 'Care team',
  'share.nav': 'Share with my care team',
  'insights.nav': 'Insights',

  // Quick exit and discreet mode: in the top bar of every screen, before anything loads.
  'privacy.exit.button': 'Quick exit',
  'privacy.exit.short': 'Exit',
  'privacy.discreet.name': 'Notes',

  // The one-tap language switch on the help screen and its picker (language/language-switch.tsx;
  // settings' own words are in language.ts).
  'language.notSaved':
    'This browser did not let Onward keep your choice, so the language has not changed.',
  'language.switchLabel': 'Other languages',
  'language.label': 'Language',

  // Features' sections on the help screens (tools: the suggested tool; plan: the person's own
  // people, what helps and reasons; hope box: the way in). They are part of "Get help now", so
  // they load with it.
  'tools.safe.heading': 'Something to do right now',
  'tools.safe.intro': 'This might help for the next few minutes.',
  'tools.safe.start': 'Start {tool}',
  'tools.safe.allTools': 'Open all tools',
  'tools.name.urge-surfing': 'Urge surfing',
  'tools.name.breathing': 'Paced breathing',
  'tools.name.grounding': '5-4-3-2-1 grounding',
  'tools.name.tipp': 'TIPP',
  'tools.guided.heading': 'Calming tools',
  'tools.summary.urge-surfing': 'Ride out the urge with a timer, like a wave that rises and falls.',
  'tools.summary.breathing': 'Slow your breathing with a gentle guide.',
  'tools.summary.grounding': 'Come back to the present, one sense at a time.',
  'tools.summary.tipp': 'Four quick ways to calm your body when feelings run very high.',
  'tools.why.untried': 'You have not tried this one yet.',
  'tools.why.unratedOne': 'You have used this once.',
  'tools.why.unratedMany': 'You have used this {uses} times.',
  'tools.why.ratedOne': 'It eased the urge the one time you rated it.',
  'tools.why.ratedOneNot': 'You rated it once. It may suit another moment better.',
  'tools.why.rated': 'It eased the urge {helped} of the last {of} times you used it.',
  'tools.why.ratedNone': 'It has not eased the urge yet in {of} tries. Worth another look.',
  'tools.why.contextOne': 'It eased the urge the one time you felt like this.',
  'tools.why.contextOneNot': 'You rated it once when you felt like this. Worth another try.',
  'tools.why.average': 'On average, it took about {points} points off the urge.',
  'tools.why.averageOne': 'On average, it took about 1 point off the urge.',
  'tools.why.context': 'It eased the urge {helped} of the last {of} times you felt like this.',
  'tools.why.contextNone':
    'It has not eased the urge yet in {of} tries when you felt like this. Worth another look.',
  'plan.call': 'Call {name}',
  'plan.text': 'Text {name}',
  'plan.help.peopleHeading': 'People on your plan',
  'plan.help.peopleIntro': 'You chose these people and services. You can call or text them now.',
  'plan.help.copingHeading': 'Things you said can help',
  'plan.help.reasonsHeading': 'Your reasons for living',
  'plan.help.planLink': 'Open my whole plan',
  'hope.helpLink': 'Open my hope box',
  'hope.helpHint': 'Photos, messages and reasons that help you keep going.',
} as const;
