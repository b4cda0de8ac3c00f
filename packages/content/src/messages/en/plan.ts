// English copy for the safety plan (Stanley-Brown Safety Planning Intervention) and the hope box.
// Every explanation, prompt and example here is ours. The steps follow the intervention's order
// and intent; the prompts help a person find their own words and never suggest what to write
// about self-harm itself. Step 6 ("making the environment safe") stays general on purpose: it
// never names a method, a means or a place, not even as an example.
//
// Tone: kind, plain, second person, short sentences. Prompts are questions the person can skip.
// `{name}` marks a value filled in at run time.
export const plan = {
  'plan.title': 'My safety plan',
  'plan.intro':
    'A safety plan is a short list, in your own words, of what you can do when things get hard. It is easier to make on a calmer day, so it is ready when you need it.',
  'plan.introHelp': 'Your plan also shows on the Get help now screen, with call and text buttons.',
  'plan.empty.start': 'Make my plan',
  'plan.empty.time':
    'It takes about 15 minutes. You can stop at any point and carry on later, and skip any step.',
  'plan.resume.heading': 'Carry on where you stopped',
  'plan.resume.body': 'You stopped at step {n} of {total}. What you wrote so far is saved.',
  'plan.resume.link': 'Carry on with my plan',
  'plan.saved': 'Saved. Your earlier version is kept under Versions.',
  'plan.savedFirst': 'Saved. Your plan is ready, and you can change it at any time.',
  'plan.unchanged': 'Nothing changed, so there was nothing new to save.',
  'plan.saveFailed':
    "Onward couldn't save this on your device. Your changes are still on the screen. Please try again.",
  'plan.storageFull':
    "This device is out of space, so Onward couldn't save this. Your changes are still on the screen. Free some space on the device, or save a backup and remove what you no longer need, then save again.",
  'plan.stepHeading': 'Step {n}: {title}',
  'plan.edit': 'Edit',
  'plan.nothingYet': 'Nothing here yet.',
  'plan.actionsHeading': 'Keep it close',
  'plan.printLink': 'Print or save as PDF',
  'plan.cardLink': 'Wallet card',
  'plan.cardHint': 'A folded card the size of a bank card, for your wallet or bag.',
  'plan.versionsLink': 'Versions',
  'plan.versionsHint': 'Earlier versions of your plan, with their dates.',
  'plan.guideAgain': 'Go through the steps again',
  'plan.hopeBoxLink': 'My hope box',
  'plan.hopeBoxHint': 'Photos, messages and reasons that help you keep going.',

  'plan.share': 'Share as text',
  'plan.shareHint': 'Send your plan to someone you trust, or keep it in a note.',
  'plan.copyText': 'Copy as text',
  'plan.copied': 'Copied. You can paste it into a message or a note.',
  'plan.copyFailed':
    "Onward couldn't copy it here. You can print your plan or save it as a PDF instead.",
  'plan.shared': 'Shared.',

  // The sections, in Stanley-Brown order. `short` is the question the step answers.
  'plan.warningSigns.title': 'Warning signs',
  'plan.warningSigns.short': 'How will I know it is time to use my plan?',
  'plan.warningSigns.about':
    'Warning signs are the thoughts, feelings, situations or things you do that come before things get hard. Noticing them early gives you more time to use your plan.',
  'plan.warningSigns.prompt1': 'What thoughts go through your mind?',
  'plan.warningSigns.prompt2': 'What feelings or moods do you notice?',
  'plan.warningSigns.prompt3': 'What is happening around you, or what do you start doing?',
  'plan.warningSigns.item': 'Warning sign {n}',
  'plan.warningSigns.placeholder': 'For example: I stop replying to messages',

  'plan.coping.title': 'Things I can do on my own',
  'plan.coping.short':
    'What can I do by myself to feel a little calmer or think of something else?',
  'plan.coping.about':
    'These are things you can do without contacting anyone. Small things count. If one does not help, you can try the next.',
  'plan.coping.prompt1': 'What has helped before, even a little?',
  'plan.coping.prompt2': 'What do you enjoy, or what holds your attention?',
  'plan.coping.prompt3': 'What calms your body, like a walk, a warm shower or slow breathing?',
  'plan.coping.item': 'Thing I can do {n}',
  'plan.coping.placeholder': 'For example: Listen to a favourite album',

  'plan.distractions.title': 'People and places that take my mind off things',
  'plan.distractions.short':
    'Who can I be with, and where can I go, to think about something else?',
  'plan.distractions.about':
    'Being around other people can help a feeling pass. You do not need to tell them how you feel.',
  'plan.distractions.prompt1': 'Who is easy to be around?',
  'plan.distractions.prompt2':
    "Where do you feel a bit better, like a café, a park, a library or a friend's home?",
  'plan.distractions.item': 'Person or place {n}',
  'plan.distractions.name': 'Name or place',
  'plan.distractions.phone': 'Phone (optional)',
  'plan.distractions.placeholder': 'For example: The library on Market Street',

  'plan.people.title': 'People I can ask for help',
  'plan.people.short': 'Who can I tell that I am struggling?',
  'plan.people.about':
    'People you trust, who you could tell that things are hard. Add a phone number so you can call or text them in one tap.',
  'plan.people.prompt1': 'Who has been there for you before?',
  'plan.people.prompt2': 'Who would you want to know if things were hard?',
  'plan.people.prompt3': 'It can help to let them know they are on your plan.',
  'plan.people.item': 'Person {n}',
  'plan.people.name': 'Name',
  'plan.people.phone': 'Phone',
  'plan.people.placeholder': 'For example: Sam',

  'plan.professionals.title': 'Professionals and services',
  'plan.professionals.short': 'Who can I contact whose job is to help?',
  'plan.professionals.about':
    'Your doctor, therapist or key worker, crisis lines you can call or text, and the nearest urgent care or emergency department.',
  'plan.professionals.prompt1': 'Who looks after your health or your care at the moment?',
  'plan.professionals.prompt2': 'Which crisis line would you feel able to contact?',
  'plan.professionals.prompt3': 'Where is your nearest urgent care or emergency department?',
  'plan.clinicians.heading': 'My doctor, therapist or key worker',
  'plan.clinicians.item': 'Professional {n}',
  'plan.clinicians.name': 'Name or role',
  'plan.clinicians.phone': 'Phone',
  'plan.clinicians.placeholder': 'For example: Dr Ahmed, my GP',
  'plan.lines.heading': 'Crisis lines',
  'plan.lines.intro': 'Tap a line to add it to your plan. Tap again to take it off.',
  'plan.lines.forCountry': 'Lines in {country}.',
  'plan.lines.noCountry': 'Choose your country to see its crisis lines.',
  'plan.lines.chooseCountry': 'Choose your country',
  'plan.lines.otherCountry': 'Also on your plan:',
  'plan.lines.remove': 'Take {name} off my plan',
  'plan.urgent.heading': 'Urgent care or emergency department',
  'plan.urgent.item': 'Place {n}',
  'plan.urgent.name': 'Name',
  'plan.urgent.address': 'Where it is (optional)',
  'plan.urgent.phone': 'Phone (optional)',
  'plan.urgent.placeholder': 'For example: City Hospital emergency department',

  'plan.safeEnvironment.title': 'Making my surroundings safer',
  'plan.safeEnvironment.short': 'What can I do to make where I am safer when things are hard?',
  'plan.safeEnvironment.about':
    'When things feel hard, it helps to have distance from anything you could use to hurt yourself, and people nearby. Think about what you could do, or who could help.',
  'plan.safeEnvironment.prompt1':
    'Is there anything you would feel safer without nearby for a while? Who could look after it for you?',
  'plan.safeEnvironment.prompt2': 'Where do you feel safest? Could you go there?',
  'plan.safeEnvironment.prompt3': 'Who could stay with you when things are hard?',
  'plan.safeEnvironment.item': 'Step to feel safer {n}',
  'plan.safeEnvironment.placeholder':
    'For example: Ask someone I trust to look after some things for a while',

  'plan.reasons.title': 'My reasons for living',
  'plan.reasons.short': 'What matters most to me?',
  'plan.reasons.about':
    'The people, animals, hopes and plans that matter to you. They can be hard to remember on a bad day, so it helps to write them down now.',
  'plan.reasons.prompt1': 'Who or what matters most to you?',
  'plan.reasons.prompt2': 'What are you looking forward to, even something small?',
  'plan.reasons.prompt3': 'What would you like to do or see one day?',
  'plan.reasons.item': 'Reason {n}',
  'plan.reasons.placeholder': 'For example: My dog, Biscuit',

  'plan.using.title': 'Using my plan',
  'plan.using.short': 'How can I make sure I use it?',
  'plan.using.about':
    'Thinking about this now makes it more likely your plan will be there for you. There are no right answers.',
  'plan.likelihood.label': 'How likely are you to use this plan when you need it?',
  'plan.likelihood.hint': 'In your own words.',
  'plan.obstacles.label': 'What might get in the way of using it?',
  'plan.obstacles.hint': 'Knowing this now can help you plan around it.',
  'plan.copyKeptAt.label': 'Where will you keep a copy?',
  'plan.copyKeptAt.hint': 'For example: on my phone, in my bag, on the fridge.',
  'plan.likelihood.short': 'How likely I am to use it:',
  'plan.obstacles.short': 'What might get in the way:',
  'plan.copyKeptAt.short': 'Where I keep a copy:',

  'plan.promptsLabel': 'Things you could think about',

  // Editing a list.
  'plan.item.add': 'Add another',
  'plan.item.moveUp': 'Move up',
  'plan.item.moveDown': 'Move down',
  'plan.item.remove': 'Remove',
  'plan.item.moveUpLabel': 'Move up: {item}',
  'plan.item.moveDownLabel': 'Move down: {item}',
  'plan.item.removeLabel': 'Remove: {item}',
  'plan.item.removed': 'Removed.',
  'plan.pick': 'Choose from my contacts',
  'plan.pickFailed':
    "Onward couldn't open your contacts. You can type the name and number instead.",
  'plan.pickNoNumber': 'That contact has no phone number Onward can use. You can type one in.',

  'plan.phone.notANumber':
    "This doesn't look like a phone number yet. Use digits, with spaces or a + if you like.",
  'plan.phone.tooShort': 'This number looks a little short. Check it has all its digits.',
  'plan.phone.tooLong': 'This number looks a little long. Check for extra digits.',
  'plan.errors.summary':
    'A phone number needs a look before this can be saved. It is marked below.',

  // Editing one section.
  'plan.edit.title': 'Edit: {section}',
  'plan.edit.save': 'Save',
  'plan.edit.cancel': 'Back without saving',
  'plan.edit.notFound': 'That part of the plan was not found.',

  // The guided first run.
  'plan.guide.title': 'Make your safety plan',
  'plan.guide.intro':
    'We will go through seven short steps, then a few questions about using your plan. Write in your own words. Every step is optional.',
  'plan.guide.introPause':
    'You can stop at any point. What you have written is saved, and you can carry on later.',
  'plan.guide.start': 'Start',
  'plan.guide.resumeAt': 'Carry on from step {n}',
  'plan.guide.progress': 'Step {n} of {total}',
  'plan.guide.next': 'Save and go on',
  'plan.guide.skip': 'Skip this step',
  'plan.guide.back': 'Back',
  'plan.guide.pause': 'Save and stop for now',
  'plan.guide.finish': 'Save and finish',
  'plan.guide.paused': 'Saved. You can carry on from here whenever you like.',
  'plan.guide.doneHeading': 'Your plan is saved',
  'plan.guide.doneBody':
    'You can change it at any time. It also shows on the Get help now screen, so it is there when you need it.',
  'plan.guide.doneKeep':
    'It can help to keep a copy somewhere you will see it, and to tell the people on your plan.',
  'plan.guide.seePlan': 'See my plan',

  // Versions.
  'plan.versions.title': 'Versions of your plan',
  'plan.versions.intro':
    'Each time you save a change, the version before is kept here with its date. This can help when you talk with someone who supports you about what has changed.',
  'plan.versions.none': 'There are no saved versions yet.',
  'plan.versions.current': 'This is your plan now.',
  'plan.versions.savedOn': 'Saved {date}',
  'plan.versions.first': 'Your first saved plan.',
  'plan.versions.changes': 'Changes from the version before: {count}.',
  'plan.version.title': 'An earlier version',
  'plan.version.heading': 'Your plan as saved {date}',
  'plan.version.isCurrent': 'This is your plan as it is now.',
  'plan.version.changedHeading': 'What has changed since then',
  'plan.version.noChanges': 'Nothing has changed since this version.',
  'plan.version.planHeading': 'The plan as it was',
  'plan.version.notFound':
    'That version was not found. It may have been removed on another device.',
  'plan.version.back': 'All versions',
  'plan.diff.added': 'Added: {item}',
  'plan.diff.removed': 'Removed: {item}',
  'plan.diff.changed': 'Changed "{from}" to "{to}"',
  'plan.diff.reordered': 'The order changed.',

  // Print and wallet card.
  'plan.print.title': 'Print my plan',
  'plan.print.button': 'Print or save as PDF',
  'plan.print.hint': 'In the print window, you can choose "Save as PDF" to keep a copy as a file.',
  'plan.print.back': 'Back to my plan',
  'plan.print.heading': 'My safety plan',
  'plan.print.savedOn': 'Last changed {date}',
  'plan.print.emergency': 'In an emergency, call {number}.',
  'plan.card.title': 'Wallet card',
  'plan.card.intro':
    'Print this page, cut around the outside line, then fold along the dotted lines. It folds to the size of a bank card.',
  'plan.card.button': 'Print the card',
  'plan.card.front': 'My safety plan',
  'plan.card.frontNote': 'Open when things get hard.',
  'plan.card.emergency': 'Emergency: {number}',

  // The crisis copy: the plan on the help screen while Onward is locked.
  'plan.crisisCopy.heading': 'When Onward is locked',
  'plan.crisisCopy.body':
    'Your people, the things that help you and your reasons for living can show on the Get help now screen even when Onward is locked.',
  'plan.crisisCopy.caution': 'Anyone holding your phone could then see them.',
  'plan.crisisCopy.toggle': 'Show my plan on Get help now when Onward is locked',
  'plan.crisisCopy.on': 'Your plan will show on Get help now when Onward is locked.',
  'plan.crisisCopy.off': 'Your plan shows on Get help now only when Onward is open.',

  // Hope box.
  'hope.intro':
    'A place for things that remind you why you keep going: reasons, kind words, photos, songs and plans. Look through it when things feel hard.',
  'hope.private': 'Everything in it stays on this device, encrypted.',
  'hope.empty':
    'Your hope box is empty for now. You could start with one thing: a reason, a photo or a few kind words.',
  'hope.show': 'Look through my hope box',
  'hope.itemsHeading': 'In your hope box',
  'hope.kind.reason': 'A reason for living',
  'hope.kind.message': 'A message from someone who cares',
  'hope.kind.photo': 'A photo',
  'hope.kind.link': 'A song or a link',
  'hope.kind.memory': 'A memory',
  'hope.kind.future': 'Something to look forward to',
  'hope.add.heading': 'Add something',
  'hope.add.kind': 'What would you like to add?',
  'hope.add.save': 'Add to my hope box',
  'hope.add.added': 'Added to your hope box.',
  'hope.add.failed': "Onward couldn't save this on your device. Please try again.",
  'hope.add.needText': 'Write a few words first.',
  'hope.field.text': 'In your words',
  'hope.field.message': 'The message',
  'hope.field.from': 'Who it is from (optional)',
  'hope.field.link': 'Link',
  'hope.field.linkTitle': 'What it is (optional)',
  'hope.field.linkPlaceholder': 'For example: The song from our road trip',
  'hope.field.photo': 'Choose a photo',
  'hope.field.caption': 'A few words about it (optional)',
  'hope.field.textPlaceholder': 'For example: The day we walked by the sea',
  'hope.photo.note':
    'Choose photos that feel comforting, like people, pets, places or things you love. Please do not add pictures of injuries.',
  'hope.photo.private':
    'Onward makes the photo smaller and keeps it encrypted on this device. Location and camera details are left out.',
  'hope.photo.working': 'Getting the photo ready…',
  'hope.photo.failed':
    "Onward couldn't open this photo. You could try another one, or a JPEG or PNG file.",
  'hope.photo.none': 'Choose a photo first.',
  'hope.photo.alt': 'A photo you added',
  'hope.photo.altWith': 'A photo you added: {caption}',
  'hope.link.note': 'Links open only when you tap them. Onward never visits them for you.',
  'hope.link.invalid':
    "This doesn't look like a web link. You could copy it from your browser's address bar.",
  'hope.link.notWeb': 'A link needs to start with https:// or http://.',
  'hope.link.hasLogin':
    'This link has a name or password in it, before an @ sign. Please take that part out, so it is not kept here.',
  'hope.link.schemeRelative': 'Please start this link with https:// instead of //.',
  'hope.link.open': 'Open {title}',
  'hope.from': 'From {name}',
  'hope.remove': 'Remove',
  'hope.removeLabel': 'Remove this from your hope box: {item}',
  'hope.removeConfirm': 'Remove this from your hope box?',
  'hope.removeYes': 'Yes, remove it',
  'hope.removeNo': 'Keep it',
  'hope.removed': 'Removed from your hope box.',
  'hope.show.title': 'Hope box',
  'hope.show.position': '{n} of {total}',
  'hope.show.previous': 'Previous',
  'hope.show.next': 'Next',
  'hope.show.pause': 'Pause',
  'hope.show.play': 'Play',
  'hope.show.close': 'Close',
  'hope.show.keys': 'Arrow keys move between items. Escape closes.',
  'hope.show.empty': 'There is nothing in your hope box yet.',
} as const;
