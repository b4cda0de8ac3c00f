// What a hope box holds, and the small pure rules about it (links, photo sizes, base64), kept
// apart from the DOM so they are tested in Node.
import { fail, ok, type Result } from '@onward/core';

export type HopeKind = 'reason' | 'message' | 'photo' | 'link' | 'memory' | 'future';

export const HOPE_KINDS: readonly HopeKind[] = [
  'reason',
  'message',
  'photo',
  'link',
  'memory',
  'future',
];

export interface HopeItem {
  kind: HopeKind;
  /** The person's words: the reason, message, memory, caption or a link's title. */
  text: string;
  /** Who a message is from. */
  from?: string;
  /** A link (song, video, page): opened only when the person taps it, never fetched. */
  url?: string;
  /** A photo's size; its bytes are the 'hope-photo' record with the same id. */
  photo?: { type: string; width: number; height: number };
}

/** A photo's bytes as base64 (the vault stores JSON), encrypted with every other record. */
export interface HopePhoto {
  type: string;
  data: string;
}

/** The longest side of a photo as kept: plenty for a phone screen, small enough to store. */
export const MAX_PHOTO_SIDE = 1280;

/** The size to draw a photo at so its longer side is at most `max`, never enlarged. */
export function fitWithin(
  width: number,
  height: number,
  max = MAX_PHOTO_SIDE,
): { width: number; height: number } {
  if (!(width > 0 && height > 0)) return { width: 0, height: 0 };
  const scale = Math.min(1, max / Math.max(width, height));
  return {
    width: Math.max(1, Math.round(width * scale)),
    height: Math.max(1, Math.round(height * scale)),
  };
}

/** Why a typed link was refused; the screen says each one kindly (hope.link.*). */
export type LinkProblem =
  /** Not a link at all (spaces, no host name). */
  | 'invalid'
  /** Another kind of address (javascript:, data:, file:, mailto:…): never put in an href. */
  | 'not-web'
  /** A name or password inside it (https://user:pw@host): it would be stored in the hope box,
   * and `https://trusted.example@other.example` hides where the link really goes. */
  | 'has-login'
  /** Starts with // (or \\): where it goes would depend on the page it is opened from. */
  | 'scheme-relative';

/**
 * A link the person typed, made safe to put in an href: http(s) only (never javascript:, data:
 * or file:), no name or password inside, not scheme-relative, with https:// added when they
 * typed just "example.com/song".
 */
export function checkLink(input: string): Result<string, LinkProblem> {
  const text = input.trim();
  if (text === '' || /\s/.test(text)) return fail('invalid');
  if (/^[/\\]{2}/.test(text)) return fail('scheme-relative');
  if (/^[/\\]/.test(text)) return fail('invalid');
  const hasScheme = /^[a-z][a-z0-9+.-]*:/i.test(text);
  const candidate = hasScheme ? text : `https://${text}`;
  let url: URL;
  try {
    url = new URL(candidate);
  } catch {
    return fail('invalid');
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return fail('not-web');
  if (url.username !== '' || url.password !== '') return fail('has-login');
  if (!url.hostname.includes('.') && url.hostname !== 'localhost') return fail('invalid');
  return ok(url.href);
}

/** Bytes to base64, in chunks (a whole photo at once would overflow the argument list). */
export function bytesToBase64(bytes: Uint8Array): string {
  let binary = '';
  const chunk = 0x8000;
  for (let i = 0; i < bytes.length; i += chunk) {
    binary += String.fromCharCode(...bytes.subarray(i, i + chunk));
  }
  return btoa(binary);
}

export function base64ToBytes(base64: string): Uint8Array<ArrayBuffer> {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

/** Reads a stored item defensively (it may come from another device or an older build). */
export function readHopeItem(value: unknown): HopeItem | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const v = value as Record<string, unknown>;
  if (!HOPE_KINDS.includes(v.kind as HopeKind)) return undefined;
  const item: HopeItem = {
    kind: v.kind as HopeKind,
    text: typeof v.text === 'string' ? v.text : '',
  };
  if (typeof v.from === 'string' && v.from) item.from = v.from;
  if (typeof v.url === 'string') {
    // Only ever a checked http(s) link in an href, whatever storage says.
    const link = checkLink(v.url);
    if (link.ok) item.url = link.value;
  }
  const p = v.photo as Record<string, unknown> | undefined;
  if (
    p &&
    typeof p.type === 'string' &&
    typeof p.width === 'number' &&
    typeof p.height === 'number'
  ) {
    item.photo = { type: p.type, width: p.width, height: p.height };
  }
  return item;
}
