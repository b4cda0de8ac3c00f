import type { ComponentChildren } from 'preact';

/** Id of the one hidden "(opens in a new tab)" text, rendered once by the app shell. */
export const NEW_TAB_HINT_ID = 'new-tab-hint';

/**
 * A link to an official site outside Onward. It opens in a new tab so the help screen stays
 * where it was, and carries no opener or referrer: the other site learns nothing about Onward.
 * Its accessible name stays the visible text; "opens in a new tab" is its description.
 */
export function NewTabLink(props: {
  href: string;
  class?: string;
  label?: string;
  children: ComponentChildren;
}) {
  return (
    <a
      href={props.href}
      class={props.class}
      target="_blank"
      rel="noopener noreferrer"
      aria-label={props.label}
      aria-describedby={NEW_TAB_HINT_ID}
    >
      {props.children}
    </a>
  );
}
