// English copy for sync: linking devices, the device list, sync status, and every failure.
// `{name}` marks a value filled in at run time.
//
// Tone: calm and exact about what leaves the device (only encrypted data the server cannot read)
// and about what each action does. A problem always says that the person's changes are safe on
// this device, and what, if anything, they can do.
export const sync = {
  'sync.title': 'Your devices',
  'sync.settingsLink': 'Your devices',
  'sync.settingsHint': 'Keep your records the same on your phone and your computer.',
  'sync.intro':
    'Sync keeps your records the same on the devices you link. Everything is encrypted on this device first. The server stores only data it cannot read.',
  'sync.off': 'Sync is off. Everything stays on this device.',
  'sync.linkButton': 'Link another device',
  'sync.statusHeading': 'Status',
  'sync.status.upToDate': 'Up to date, {devices}, last synced {when}.',
  'sync.status.devicesOne': '1 device',
  'sync.status.devicesMany': '{count} devices',
  'sync.status.justNow': 'just now',
  'sync.status.syncing': 'Syncing…',
  'sync.status.locked': 'Sync is paused while Onward is locked.',
  'sync.status.offline':
    'You seem to be offline. Your changes are saved on this device and will be sent when you are back online.',
  'sync.status.busy':
    'The server asked Onward to wait a moment. Your changes are safe on this device, and Onward will try again by itself.',
  'sync.status.full':
    'The server has no more room for your records. Your changes are safe on this device. The people who run the server can raise the limit.',
  'sync.status.unlinked':
    'This device is no longer linked, so it does not sync. Your records on it are still here.',
  'sync.status.problem':
    'Syncing did not work just now. Your changes are safe on this device, and Onward will try again.',
  'sync.status.pending': 'Changes waiting to be sent: {count}.',
  'sync.devicesHeading': 'Linked devices',
  'sync.thisDevice': 'This device',
  'sync.linkedOn': 'Linked on {date}',
  'sync.rename': 'Rename',
  'sync.renameLabel': 'New name',
  'sync.save': 'Save',
  'sync.cancel': 'Cancel',
  'sync.unlink': 'Unlink',
  'sync.unlinkConfirm':
    'Unlink {name}? It will not get anything written from now on. What is already on it stays there.',
  'sync.unlinkYes': 'Yes, unlink',
  'sync.unlinked': '{name} is unlinked.',
  'sync.working': 'Working…',
  'sync.syncNow': 'Sync now',
  'sync.stopHeading': 'Stop syncing',
  'sync.stopIntro':
    'This deletes your encrypted records from the server and turns sync off. Your records stay on this device.',
  'sync.stopButton': 'Stop syncing and delete my data from this server',
  'sync.stopConfirm':
    'Delete your data from the server now? Your other devices will stop syncing too.',
  'sync.stopYes': 'Yes, delete it from the server',
  'sync.stopped': 'Sync is off. Your data is deleted from the server.',
  'sync.leave': 'Turn off sync on this device',

  'sync.link.title': 'Link another device',
  'sync.link.nameLabel': 'A name for this device',
  'sync.link.nameHint': 'Only your linked devices see it. For example, My phone.',
  'sync.link.defaultName': 'My first device',
  'sync.link.start': 'Show the link',
  'sync.link.scan': 'On the other device, scan this code with the camera, or open this link:',
  'sync.link.qrLabel': 'QR code of the link',
  'sync.link.expires': 'The link works once, for a few minutes.',
  'sync.link.waiting': 'Waiting for the other device…',
  'sync.link.compare': 'Check that the other device shows this same code:',
  'sync.link.match': 'The codes match',
  'sync.link.noMatch': 'They do not match',
  'sync.link.noMatchDone': 'Nothing was shared. You can make a new link when you are ready.',
  'sync.link.done':
    'The devices are linked. Your records will appear on the other device in a moment.',
  'sync.back': 'Back to your devices',

  'sync.join.title': 'Link this device',
  'sync.join.intro':
    'This device will get the records from your other device and keep in step with it. What is already on this device is kept too.',
  'sync.join.nameLabel': 'A name for this device',
  'sync.join.defaultName': 'My other device',
  'sync.join.compare': 'Check that your other device shows this same code, then confirm there:',
  'sync.join.waiting': 'Waiting for you to confirm on the other device…',
  'sync.join.done': 'This device is linked. Your records are arriving.',
  'sync.join.noSlot': 'This link is not complete. Open the link from your other device again.',
  'sync.join.already': 'This device is already linked.',
  'sync.join.start': 'Link this device',

  'sync.error.offline': 'Onward cannot reach the server. Check your connection and try again.',
  'sync.error.busy': 'The server is busy. Please try again in a minute.',
  'sync.error.full': 'The server has no more room for your records.',
  'sync.error.slotExpired': 'This link has expired. Make a new one on your other device.',
  'sync.error.slotUsed': 'This link was already used. Make a new one on your other device.',
  'sync.error.slotNotFound':
    'The server does not know this link. Make a new one on your other device.',
  'sync.error.noSync': 'This server does not offer sync. Onward keeps working on this device.',
  'sync.error.badCredential': 'The server did not accept this device. It may have been unlinked.',
  'sync.error.vaultNotFound': 'Your data is no longer on the server.',
  'sync.error.damaged': 'What arrived could not be opened. Nothing was changed. Try linking again.',
  'sync.error.other': 'That did not work. Nothing was changed. Please try again.',
} as const;
