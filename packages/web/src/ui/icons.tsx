// A few line icons of our own (24 x 24, 2 px round strokes, in the style of the open-source
// Lucide set, drawn here so the shell adds a few hundred bytes rather than a dependency whose
// peer range does not yet include Preact 11). Decorative only: every icon sits next to a
// visible label, so each is aria-hidden. Calm shapes: nothing that could be a trigger.
import type { ComponentChildren } from 'preact';

const PATHS = {
  home: 'M3 10.5 12 3l9 7.5M5 9.5V21h5v-6h4v6h5V9.5',
  tools:
    'M12 3v3M12 18v3M3 12h3M18 12h3M6.3 6.3l2.1 2.1M15.6 15.6l2.1 2.1M6.3 17.7l2.1-2.1M15.6 8.4l2.1-2.1M12 9a3 3 0 1 0 0 6 3 3 0 0 0 0-6',
  journal: 'M5 4h11a3 3 0 0 1 3 3v13H8a3 3 0 0 1-3-3zM5 17a3 3 0 0 1 3-3h11M9 8h6',
  plan: 'M12 3 4 6v6c0 4.5 3.4 7.8 8 9 4.6-1.2 8-4.5 8-9V6zM9 12l2 2 4-4',
  more: 'M5 12h.01M12 12h.01M19 12h.01',
  progress: 'M4 20V10M10 20V4M16 20v-7M22 20H2',
  learn: 'M2 5h6a4 4 0 0 1 4 4v11a3 3 0 0 0-3-3H2zM22 5h-6a4 4 0 0 0-4 4v11a3 3 0 0 1 3-3h7z',
  care: 'M19 14c1.5-1.5 3-3.3 3-5.5A5.5 5.5 0 0 0 12 6a5.5 5.5 0 0 0-10 2.5c0 2.3 1.5 4 3 5.5l7 7z',
  hope: 'M12 2l2.9 6.3 6.9.7-5.2 4.6 1.5 6.8L12 17l-6.1 3.4 1.5-6.8L2.2 9l6.9-.7z',
  settings: 'M4 6h10M18 6h2M4 12h4M12 12h8M4 18h12M20 18h0M14 4v4M8 10v4M16 16v4',
  insights: 'M3 20h18M4 16l5-6 4 3 7-8',
} as const;

export type IconName = keyof typeof PATHS;

/** A line drawing in the icons' style (2 px round strokes in the text colour), decorative. */
export function LineArt({
  viewBox,
  size,
  class: className,
  children,
}: {
  viewBox: string;
  size: number;
  class: string;
  children: ComponentChildren;
}) {
  return (
    <svg
      class={className}
      viewBox={viewBox}
      width={size}
      height={size}
      fill="none"
      stroke="currentColor"
      stroke-width="2"
      stroke-linecap="round"
      stroke-linejoin="round"
      aria-hidden="true"
      focusable="false"
    >
      {children}
    </svg>
  );
}

export function Icon({ name, class: className }: { name: IconName; class?: string }) {
  return (
    <LineArt viewBox="0 0 24 24" size={24} class={className ? `icon ${className}` : 'icon'}>
      <path d={PATHS[name]} />
    </LineArt>
  );
}
