// English copy for choosing the language in settings (the one-tap switch on the help screen is
// in the first load, so its words are in shell.ts).
// The languages' own names, and the words of the switch into each, are data in ../../languages.ts:
// they are always shown in their own language.
export const language = {
  'language.heading': 'Language',
  'language.help': 'Onward shows its words in this language. Your choice stays on this device.',
} as const;
