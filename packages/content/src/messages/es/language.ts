// Spanish copy for choosing the language: the keys of ../en/language.ts.
import type { language as en } from '../en/language.ts';

export const language: { readonly [K in keyof typeof en]: string } = {
  'language.heading': 'Idioma',
  'language.label': 'Idioma',
  'language.help':
    'Onward muestra sus textos en este idioma. Tu elección se queda en este dispositivo.',
  'language.notSaved':
    'Este navegador no dejó que Onward guardara tu elección, así que el idioma no ha cambiado.',
  'language.switchLabel': 'Otros idiomas',
};
