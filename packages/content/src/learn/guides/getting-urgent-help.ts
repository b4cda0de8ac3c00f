import type { Guide } from '../types.ts';

export const gettingUrgentHelp: Guide = {
  id: 'getting-urgent-help',
  title: 'Getting urgent help',
  summary:
    'When to call for help right away, who you can reach at any hour, and what happens when you do.',
  minutes: 3,
  contentNote:
    'This guide talks about crisis and injury in general terms. It gives no details of how people hurt themselves. You can stop at any point, and help is one tap away.',
  blocks: [
    {
      type: 'p',
      text: 'Sometimes things get too much to handle alone. Reaching out in a crisis is not weak, and it is not a bother. It is what crisis lines and emergency services are there for, day and night.',
    },
    { type: 'link', text: 'Show help options', to: { kind: 'route', path: '/help' } },
    { type: 'h2', text: 'Call the emergency number now if' },
    {
      type: 'list',
      items: [
        'You feel you might act on thoughts of ending your life',
        'You are with someone else who might, or who is badly hurt',
      ],
    },
    {
      type: 'link',
      text: 'I might act on it, or I’m in danger now',
      to: { kind: 'route', path: '/help/danger' },
    },
    { type: 'h2', text: 'If you are hurt' },
    {
      type: 'p',
      text: 'Some injuries need a doctor’s care, even if they seem small at first. This is when to call, when to go, and when to ask for advice.',
    },
    { type: 'first-aid' },
    {
      type: 'link',
      text: 'Emergency numbers for your country',
      to: { kind: 'route', path: '/help/danger' },
    },
    { type: 'h2', text: 'If you are safe but struggling' },
    {
      type: 'p',
      text: 'You don’t have to be in danger to reach out. You can call, text or chat with a crisis line at any hour. Trained people will listen without judging you. They can help you calm down, think about what to do next, and find more support.',
    },
    {
      type: 'p',
      text: 'The help screen shows the lines for your country, with their hours and who they are for.',
    },
    {
      type: 'link',
      text: 'I’m struggling but I’m safe right now',
      to: { kind: 'route', path: '/help/safe' },
    },
    { type: 'h2', text: 'What happens when you call or text' },
    {
      type: 'p',
      text: 'A trained person will ask how you are, and listen. You can share as much or as little as you like. Most lines keep what you say private. If they think your life is in danger right now, they may call emergency services to keep you safe. Their aim is to help you get through this moment.',
    },
    { type: 'h2', text: 'Make a plan before you need it' },
    {
      type: 'p',
      text: 'A safety plan is a short list you write while you feel calm. It holds your warning signs, things that help, and people you can call. In a crisis, you don’t have to think hard. You just follow the steps, one at a time.',
    },
    { type: 'link', text: 'Make or open your safety plan', to: { kind: 'route', path: '/plan' } },
    {
      type: 'link',
      text: 'Worried about someone else? Read this guide',
      to: { kind: 'guide', id: 'for-friends-and-family' },
    },
  ],
  nextStep: {
    text: 'Open the help screen and check the lines for your country',
    to: { kind: 'route', path: '/help' },
  },
};
