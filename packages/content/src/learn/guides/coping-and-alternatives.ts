import type { Guide } from '../types.ts';

export const copingAndAlternatives: Guide = {
  id: 'coping-and-alternatives',
  title: 'Coping skills and things to try instead',
  summary:
    'Ways to get through an urge and handle big feelings, with tools in the app you can try right now.',
  minutes: 3,
  blocks: [
    {
      type: 'p',
      text: 'An urge to self-harm can feel like it will last forever. It won’t. Urges rise, peak and then fade, often within minutes. Coping skills help you ride out that wave, and take care of the feeling underneath.',
    },
    {
      type: 'p',
      text: 'No skill works for everyone, or every time. It is normal to try a few before you find what suits you. Onward can keep track of what helps you most, so you can find it fast next time.',
    },
    { type: 'h2', text: 'Skills that help over time' },
    {
      type: 'list',
      items: [
        'Get to know your triggers, so you can spot an urge early.',
        'Practise slow breathing, mindfulness or gentle yoga. Mindfulness means noticing what is happening right now, without judging it.',
        'Speak to yourself kindly, as you would to a friend.',
        'Find safe ways to let feelings out, like writing, talking or crying.',
        'Get support from a therapist, counsellor or doctor.',
      ],
    },
    { type: 'link', text: 'Try paced breathing', to: { kind: 'route', path: '/tools' } },
    { type: 'h2', text: 'Things to try when an urge comes' },
    {
      type: 'p',
      text: 'These ideas give your body and mind something else to focus on. Pick one and give it a few minutes. If it doesn’t help, try another.',
    },
    {
      type: 'p',
      text: 'Feel a strong sensation. Squeeze a stress ball as hard as you can. Punch or shout into a pillow. Hold a cold drink in your hands. Taste something strong, like a mint or a sour sweet.',
    },
    {
      type: 'p',
      text: 'Make something. Draw, paint or doodle on paper. Colour in a colouring book. Knit, sew, build or make something with your hands. Write a poem, or a letter you never have to send.',
    },
    {
      type: 'p',
      text: 'Move your body. Go for a walk, a run or a bike ride. Dance to a loud song. Try some gentle stretches, or a short burst of hard exercise.',
    },
    {
      type: 'p',
      text: 'Soothe your senses. Have a warm bath or shower. Wrap up in a soft blanket. Spend time outside in a park or garden. Listen to calm music. Smell a soap or tea you love.',
    },
    {
      type: 'p',
      text: 'Distract yourself. Watch a show you love. Listen to a new album. Play a game. Message or call a friend or someone in your family. Tidy one small space.',
    },
    {
      type: 'link',
      text: 'Open the tools: urge timer, breathing and grounding',
      to: { kind: 'route', path: '/tools' },
    },
    {
      type: 'note',
      text: 'You can hide any idea that is not right for you, and add your own. The best ideas are often the ones you come up with.',
    },
    { type: 'h2', text: 'Be kind to yourself' },
    {
      type: 'p',
      text: 'Self-compassion means treating yourself with the care you would give a friend. When you notice a harsh thought, try answering it. For example: “I am having a really hard time, and that makes sense. I am doing my best.” It may feel odd at first. It gets easier with practice.',
    },
    { type: 'h2', text: 'Let feelings out safely' },
    {
      type: 'p',
      text: 'Feelings need somewhere to go. You could write them down, say them out loud, cry, or talk to someone you trust. You could tear up old paper, or shout into a pillow. These let the feeling out without hurting you.',
    },
    { type: 'h2', text: 'If the urge stays strong' },
    {
      type: 'p',
      text: 'If you try a few things and the urge is still strong, that is okay. It does not mean you are doing it wrong. Reach out to someone, or follow your safety plan.',
    },
    { type: 'link', text: 'Open your safety plan', to: { kind: 'route', path: '/plan' } },
    { type: 'link', text: 'Show help options', to: { kind: 'route', path: '/help' } },
    {
      type: 'link',
      text: 'If you have had a relapse, read this',
      to: { kind: 'guide', id: 'relapse-is-not-failure' },
    },
  ],
  nextStep: {
    text: 'Try the urge timer or paced breathing for five minutes',
    to: { kind: 'route', path: '/tools' },
  },
};
