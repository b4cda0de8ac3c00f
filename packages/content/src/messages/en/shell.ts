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
} as const;
