// @onward/core/schemas: the zod schemas, behind their own subpath so that importing
// @onward/core never pulls zod into the web bundle.

export * from './clinic-profile.ts';
export * from './crisis-directory.ts';
