// A list row: an in-app link with an icon, a label and an optional one-line hint, tied together
// for screen readers. Put it inside <ul class="row-list">.
import type { ComponentChildren } from 'preact';
import { Link } from '../router/router.tsx';
import { Icon, type IconName } from './icons.tsx';

export function ListRow({
  href,
  icon,
  hint,
  id,
  children,
  current,
}: {
  href: string;
  icon?: IconName;
  hint?: string;
  /** Needed with a hint: the hint's id is `${id}-hint`. */
  id?: string;
  current?: boolean;
  children: ComponentChildren;
}) {
  const hintId = hint && id ? `${id}-hint` : undefined;
  return (
    <li class="row">
      <Link
        class="row-link"
        href={href}
        aria-describedby={hintId}
        aria-current={current ? 'page' : undefined}
      >
        {icon ? <Icon name={icon} class="row-icon" /> : null}
        <span class="row-label">{children}</span>
      </Link>
      {hint ? (
        <p class="row-hint" id={hintId}>
          {hint}
        </p>
      ) : null}
    </li>
  );
}
