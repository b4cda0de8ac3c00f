// Path patterns with named parameters ("/learn/:id"), matched without regular expressions built
// from input. Pure, so it is tested in Node.
import { normalisePath } from './routes.ts';

export type RouteParams = Readonly<Record<string, string>>;

/** The parameters if `pathname` matches `pattern`, else null. Segments compare case-insensitively. */
export function matchPattern(pattern: string, pathname: string): RouteParams | null {
  const want = normalisePath(pattern).split('/');
  // Parameters keep their original case (ids can be case-sensitive); literals do not.
  const raw = pathname.replace(/\/+$/, '') || '/';
  const got = raw.split('/');
  if (want.length !== got.length) return null;
  const params: Record<string, string> = {};
  for (let i = 0; i < want.length; i++) {
    const w = want[i] ?? '';
    const g = got[i] ?? '';
    if (w.startsWith(':')) {
      if (g === '') return null;
      try {
        params[w.slice(1)] = decodeURIComponent(g);
      } catch {
        return null;
      }
    } else if (w !== g.toLowerCase()) return null;
  }
  return params;
}

/** Fills a pattern's parameters: fillPattern('/learn/:id', { id: 'x' }) === '/learn/x'. */
export function fillPattern(pattern: string, params: RouteParams): string {
  return pattern.replace(/:(\w+)/g, (_, name: string) => encodeURIComponent(params[name] ?? ''));
}
