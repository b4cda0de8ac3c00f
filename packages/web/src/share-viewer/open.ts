// Opening a share link, as pure steps the viewer (main.ts) and its tests share: read the link,
// fetch the ciphertext, decrypt, check the document. Every failure is one of a few kinds the
// viewer shows in kind words; nothing is thrown.

import type { DeriveBytes } from '@onward/crypto/share-link';
import { openShareSnapshot, parseShareFragment, readShareHeader } from '@onward/crypto/share-link';
import { readSharePayload, type SharePayloadV1 } from '../features/share/share-doc.ts';

export type ViewFailure =
  | 'damaged'
  | 'newer'
  | 'expired'
  | 'revoked'
  | 'unknown'
  | 'offline'
  | 'wrong-passphrase';

export interface Fetched {
  id: string;
  secret: Uint8Array;
  expiresAt: number;
  blob: Uint8Array;
  needsPassphrase: boolean;
}

const idPattern = /^[A-Za-z0-9_-]{21}[AQgw]$/;

/** The link's id and key from the address, then the ciphertext from the server. */
export async function fetchShare(
  pathname: string,
  hash: string,
  now: number,
  get: (url: string) => Promise<Response> = (url) =>
    fetch(url, { cache: 'no-store', credentials: 'omit', referrerPolicy: 'no-referrer' }),
): Promise<{ ok: true; value: Fetched } | { ok: false; reason: ViewFailure }> {
  const id = decodeURIComponent(/^\/s\/([^/]*)\/?$/.exec(pathname)?.[1] ?? '');
  const fragment = parseShareFragment(hash);
  if (!fragment.ok) {
    return { ok: false, reason: fragment.reason === 'unsupported-version' ? 'newer' : 'damaged' };
  }
  if (!idPattern.test(id)) return { ok: false, reason: 'damaged' };
  let response: Response;
  try {
    response = await get(`/api/share/v1/links/${id}`);
  } catch {
    return { ok: false, reason: 'offline' };
  }
  if (response.status === 410) {
    const body = (await response.json().catch(() => ({}))) as { error?: { reason?: string } };
    return { ok: false, reason: body.error?.reason === 'revoked' ? 'revoked' : 'expired' };
  }
  if (response.status === 404) {
    return { ok: false, reason: fragment.value.expiresAt <= now ? 'expired' : 'unknown' };
  }
  if (response.status === 400) return { ok: false, reason: 'damaged' };
  if (!response.ok) return { ok: false, reason: 'offline' };
  const blob = new Uint8Array(await response.arrayBuffer());
  const header = readShareHeader(blob);
  if (!header.ok) {
    return { ok: false, reason: header.reason === 'unsupported-version' ? 'newer' : 'damaged' };
  }
  return {
    ok: true,
    value: {
      id,
      secret: fragment.value.secret,
      expiresAt: fragment.value.expiresAt,
      blob,
      needsPassphrase: header.value.header.kdf !== undefined,
    },
  };
}

/** Decrypts and checks the document. */
export async function openFetched(
  fetched: Fetched,
  passphrase?: string,
  derive?: DeriveBytes,
): Promise<{ ok: true; value: SharePayloadV1 } | { ok: false; reason: ViewFailure }> {
  const opened = await openShareSnapshot(
    fetched.id,
    fetched.secret,
    fetched.blob,
    passphrase,
    derive,
  );
  if (!opened.ok) {
    if (opened.reason === 'wrong-passphrase' || opened.reason === 'needs-passphrase') {
      return { ok: false, reason: 'wrong-passphrase' };
    }
    return { ok: false, reason: opened.reason === 'unsupported-version' ? 'newer' : 'damaged' };
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(opened.value);
  } catch {
    return { ok: false, reason: 'damaged' };
  }
  const payload = readSharePayload(text);
  return payload ? { ok: true, value: payload } : { ok: false, reason: 'newer' };
}
