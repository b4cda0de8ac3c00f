import type { ComponentChildren } from 'preact';

/** The screen's one <h1>. It takes focus after each route change, so it is focusable by script. */
export const PAGE_HEADING_ID = 'page-title';

export function PageHeading({ children }: { children: ComponentChildren }) {
  return (
    <h1 id={PAGE_HEADING_ID} tabIndex={-1}>
      {children}
    </h1>
  );
}
