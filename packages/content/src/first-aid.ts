// First-aid guidance for after self-harm: when to call the emergency number, when to go to an
// emergency department, and when to get medical advice soon. The facts are the ones in the
// product brief (drawn from NHS and clinic guidance); every sentence is ours.
//
// This is the one place in the app where medical words such as "bleeding", "wound" and
// "overdose" are allowed: the content lint's allow-list permits them only under paths matching
// `**.firstAid*.**`, because here they tell a person plainly when to get help. The copy names no
// tool, amount, place or method, and never asks what happened.
//
// The emergency number and the medical advice line come from the crisis directory for the
// person's chosen country; this file holds no numbers.
//
// ONE source of first-aid facts: the after-relapse flow, the diary card's safety check and the
// Learn guide "Getting urgent help" (its `first-aid` block) all render these sections.

export interface FirstAidSection {
  heading: string;
  items: readonly string[];
}

export const firstAid = {
  heading: 'Does an injury need care?',
  intro:
    'If you are hurt, looking after your body comes first. You deserve care, whatever happened.',
  callNow: {
    heading: 'Call the emergency number now if there is',
    items: [
      'Any overdose or poisoning, even if you feel fine right now',
      'Drowsiness, or passing out',
      'Difficulty breathing',
      'Heavy bleeding, or signs of shock: feeling faint, cold, clammy or confused',
      'Severe pain',
    ],
  },
  emergencyDepartment: {
    heading: 'Go to an emergency department if there is',
    items: [
      'Bleeding that has not stopped after 10 minutes of firm pressure with the injured part raised',
      'Bleeding that spurts',
      'A deep or gaping wound',
      'Numbness, or you cannot move part of your body as usual',
      'Something stuck in the wound',
      'A serious injury to the face',
      'A burn that is large, on the face, hands or joints, caused by a chemical, or all the way round an arm or leg',
    ],
  },
  adviceSoon: {
    heading: 'Get medical advice soon if there are',
    items: [
      'Signs of infection: swelling, redness, pain that is getting worse, or pus',
      'Any doubt that your tetanus vaccinations are up to date',
      'Any doubt at all about whether it needs care',
    ],
  },
  adviceWhere:
    'A pharmacist, a doctor or nurse, or a medical advice line can help. You can ask without saying more than you want to.',
  adviceLineLead: 'Medical advice, not an emergency:',
  emergencyLead: 'Emergency number',
  goingIn:
    'If you can, ask someone to go with you. Staff in emergency departments help people after self-harm every day, and you have every right to care.',
  notSure: 'If you are not sure, it is always okay to call or to go.',
} as const;

/** The three sections, in the order every screen shows them. */
export const firstAidSections: readonly FirstAidSection[] = [
  firstAid.callNow,
  firstAid.emergencyDepartment,
  firstAid.adviceSoon,
];
