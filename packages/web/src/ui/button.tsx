// Buttons and button-styled links, one look everywhere: primary (the screen's main action),
// secondary (an outline), urgent (help, and only help). At least 48 px tall, text scales with
// the person's setting. Plain class names so the help screens can use them with no extra code.
import type { ButtonHTMLAttributes, ComponentChildren } from 'preact';
import { Link } from '../router/router.tsx';

export type ButtonVariant = 'primary' | 'secondary' | 'urgent';

export interface ButtonLook {
  variant?: ButtonVariant;
  size?: 'small' | 'large';
  /** Full width of its column. */
  block?: boolean;
}

/** The class list for a button look (for the few places that style a native element themselves). */
export function buttonClass(
  { variant = 'primary', size, block }: ButtonLook,
  extra?: string,
): string {
  let c = `button button-${variant}`;
  if (size) c += ` button-${size}`;
  if (block) c += ' button-block';
  return extra ? `${c} ${extra}` : c;
}

type NativeButton = Omit<ButtonHTMLAttributes<HTMLButtonElement>, 'size' | 'class'>;

export function Button({
  variant,
  size,
  block,
  class: extra,
  type = 'button',
  ...rest
}: ButtonLook & NativeButton & { class?: string }) {
  return (
    <button
      {...rest}
      type={type}
      class={buttonClass({ variant, size, block }, extra as string | undefined)}
    />
  );
}

/** An in-app link drawn as a button (a link, because it goes somewhere). */
export function ButtonLink({
  href,
  variant,
  size,
  block,
  class: extra,
  children,
  ...rest
}: ButtonLook & {
  href: string;
  class?: string;
  children: ComponentChildren;
  'aria-describedby'?: string;
  onClick?: (event: MouseEvent) => void;
}) {
  return (
    <Link {...rest} href={href} class={buttonClass({ variant, size, block }, extra)}>
      {children}
    </Link>
  );
}

/** A row of buttons that wraps on narrow screens, each at least 12 rem where there is room. */
export function ButtonRow({
  children,
  class: extra,
}: {
  children: ComponentChildren;
  class?: string;
}) {
  return <div class={extra ? `button-row ${extra}` : 'button-row'}>{children}</div>;
}
