// English copy for the clinic profile: the "Your care team" screen, shown only when the server
// that runs this copy of Onward has a clinic profile. `{clinic}` is the clinic's own name.
//
// Tone: kind, plain, second person, short sentences, no exclamation marks.
export const clinic = {
  'clinic.title': 'Your care team',
  'clinic.intro': '{clinic} offers Onward to you. Here is how to reach them, and what they offer.',
  'clinic.phoneLabel': 'Main number',
  'clinic.call': 'Call {number}',
  'clinic.admissionsLabel': 'Admissions line',
  'clinic.admissionsHint': 'To ask about starting treatment or joining a group.',
  'clinic.hoursLabel': 'Opening hours',
  'clinic.addressLabel': 'Address',
  'clinic.emailLabel': 'Email',
  'clinic.websiteLabel': 'Website',
  'clinic.websiteLink': 'Visit the {clinic} website',
  'clinic.notCrisis':
    'Your care team may not be able to answer straight away. If you need to talk to someone now, crisis lines are open day and night.',
  'clinic.helpLink': 'Show help options',
  'clinic.treatmentsHeading': 'Treatments offered',
  'clinic.groupsHeading': 'Support groups',
  'clinic.groupWhen': 'When',
  'clinic.groupJoin': 'Where and how to join',
  'clinic.kept': 'A copy of these details is kept on this device, so you can see them offline.',
  'clinic.treatmentsLink': 'Treatments at {clinic}',
} as const;
