import type { ComponentChildren } from 'preact';
import { Link } from '../router/router.tsx';

/** A list item: an in-app link with a one-line hint under it, tied together for screen readers. */
export function HintedLink({
  href,
  hintId,
  hint,
  children,
}: {
  href: string;
  hintId: string;
  hint: string;
  children: ComponentChildren;
}) {
  return (
    <li>
      <Link href={href} aria-describedby={hintId}>
        {children}
      </Link>
      <p class="hint" id={hintId}>
        {hint}
      </p>
    </li>
  );
}
