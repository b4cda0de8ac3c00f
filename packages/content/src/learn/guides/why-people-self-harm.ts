import type { Guide } from '../types.ts';

export const whyPeopleSelfHarm: Guide = {
  id: 'why-people-self-harm',
  title: 'Why people self-harm',
  summary:
    'The feelings and situations that can lead to self-harm, and why knowing your own can help.',
  minutes: 3,
  contentNote:
    'This guide talks about self-harm in general terms. It gives no details of how people hurt themselves. You can stop at any point, and help is one tap away.',
  blocks: [
    {
      type: 'p',
      text: 'There is no single reason people self-harm. For most, it is a way of getting through pain when other ways of coping feel out of reach. Some people say it gives them a brief sense of control when life feels out of control.',
    },
    {
      type: 'p',
      text: 'Things that make an urge stronger are often called triggers. A trigger can be a feeling inside you, or something going on around you. Often it is a mix of both. Knowing your triggers is not about blame. It is useful information, and it can help you plan for hard moments.',
    },
    { type: 'h2', text: 'Feelings inside you' },
    {
      type: 'p',
      text: 'These are thoughts, feelings and moods that can make the urge stronger. Many people name some of these:',
    },
    {
      type: 'list',
      items: [
        'Shame: feeling that you are bad, or that something is wrong with you.',
        'Low self-worth: feeling that you don’t matter, or don’t deserve good things.',
        'Loneliness: feeling apart from other people, even when they are near.',
        'Numbness: feeling nothing at all, or feeling far away from yourself.',
        'Emptiness: a hollow feeling, as if something is missing.',
        'Sadness: a low mood that hangs on, or hits hard.',
        'Anger: at yourself or at others, with no safe place for it to go.',
        'Frustration: feeling stuck, or that nothing you do makes a difference.',
      ],
    },
    {
      type: 'p',
      text: 'Feelings like these can build up until they seem like too much. Self-harm can seem to let them out for a moment. But the relief fades, and the feelings come back, often with shame on top. Your feelings are real, and they matter. With practice and support, you can learn safer ways to let them out.',
    },
    { type: 'h2', text: 'Things around you' },
    {
      type: 'p',
      text: 'These are events and situations that can add to the pressure:',
    },
    {
      type: 'list',
      items: [
        'Fights or tension with family, a partner or friends',
        'Loss, such as someone dying, a break-up, or losing a job or a home',
        'Stress that goes on and on, like money worries, exams or caring for someone',
        'Reminders of trauma. Trauma means something very frightening or hurtful that happened to you.',
        'A home that does not feel safe',
        'Spending a lot of time alone, or feeling left out',
        'Boredom, or long stretches with nothing to do',
        'Seeing other people self-harm, in real life or online',
      ],
    },
    {
      type: 'note',
      text: 'If posts or videos about self-harm pull you in, it is fine to mute them, hide them or step away. Looking after yourself comes first.',
    },
    { type: 'h2', text: 'Finding your own patterns' },
    {
      type: 'p',
      text: 'Your triggers are your own. Some days an urge may seem to come from nowhere. Later, when you feel calmer, you may notice a pattern. Maybe urges are stronger when you are tired, alone at night, or after a hard talk with someone.',
    },
    {
      type: 'p',
      text: 'Writing these down can help. You can add them to your safety plan as warning signs. Then you will know when it is time to use the plan.',
    },
    {
      type: 'link',
      text: 'Add warning signs to your safety plan',
      to: { kind: 'route', path: '/plan' },
    },
    {
      type: 'p',
      text: 'Knowing a trigger is only half of it. The other half is having something to do when it shows up.',
    },
    {
      type: 'link',
      text: 'Ways to cope with urges and big feelings',
      to: { kind: 'guide', id: 'coping-and-alternatives' },
    },
    {
      type: 'p',
      text: 'If things feel hard right now, you don’t need to work anything out first. Help is there for you.',
    },
    { type: 'link', text: 'Show help options', to: { kind: 'route', path: '/help' } },
  ],
  nextStep: {
    text: 'Add one warning sign to your safety plan',
    to: { kind: 'route', path: '/plan' },
  },
};
