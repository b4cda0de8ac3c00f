// @onward/core: the domain, pure TypeScript. This entry must never import zod (the web bundle
// imports it); schemas live behind @onward/core/schemas.
export * from './country.ts';
export * from './crisis-directory.ts';
export * from './crisis-links.ts';
export * from './result.ts';
