import type { Guide } from '../types.ts';

export const relapseIsNotFailure: Guide = {
  id: 'relapse-is-not-failure',
  title: 'A relapse is not a failure',
  summary:
    'Why relapse happens, why it is part of recovery, and what to do after one. Your progress still counts.',
  minutes: 3,
  contentNote:
    'This guide talks about self-harm and relapse in general terms. It gives no details of how people hurt themselves. You can stop at any point, and help is one tap away.',
  blocks: [
    {
      type: 'p',
      text: 'A relapse is when you self-harm again after a time of not doing it. If this has just happened, please be gentle with yourself. Relapse is common. For many people it is a normal part of recovery, and it does not wipe out the progress you have made.',
    },
    {
      type: 'note',
      text: 'If you are hurt and not sure what to do, go to the help screen first. This guide will still be here later.',
    },
    { type: 'link', text: 'Go to the help screen', to: { kind: 'route', path: '/help' } },
    {
      type: 'link',
      text: 'Check if an injury needs care',
      to: { kind: 'guide', id: 'getting-urgent-help' },
    },
    { type: 'h2', text: 'Why relapse happens' },
    {
      type: 'p',
      text: 'Recovery asks a lot of you. Some things can make the old way of coping harder to resist. Here are seven common ones:',
    },
    {
      type: 'list',
      items: [
        'Strong feelings, like sadness, anger or frustration, that build up or hit all at once',
        'Stress that goes on for a long time, or a big event like a break-up, losing a job or a loss in the family',
        'Old hurt from the past, such as abuse, that comes back up while you are healing',
        'Not having enough coping skills or support yet, so it is hard to find another way through',
        'Feeling alone, bored or out of touch with other people',
        'Stopping medicine, therapy or other treatment, especially all at once',
        'Mental health problems, such as depression or anxiety, that are not yet well treated',
      ],
    },
    {
      type: 'p',
      text: 'None of these mean you did something wrong. They are pressures, and some of them are out of your hands. Knowing which ones played a part can help you plan for next time.',
    },
    { type: 'h2', text: 'Why it is part of recovery' },
    {
      type: 'p',
      text: 'Learning a new way to cope is like learning any hard skill. There are slips along the way. A relapse can show where you need more support, or a different tool. It is information, not a judgement on you.',
    },
    {
      type: 'p',
      text: 'Every day you got through still counts. So does every urge you rode out and every skill you used. Onward never wipes those numbers. They only ever grow.',
    },
    { type: 'h2', text: 'What to do after a relapse' },
    {
      type: 'list',
      items: [
        'Check that you are safe. If you are badly hurt or feel very unwell, get help right away.',
        'Look after any injury. If you are not sure it needs care, ask a doctor, nurse or pharmacist.',
        'Be kind to yourself. Talk to yourself the way you would talk to a friend who was hurting.',
        'Rest, drink some water, and do something soothing.',
        'Tell someone you trust, when you feel ready. This could be a friend, a family member, a counsellor or a doctor.',
        'Later, when you feel calmer, look at what led up to it. There is no rush.',
      ],
    },
    {
      type: 'p',
      text: 'When you look back, try to be curious, not harsh. What was going on? What were you feeling? What might help next time? You might add a new warning sign to your safety plan, or a new idea to try.',
    },
    {
      type: 'link',
      text: 'Update your safety plan',
      to: { kind: 'route', path: '/plan' },
    },
    { type: 'h2', text: 'Your progress is still yours' },
    {
      type: 'p',
      text: 'One hard day does not undo weeks or months of effort. The things you have learned are still yours. You can pick up from where you are, with everything you know now.',
    },
    {
      type: 'note',
      text: 'A relapse is not a failure. It is one moment in a longer story, and that story is still going.',
    },
    {
      type: 'link',
      text: 'Coping skills to try next time',
      to: { kind: 'guide', id: 'coping-and-alternatives' },
    },
    {
      type: 'link',
      text: 'Treatments that can help',
      to: { kind: 'guide', id: 'treatments-explained' },
    },
  ],
  nextStep: {
    text: 'Reach out to one person from your safety plan',
    to: { kind: 'route', path: '/help/safe' },
  },
};
