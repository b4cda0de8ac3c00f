import type { Guide } from '../types.ts';

export const treatmentsExplained: Guide = {
  id: 'treatments-explained',
  title: 'Treatments that can help',
  summary:
    'What the main therapies and kinds of support involve, what a first session is like, and how to ask for help.',
  minutes: 3,
  blocks: [
    {
      type: 'p',
      text: 'You do not have to deal with self-harm on your own. There are treatments that help, and asking for them is a normal, brave thing to do. Here is what the main ones involve.',
    },
    { type: 'h2', text: 'DBT' },
    {
      type: 'p',
      text: 'DBT stands for dialectical behaviour therapy. It is one of the main treatments for self-harm. It teaches skills in four areas: getting through a crisis without making it worse, paying calm attention to the moment, handling strong feelings, and getting on with people. It often mixes one-to-one sessions with a weekly skills group. Many of the tools in Onward come from DBT.',
    },
    { type: 'h2', text: 'CBT' },
    {
      type: 'p',
      text: 'CBT stands for cognitive behavioural therapy. It looks at how your thoughts, feelings and actions link together. You learn to spot unhelpful thoughts, test them, and find fairer ones. It also helps you notice triggers, build coping skills and set small goals.',
    },
    { type: 'h2', text: 'Trauma-informed care' },
    {
      type: 'p',
      text: 'Trauma means something very frightening or hurtful that happened to you. Trauma-informed care means the people who treat you understand how trauma can affect you. They aim to help you feel safe, to work with you rather than tell you what to do, and to build on your strengths. It is a way of working, not one set therapy.',
    },
    { type: 'h2', text: 'EMDR and ART' },
    {
      type: 'p',
      text: 'These therapies help with memories of trauma that still hurt a lot. EMDR stands for eye movement desensitisation and reprocessing. ART stands for accelerated resolution therapy. In both, a therapist guides your eye movements while you bring a memory to mind. Over time, the memory can feel less upsetting. You stay in control, and you can pause at any point.',
    },
    { type: 'h2', text: 'Holistic therapies' },
    {
      type: 'p',
      text: 'Holistic means caring for the whole of you, body and mind. Some clinics offer massage, art or music therapy, movement classes, or meditation. These can ease stress and help you feel calm in your body. They work best alongside a talking therapy, not in place of one.',
    },
    { type: 'h2', text: 'Support groups' },
    {
      type: 'p',
      text: 'In a support group, you meet other people who have been through similar things. A trained person usually leads it. Many people feel relief at talking with others who understand. You can just listen for as long as you like before you share.',
    },
    { type: 'h2', text: 'What a first session is like' },
    {
      type: 'p',
      text: 'A first session is mostly about getting to know each other. The therapist will ask what brings you there, what life is like for you, and what you would like to change. They will ask how safe you are, and may make a safety plan with you. They will explain what stays private, and when they might need to share something to keep you safe.',
    },
    {
      type: 'p',
      text: 'You can say if you are not ready to talk about something. You can ask questions too, like how long the treatment lasts. If the first person does not feel right, you can ask to see someone else.',
    },
    { type: 'h2', text: 'How to ask for help' },
    {
      type: 'list',
      items: [
        'Book a visit with your GP, which means your family doctor. You could say: “I have been self-harming, and I would like some help.”',
        'At school, college or university, talk to a counsellor, a nurse or a teacher you trust.',
        'Contact a mental health clinic near you. Some let you ask for help yourself, without a doctor’s letter.',
        'If you already see someone, ask them about DBT, CBT or a support group.',
      ],
    },
    {
      type: 'p',
      text: 'If you like, you can show them your safety plan, on your phone or printed. It can be easier than explaining it all out loud.',
    },
    {
      type: 'note',
      text: 'If you are told there is a wait, ask what support you can have in the meantime. Crisis lines are there for you at any hour while you wait.',
    },
    { type: 'link', text: 'Show help options', to: { kind: 'route', path: '/help' } },
    {
      type: 'link',
      text: 'Coping skills you can use today',
      to: { kind: 'guide', id: 'coping-and-alternatives' },
    },
  ],
  nextStep: {
    text: 'Add your GP or counsellor to your safety plan',
    to: { kind: 'route', path: '/plan' },
  },
};
