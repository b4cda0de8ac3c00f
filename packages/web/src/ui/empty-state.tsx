// What a screen shows when there is nothing yet: a calm shape (a sun low over two soft hills:
// no people, nothing that could be a trigger), one line saying what will appear here, and, if
// given, the ways to start. The shape is decoration only (aria-hidden).
import type { ComponentChildren } from 'preact';
import { LineArt } from './icons.tsx';

export function EmptyState({ text, children }: { text: string; children?: ComponentChildren }) {
  return (
    <div class="empty-state">
      <LineArt viewBox="0 0 64 64" size={64} class="empty-state-art">
        <circle cx="32" cy="30" r="9" />
        <path d="M4 50c8-8 16-10 24-6s16 4 32-6" />
        <path d="M10 58c10-5 22-6 32-3s12 2 14 1" />
      </LineArt>
      <p class="empty-state-text">{text}</p>
      {children}
    </div>
  );
}
