import type { Guide } from '../types.ts';

export const whatIsSelfHarm: Guide = {
  id: 'what-is-self-harm',
  title: 'What is self-harm?',
  summary:
    'What self-harm means, the forms it can take, the signs to look for, and why people get better.',
  minutes: 3,
  contentNote:
    'This guide talks about self-harm in general terms. It gives no details of how people hurt themselves. You can stop at any point, and help is one tap away.',
  blocks: [
    {
      type: 'p',
      text: 'Self-harm is when a person hurts themselves on purpose. Most of the time, it is a way of coping with feelings that seem too big to bear. Those feelings might come from stress, loss, a painful memory, or a hard time at home or school.',
    },
    {
      type: 'p',
      text: 'If self-harm is part of your life, you are not alone. Lots of people go through it, and many of them are young. It does not mean you are bad, weak or broken. It means you are in pain, and you have been trying to cope with it.',
    },
    { type: 'h2', text: 'Relief that does not last' },
    {
      type: 'p',
      text: 'Some people say self-harm gives them a short break from feelings they can’t put into words. But that break does not last. Guilt and shame often come after it, and the feelings underneath are still there. Over time, it can also do lasting harm to your body, your mood and your friendships.',
    },
    {
      type: 'p',
      text: 'That is why recovery is about more than stopping. It is about finding other ways to deal with pain, ways that leave you better off.',
    },
    { type: 'h2', text: 'Two kinds of self-harm' },
    {
      type: 'p',
      text: 'Physical self-harm means hurting your own body on purpose. It can take many forms. We don’t list them here, because details can make urges stronger for some people.',
    },
    {
      type: 'p',
      text: 'Emotional self-harm is harder to see. It means doing things that wear down how you feel about yourself, or that put you at risk. For example:',
    },
    {
      type: 'list',
      items: [
        'Using alcohol or drugs to numb how you feel',
        'Putting yourself in risky situations, including risky sex',
        'Staying close to people who treat you badly',
        'Talking to yourself in a harsh, cruel way, again and again',
      ],
    },
    { type: 'h2', text: 'Signs that someone may be struggling' },
    {
      type: 'p',
      text: 'Everyone is different, and no single sign proves anything. But these can be a reason to check in, gently:',
    },
    {
      type: 'list',
      items: [
        'Injuries they can’t or won’t explain',
        'Keeping covered up, even on hot days',
        'Pulling away from friends and family',
        'Saying harsh things about themselves, or seeming to feel worthless',
        'Changes in sleep, eating or mood',
        'Losing interest in school, work or things they used to enjoy',
      ],
    },
    { type: 'h2', text: 'Self-harm and suicide' },
    {
      type: 'p',
      text: 'Many people who self-harm do not want to die. They are trying to get through a feeling. Even so, self-harm is always a sign of real distress, and it should be taken seriously. If you are having thoughts of ending your life, please reach out now. You deserve help, today.',
    },
    { type: 'link', text: 'Show help options', to: { kind: 'route', path: '/help' } },
    { type: 'h2', text: 'People do get better' },
    {
      type: 'p',
      text: 'Recovery is real, and it is common. It rarely goes in a straight line. There may be good weeks and hard days. What helps most is learning new ways to handle big feelings, and having people on your side.',
    },
    {
      type: 'note',
      text: 'Self-harm is a way of coping with pain. It is not a flaw in who you are. You can learn other ways to cope, one step at a time.',
    },
    {
      type: 'link',
      text: 'Ways to cope with urges and big feelings',
      to: { kind: 'guide', id: 'coping-and-alternatives' },
    },
  ],
  nextStep: {
    text: 'Read about the feelings and situations that can lead to self-harm',
    to: { kind: 'guide', id: 'why-people-self-harm' },
  },
};
