// Spanish copy for choosing the language: the keys of ../en/language.ts.
import type { language as en } from '../en/language.ts';

export const language: { readonly [K in keyof typeof en]: string } = {
  'language.heading': 'Idioma',
  'language.help':
    'Onward muestra sus textos en este idioma. Tu elección se queda en este dispositivo.',
};
