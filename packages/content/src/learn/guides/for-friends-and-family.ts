import type { Guide } from '../types.ts';

export const forFriendsAndFamily: Guide = {
  id: 'for-friends-and-family',
  title: 'For friends and family',
  summary:
    'How to respond when someone you care about self-harms, what to avoid, and how to look after yourself.',
  minutes: 3,
  contentNote:
    'This guide talks about self-harm in general terms. It gives no details of how people hurt themselves. You can stop at any point, and help is one tap away.',
  blocks: [
    {
      type: 'p',
      text: 'Finding out that someone you love self-harms can be a shock. You might feel scared, sad, confused or even angry. All of that is normal. How you respond can make a real difference, and you don’t need to get it perfect.',
    },
    { type: 'h2', text: 'Stay calm and listen' },
    {
      type: 'p',
      text: 'Try to stay calm, even if you feel upset inside. They may have been afraid to tell you. A calm, kind response shows them it is safe to talk.',
    },
    {
      type: 'list',
      items: [
        'Find a quiet, private moment. Sitting side by side, like on a walk, can feel easier than face to face.',
        'Listen more than you talk. You don’t need to fix anything right away.',
        'Ask directly and kindly. For example: “You seem to be having a hard time. Are you hurting yourself?” Asking will not put the idea in their head.',
        'Ask about feelings, not details. “What has been going on for you?” helps more than questions about what they did.',
        'Thank them for telling you. It took courage.',
      ],
    },
    { type: 'h2', text: 'What not to say or do' },
    {
      type: 'list',
      items: [
        'Don’t give ultimatums, like “Stop, or else.” Threats make people hide things.',
        'Don’t ask them to promise they will stop. If they can’t keep the promise, they may feel guilty and stop telling you.',
        'Don’t respond with anger or blame, even if you are frightened.',
        'Don’t shame them, or call it silly or selfish.',
        'Don’t brush it off as a phase, or as drama. It is a sign that they are in pain.',
      ],
    },
    { type: 'h2', text: 'Help without taking control' },
    {
      type: 'p',
      text: 'It is natural to want to take charge. But recovery works best when the person feels in control of their own life. Try to stand beside them, not run things for them.',
    },
    {
      type: 'list',
      items: [
        'Ask what would help, and what would not.',
        'Offer to help them find support, such as a GP or counsellor. Go with them, if they want you to.',
        'Offer to help them make a safety plan, if they would like one.',
        'Keep doing normal things together. They are still the same person.',
        'Expect ups and downs. A relapse is not a failure, for them or for you.',
      ],
    },
    {
      type: 'link',
      text: 'Why a relapse is not a failure',
      to: { kind: 'guide', id: 'relapse-is-not-failure' },
    },
    {
      type: 'link',
      text: 'Treatments that can help',
      to: { kind: 'guide', id: 'treatments-explained' },
    },
    { type: 'h2', text: 'Look after yourself too' },
    {
      type: 'p',
      text: 'Supporting someone can be hard and tiring. You need support as well. Talk to someone you trust, such as a friend, your own doctor or a support line. Try to keep up your sleep, meals and the things you enjoy. Looking after yourself is not selfish. It helps you keep going.',
    },
    {
      type: 'p',
      text: 'If you are a parent or carer, ask your child’s school or doctor what help there is for families.',
    },
    { type: 'h2', text: 'When to get urgent help' },
    {
      type: 'p',
      text: 'Call the emergency number right away if they are badly hurt, very drowsy, hard to wake or finding it hard to breathe. Do the same if they may have taken something that could harm them.',
    },
    {
      type: 'p',
      text: 'Get urgent help too if they talk about wanting to die, or about a plan to end their life. Stay with them if it is safe to do so. Call a crisis line or the emergency number.',
    },
    { type: 'link', text: 'Show help options', to: { kind: 'route', path: '/help' } },
  ],
  nextStep: {
    text: 'Read how to get urgent help, so you know what to do',
    to: { kind: 'guide', id: 'getting-urgent-help' },
  },
};
