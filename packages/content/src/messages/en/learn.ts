// English copy for the Learn screens: the list of guides, the frame around each guide, and the
// short links other screens use to point at the guide that fits the moment (GuideLink). The
// guides themselves are data in ../../learn/guides/.
//
// Tone: kind, plain, second person, short sentences, no exclamation marks.
export const learn = {
  'learn.title': 'Learn',
  'learn.intro':
    'Short guides in plain words: what self-harm is, why relapse happens, and what helps. Read them in any order, at your own pace.',
  'learn.minutes': 'About {minutes} minutes to read',
  'learn.oneMinute': 'About 1 minute to read',
  'learn.contentNote': 'Content note',
  'learn.nextStep': 'Your next step',
  'learn.allGuides': 'All guides',

  // GuideLink: a link from another screen to the one guide that fits there.
  'learn.link.what-is-self-harm': 'Read: what self-harm is',
  'learn.link.why-people-self-harm': 'Read: why people self-harm',
  'learn.link.relapse-is-not-failure': 'Read: why a relapse is not a failure',
  'learn.link.coping-and-alternatives': 'Read: coping skills and things to try instead',
  'learn.link.treatments-explained': 'Read: treatments that can help',
  'learn.link.for-friends-and-family': 'Read: a guide for friends and family',
  'learn.link.getting-urgent-help': 'Read: when and how to get urgent help',
} as const;
