// The person's share links: each kept as a 'share-link' record in the encrypted vault (so the
// list, the link itself and the revoke credential survive a reload and never sit in plain
// storage), and the calls to the server's share API (docs/share-links.md). Only ciphertext, an
// expiry and the credential leave the device; the link's secret and the passphrase never do.
import { type DeriveBytes, deriveKeyBytes, fromBase64Url, toBase64Url } from '@onward/crypto';
import {
  encodeShareFragment,
  newShareKeys,
  type ShareKeys,
  sealShareSnapshot,
} from '@onward/crypto/share-link';
import { vault } from '../../vault/index.ts';
import { createWorkerDerive } from '../../vault/worker-derive.ts';
import { KIND, type ShareLinkRecord, type ShareSource } from './link-records.ts';
import { buildPayload, contentOf } from './snapshot.ts';

export const API = '/api/share/v1';

let derive: DeriveBytes | undefined;
/** Argon2id for a passphrase, off the page's thread when a Worker is available. */
const deriveOnce = (): DeriveBytes => {
  derive ??= createWorkerDerive() ?? deriveKeyBytes;
  return derive;
};

const random = (n: number) => toBase64Url(crypto.getRandomValues(new Uint8Array(n)));

export type ShareFailure = 'nothing' | 'too-large' | 'busy' | 'offline' | 'gone';

export type ShareResult<T> = { ok: true; value: T } | { ok: false; reason: ShareFailure };

async function send(
  method: string,
  path: string,
  token: string,
  body?: Uint8Array,
): Promise<Response | ShareFailure> {
  try {
    const response = await fetch(`${API}${path}`, {
      method,
      cache: 'no-store',
      headers: {
        authorization: `Bearer ${token}`,
        ...(body ? { 'content-type': 'application/octet-stream' } : {}),
      },
      ...(body ? { body: body as Uint8Array<ArrayBuffer> } : {}),
    });
    if (response.status === 413) return 'too-large';
    if (response.status === 429 || response.status >= 500) return 'busy';
    if (response.status === 404 || response.status === 410) return 'gone';
    return response;
  } catch {
    return 'offline';
  }
}

const keysOf = (r: ShareLinkRecord): Pick<ShareKeys, 'contentKey' | 'header'> => ({
  contentKey: fromBase64Url(r.contentKey) as ShareKeys['contentKey'],
  header: fromBase64Url(r.header) as ShareKeys['header'],
});

const encode = (json: string) => new TextEncoder().encode(json);

export interface NewLink extends ShareSource {
  lifetimeMs: number;
  note: string;
  passphrase: string;
  live: boolean;
}

/** Seals a snapshot under fresh keys, uploads the ciphertext, and keeps the link in the vault. */
export async function createLink(
  input: NewLink,
  origin = location.origin,
): Promise<ShareResult<ShareLinkRecord>> {
  const payload = buildPayload(input);
  if (!payload) return { ok: false, reason: 'nothing' };
  const id = random(16);
  const token = random(32);
  const now = Date.now();
  const expiresAt = now + input.lifetimeMs;
  const keys = await newShareKeys(
    input.passphrase ? { passphrase: input.passphrase, derive: deriveOnce() } : {},
  );
  const blob = await sealShareSnapshot(id, keys, encode(JSON.stringify(payload)));
  const answer = await send('POST', `/links/${id}?expires=${expiresAt}`, token, blob);
  if (typeof answer === 'string') return { ok: false, reason: answer };
  if (!answer.ok) return { ok: false, reason: 'busy' };
  const record: ShareLinkRecord = {
    v: 1,
    id,
    kind: input.kind,
    ...(input.days === undefined ? {} : { days: input.days }),
    ...(input.sections === undefined ? {} : { sections: input.sections }),
    url: `${origin}/s/${id}#${encodeShareFragment(keys.secret, expiresAt)}`,
    token,
    contentKey: toBase64Url(keys.contentKey),
    header: toBase64Url(keys.header),
    note: input.note.trim(),
    passphrase: input.passphrase !== '',
    live: input.live && input.kind === 'report',
    createdAt: new Date(now).toISOString(),
    expiresAt,
    sent: contentOf(payload),
    views: 0,
    lastViewedAt: null,
  };
  await vault.put(KIND, id, record);
  return { ok: true, value: record };
}

/** Re-seals a live link if what it shares has changed (same key, new ciphertext). */
export async function refreshLive(record: ShareLinkRecord): Promise<boolean> {
  const payload = buildPayload(record);
  if (!payload || contentOf(payload) === record.sent) return false;
  const blob = await sealShareSnapshot(record.id, keysOf(record), encode(JSON.stringify(payload)));
  const answer = await send('PUT', `/links/${record.id}`, record.token, blob);
  if (answer === 'gone') {
    await vault.delete(KIND, record.id);
    return false;
  }
  if (typeof answer === 'string' || !answer.ok) return false;
  await vault.put(KIND, record.id, { ...record, sent: contentOf(payload) });
  return true;
}

/** Asks the server how often the link was opened (not itself a view). */
export async function refreshViews(record: ShareLinkRecord): Promise<void> {
  const answer = await send('GET', `/links/${record.id}/status`, record.token);
  if (answer === 'gone') {
    await vault.delete(KIND, record.id);
    return;
  }
  if (typeof answer === 'string' || !answer.ok) return;
  const body = (await answer.json()) as { views?: unknown; lastViewedAt?: unknown };
  const views = typeof body.views === 'number' ? body.views : record.views;
  const lastViewedAt = typeof body.lastViewedAt === 'number' ? body.lastViewedAt : null;
  if (views !== record.views || lastViewedAt !== record.lastViewedAt) {
    await vault.put(KIND, record.id, { ...record, views, lastViewedAt });
  }
}

/** Deletes the link on the server at once, then forgets it here. */
export async function revokeLink(record: ShareLinkRecord): Promise<boolean> {
  const answer = await send('DELETE', `/links/${record.id}`, record.token);
  if (answer !== 'gone' && (typeof answer === 'string' || !answer.ok)) return false;
  await vault.delete(KIND, record.id);
  return true;
}
