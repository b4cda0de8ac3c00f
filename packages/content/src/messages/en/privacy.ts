// English copy for privacy and security: the lock screen, passcode, recovery kit, auto-lock,
// persistent storage, discreet mode, quick exit, backup and restore, and delete everything.
// `{name}` marks a value filled in at run time.
//
// Tone: plain and honest about what can and cannot be undone, never alarming. The one hard fact
// is said plainly wherever it matters: a lost passcode without the recovery kit means nobody can
// open the data, not even us.
export const privacy = {
  // Lock screen
  'privacy.lock.title': 'Locked',
  'privacy.lock.intro': 'Enter your passcode to open your records.',
  'privacy.lock.helpLead': 'You do not need to unlock to get help.',
  'privacy.lock.helpLink': 'Show help options',
  'privacy.lock.opening': 'Opening…',
  'privacy.lock.passcodeLabel': 'Passcode',
  'privacy.lock.submit': 'Unlock',
  'privacy.lock.checking': 'Checking…',
  'privacy.lock.wrong': 'That passcode did not match. Take your time and try again.',
  'privacy.lock.empty': 'Type your passcode first.',
  'privacy.lock.waitOne': 'You can try again in 1 second.',
  'privacy.lock.waitMany': 'You can try again in {seconds} seconds.',
  'privacy.lock.waitMinutes': 'You can try again in about {minutes} minutes.',
  'privacy.lock.damaged':
    'Onward could not read its stored key on this device. If you have your recovery kit, you can use it below.',
  'privacy.lock.forgot': 'Forgot your passcode?',
  'privacy.lock.copyHeading': 'Your plan for hard moments',
  'privacy.lock.copyCoping': 'Things I can do',
  'privacy.lock.copyPeople': 'People I can ask for help',
  'privacy.lock.copyProfessionals': 'Professionals and services',
  'privacy.lock.copyReasons': 'My reasons',
  'privacy.lock.call': 'Call {name}',
  'privacy.lock.text': 'Text {name}',

  // Recovery with the kit
  'privacy.recover.heading': 'Use your recovery kit',
  'privacy.recover.intro': 'Type the recovery code from your kit, then choose a new passcode.',
  'privacy.recover.codeLabel': 'Recovery code',
  'privacy.recover.codeHint': 'Capitals, spaces and dashes do not matter.',
  'privacy.recover.submit': 'Open with recovery code',
  'privacy.recover.invalid':
    'That code has a typo somewhere. Check each group of four against your kit.',
  'privacy.recover.wrong':
    'That recovery code is for different data. Check that it is the kit made on this device.',
  'privacy.recover.lost':
    'Without your passcode or your recovery kit, nobody can open this data, not even us. If both are lost, you can delete it and begin again with an empty Onward.',

  // The privacy settings page
  'privacy.title': 'Privacy and security',
  'privacy.intro':
    'Everything you write in Onward is encrypted and stays on this device. Here you choose how it is locked, kept and backed up.',
  'privacy.backLink': 'Back to privacy and security',

  // Passcode
  'privacy.passcode.heading': 'Passcode',
  'privacy.passcode.none':
    'No passcode is set. Anyone who can open this browser can open your records.',
  'privacy.passcode.isSet': 'A passcode is set. Your records open only with it.',
  'privacy.passcode.set': 'Set a passcode',
  'privacy.passcode.change': 'Change passcode',
  'privacy.passcode.remove': 'Remove passcode',
  'privacy.passcode.lockNow': 'Lock now',
  'privacy.passcode.newLabel': 'New passcode',
  'privacy.passcode.confirmLabel': 'Type the new passcode again',
  'privacy.passcode.currentLabel': 'Current passcode',
  'privacy.passcode.hint':
    'At least 6 digits, or at least 8 characters. A few words together are the hardest to guess.',
  'privacy.passcode.tooShort': 'Use at least 8 characters, or a PIN of at least 6 digits.',
  'privacy.passcode.tooShortPin': 'A PIN needs at least 6 digits.',
  'privacy.passcode.common':
    'That one is among the passcodes people choose most, so it is tried first. Choose another.',
  'privacy.passcode.pattern':
    'Repeats and runs, like 121212 or 345678, are tried early. Choose something less regular.',
  'privacy.passcode.protects':
    'A passcode keeps out someone who picks up your phone: after each wrong guess they wait longer. Someone who copies the device can guess on a computer without waiting. A short PIN slows them down but does not stop them. A few words together do.',
  'privacy.passcode.before':
    'What you wrote before your first passcode may stay in this browser’s files on the device for a while, where someone who copies them could read it. Setting a passcode before you write much keeps more of it protected.',
  'privacy.passcode.newKitNote':
    'Each time you set, change or remove the passcode, you get a new recovery kit. Earlier kits stop working.',
  'privacy.strength.heading': 'About this passcode',
  'privacy.strength.pin':
    'A PIN of 6 or 7 digits. It keeps out someone who picks up your phone. Someone who copies the device could try every such PIN on a computer within days.',
  'privacy.strength.longPin':
    'A PIN of 8 digits or more. It keeps out someone who picks up your phone, and slows down someone who copies the device. A few words together hold longer.',
  'privacy.strength.password':
    'A password. It keeps out someone who picks up your phone, and slows down someone who copies the device. A few words together hold longer.',
  'privacy.strength.phrase':
    'A passphrase. It holds against someone who picks up your phone and against someone who copies the device.',
  'privacy.passcode.mismatch': 'The two passcodes are not the same. Try typing them again.',
  'privacy.passcode.warning':
    'If you forget your passcode and lose your recovery kit, nobody can recover your data, not even us.',
  'privacy.passcode.saveSet': 'Set passcode',
  'privacy.passcode.saveChange': 'Save new passcode',
  'privacy.passcode.saveRemove': 'Remove passcode',
  'privacy.passcode.cancel': 'Cancel',
  'privacy.passcode.working': 'Working…',
  'privacy.passcode.doneSet': 'Your passcode is set. Now keep your recovery kit somewhere safe.',
  'privacy.passcode.doneChange': 'Your passcode is changed.',
  'privacy.passcode.doneRemove': 'The passcode is removed.',
  'privacy.passcode.storageFull':
    'This device is out of space, so nothing was changed. Free some space on the device, or save a backup first, then come back to this.',
  'privacy.passcode.error': 'Something went wrong, and nothing was changed. Please try again.',

  // Recovery kit
  'privacy.kit.heading': 'Recovery kit',
  'privacy.kit.intro':
    'The recovery kit opens your data if you forget your passcode. Print it or write the code down, and keep it somewhere safe and private.',
  'privacy.kit.open': 'Show recovery kit',
  'privacy.kit.title': 'Recovery kit',
  'privacy.kit.ask': 'Enter your passcode to show the recovery kit.',
  'privacy.kit.show': 'Show kit',
  'privacy.kit.codeHeading': 'Recovery code',
  'privacy.kit.qrLabel': 'The recovery code as a QR code',
  'privacy.kit.warning':
    'Anyone with this code can read everything you keep in Onward. Keep it private.',
  'privacy.kit.lost':
    'Without your passcode or this kit, nobody can recover your data, not even us.',
  'privacy.kit.howTo':
    'To use it, choose "Forgot your passcode?" on the lock screen and type this code.',
  'privacy.kit.made': 'Made on {date}.',
  'privacy.kit.onlyLatest':
    'This is your current kit. A new one is made each time the passcode is set, changed or removed, and earlier kits stop working.',
  'privacy.kit.print': 'Print',

  // Auto-lock
  'privacy.autoLock.heading': 'Locking by itself',
  'privacy.autoLock.needsPasscode': 'Set a passcode first. Without one there is nothing to lock.',
  'privacy.autoLock.idleLabel': 'Lock when not used for',
  'privacy.autoLock.hiddenLabel': 'Lock when in the background for',
  'privacy.autoLock.never': 'Never',
  'privacy.autoLock.now': 'Lock straight away',
  'privacy.autoLock.oneMinute': '1 minute',
  'privacy.autoLock.minutes': '{n} minutes',
  'privacy.autoLock.saved': 'Saved.',

  // Persistent storage
  'privacy.storage.heading': 'Keeping your data on this device',
  'privacy.storage.checking': 'Checking…',
  'privacy.storage.granted':
    "Your browser has agreed to keep Onward's data, even when the device is short of space.",
  'privacy.storage.notGranted':
    "Your browser has not promised to keep Onward's data. If the device runs short of space, it may clear it. A backup keeps a copy safe.",
  'privacy.storage.unsupported':
    "This browser does not say whether it will keep Onward's data. A backup keeps a copy safe.",
  'privacy.storage.unavailable':
    'This browser is not letting Onward store anything, so what you write is kept only until you close this page. This can happen in private browsing.',
  'privacy.storage.hint':
    'Browsers decide this themselves. Installing Onward, or using it often, makes a yes more likely.',
  'privacy.storage.ask': 'Ask the browser again',
  'privacy.storage.damaged':
    '{count} stored entries could not be read. They are left as they are, untouched.',
  'privacy.storage.rolledBack':
    'Some of what is stored on this device is older than what you last saved, or is missing. Onward shows only what it can be sure is your latest, and has deleted nothing. If something you wrote is not here, a backup can bring it back.',

  // Discreet mode
  'privacy.discreet.heading': 'Discreet mode',
  'privacy.discreet.intro':
    'Shows a plain name and icon, "Notes", in the browser tab and when you add Onward to your home screen, so it does not say what it is for at a glance.',
  'privacy.discreet.toggle': 'Use discreet mode',
  'privacy.discreet.installNote':
    'If Onward is already on your home screen, your device may keep the old name and icon until you add it again.',

  // Quick exit
  'privacy.exit.heading': 'Quick exit',
  'privacy.exit.intro':
    'Press Quick exit at the top of any screen, or press Esc three times, to leave Onward at once for a plain weather page. The Back button does not bring Onward back.',
  'privacy.exit.lockNote': 'With a passcode set, Onward is locked the next time it opens.',
  'privacy.exitPage.title': 'Weather',
  'privacy.exitPage.heading': 'Weather',
  'privacy.exitPage.body': 'A quiet few days, with sunshine and showers taking turns.',
  'privacy.exitPage.forecastHeading': 'The next three days',
  'privacy.exitPage.day1': 'Today',
  'privacy.exitPage.day1Text': 'Bright spells and a light breeze. Feeling mild in the sun.',
  'privacy.exitPage.day2': 'Tomorrow',
  'privacy.exitPage.day2Text': 'Cloudy to start, brighter later. A shower or two is possible.',
  'privacy.exitPage.day3': 'The day after',
  'privacy.exitPage.day3Text': 'Mostly dry, with a fresher wind by the evening.',
  'privacy.exitPage.tipsHeading': 'Worth knowing',
  'privacy.exitPage.tip1': 'Mornings may start cool, so a light layer is handy.',
  'privacy.exitPage.tip2': 'Pollen levels are low to moderate.',

  // Backup and restore
  'privacy.backup.heading': 'Backup',
  'privacy.backup.intro':
    'A backup is one encrypted file with everything you keep in Onward. Use it to move to a new phone or browser, or to keep a copy safe.',
  'privacy.backup.open': 'Back up or restore',
  'privacy.backup.title': 'Back up and restore',
  'privacy.backup.exportHeading': 'Save a backup',
  'privacy.backup.exportIntro':
    'Choose a passphrase for this file. You will need it to open the backup. It can be different from your passcode.',
  'privacy.backup.passphraseLabel': 'Backup passphrase',
  'privacy.backup.confirmLabel': 'Type the passphrase again',
  'privacy.backup.passphraseHint':
    'At least 8 characters. Without it, nobody can open the file, not even us.',
  'privacy.backup.tooShort': 'Use at least 8 characters.',
  'privacy.backup.mismatch': 'The two passphrases are not the same. Try typing them again.',
  'privacy.backup.export': 'Save backup file',
  'privacy.backup.exporting': 'Encrypting…',
  'privacy.backup.exported':
    'Your backup file is ready, with {count} entries. Keep the file and its passphrase in different places.',
  'privacy.backup.fileName': 'onward-backup-{date}.onward',
  'privacy.backup.fileNameDiscreet': 'notes-{date}.backup',
  'privacy.backup.importHeading': 'Restore from a backup',
  'privacy.backup.importIntro':
    'Choose a backup file and type its passphrase. Nothing changes until you confirm.',
  'privacy.backup.fileLabel': 'Backup file',
  'privacy.backup.importPassphraseLabel': 'Passphrase of the backup',
  'privacy.backup.check': 'Open backup',
  'privacy.backup.checking': 'Opening…',
  'privacy.backup.noFile': 'Choose a backup file first.',
  'privacy.backup.noPassphrase': 'Type the passphrase of the backup.',
  'privacy.backup.wrongPassphrase':
    'This passphrase does not open this file, or the file was changed. Check the passphrase and try again. Nothing was changed.',
  'privacy.backup.notBackup': 'This file is not an Onward backup. Nothing was changed.',
  'privacy.backup.truncated':
    'This file is incomplete. It may have been cut off while copying. Try copying it again. Nothing was changed.',
  'privacy.backup.unsupported':
    'This backup was made by a newer version of Onward. Update Onward on this device, then try again. Nothing was changed.',
  'privacy.backup.error': 'Something went wrong, and nothing was changed. Please try again.',
  'privacy.backup.damaged':
    'This backup file has been changed or damaged since it was saved, so it cannot be opened. If you have another copy of it, try that one. Nothing was changed.',
  'privacy.backup.tooLarge':
    'This file is much bigger than an Onward backup can be, so it was not opened. Check that you chose the backup file. Nothing was changed.',
  'privacy.backup.previewEmpty':
    'This backup has {incoming} entries. This device has none yet, so they will all be added.',
  'privacy.backup.preview':
    'This backup has {incoming} entries. This device has {existing}. {inBoth} are in both.',
  'privacy.backup.choose': 'How to restore',
  'privacy.backup.merge':
    'Merge: keep everything from both. Where an entry is in both, keep the newer one. You will have {after} entries.',
  'privacy.backup.replace':
    'Replace: remove what is on this device and keep only the backup. You will have {incoming} entries.',
  'privacy.backup.apply': 'Restore',
  'privacy.backup.applying': 'Restoring…',
  'privacy.backup.cancel': 'Cancel',
  'privacy.backup.done': 'Restored. You now have {count} entries.',

  // Delete everything
  'privacy.delete.heading': 'Delete everything',
  'privacy.delete.intro':
    'This erases everything Onward keeps in this browser: your records, your passcode and your settings. It cannot be undone. Backup files you saved are not affected.',
  'privacy.delete.confirmLabel': 'To confirm, type DELETE',
  'privacy.delete.word': 'DELETE',
  'privacy.delete.button': 'Delete everything',
  'privacy.delete.mismatch': 'Type DELETE in capital letters to confirm.',
  'privacy.delete.working': 'Deleting…',
} as const;
