// Builders for the links behind every "call" and "text" button. A wrong link here means a person
// in crisis dials nothing, so these are tiny, pure and tested against every directory entry.
import type { ContactMethod } from './crisis-directory.ts';

/**
 * Digits only, keeping one leading "+" (international form) or "*" (a mobile short code such as
 * Chile's *4141, which RFC 3966 allows in a local number). Everything else is dropped.
 */
export function dialString(number: string): string {
  const trimmed = number.trim();
  const digits = trimmed.replace(/\D+/g, '');
  if (trimmed.startsWith('+')) return `+${digits}`;
  return trimmed.startsWith('*') ? `*${digits}` : digits;
}

/** `tel:` link: "116 123" → "tel:116123", "+61 477 13 11 14" → "tel:+61477131114". */
export function telHref(number: string): string {
  return `tel:${dialString(number)}`;
}

/**
 * `sms:` link. With a keyword, the body is prefilled with the `?&body=` form, which both iOS
 * (which wants `&body=`) and Android (which reads the `?body=` query) accept:
 * smsHref("85258", "SHOUT") → "sms:85258?&body=SHOUT". The body is URL-encoded.
 */
export function smsHref(number: string, keyword?: string): string {
  const base = `sms:${dialString(number)}`;
  if (keyword === undefined || keyword.trim() === '') return base;
  return `${base}?&body=${encodeURIComponent(keyword.trim())}`;
}

/** The href for one contact method: tel:, sms: (keyword prefilled) or the chat page's URL. */
export function methodHref(method: ContactMethod): string {
  switch (method.kind) {
    case 'call':
      return telHref(method.number);
    case 'text':
      return smsHref(method.number, method.keyword);
    case 'chat':
      return method.url;
  }
}

const NO_BREAK_SPACE = '\u00a0';

/**
 * The number as people read it: the stored grouping ("116 123"), trimmed, with the groups
 * joined by no-break spaces so a number never wraps across two lines at large text sizes.
 */
export function displayNumber(number: string): string {
  return number.trim().split(/\s+/).filter(Boolean).join(NO_BREAK_SPACE);
}
