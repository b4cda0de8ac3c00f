// English copy for choosing the language (settings, and the one-tap switch on the help screen).
// The languages' own names, and the words of the switch into each, are data in ../../languages.ts:
// they are always shown in their own language.
export const language = {
  'language.heading': 'Language',
  'language.label': 'Language',
  'language.help': 'Onward shows its words in this language. Your choice stays on this device.',
  'language.notSaved':
    'This browser did not let Onward keep your choice, so the language has not changed.',
  'language.switchLabel': 'Other languages',
} as const;
