// The viewer's words: only the shareView.* keys, English or Spanish, by the viewer's browser
// languages (the shared document itself stays in the language it was written in). Imports the
// two small catalogue files directly, not the app's whole catalogue.
import { share as en } from '@onward/content/messages/en/share';
import { share as es } from '@onward/content/messages/es/share';

type Key = keyof typeof en & `shareView.${string}`;

export function viewerLanguage(preferred: readonly string[]): 'en' | 'es' {
  for (const tag of preferred) {
    const base = tag.toLowerCase().split('-')[0];
    if (base === 'es') return 'es';
    if (base === 'en') return 'en';
  }
  return 'en';
}

export function viewerCopy(language: 'en' | 'es') {
  const catalogue: Record<string, string> = language === 'es' ? es : en;
  return (key: Key, params: Record<string, string> = {}): string =>
    (catalogue[key] ?? en[key]).replace(/\{(\w+)\}/g, (whole, name: string) =>
      Object.hasOwn(params, name) ? (params[name] as string) : whole,
    );
}
