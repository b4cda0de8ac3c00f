// Test helper (not a test file): a small share-link API client over real HTTP, on top of the
// sync test client (same server start-up on a fresh database of either dialect).
import { type Answer, call, randomEnvelope, randomId, randomToken } from '../sync/test-client.ts';

export const sharePath = '/api/share/v1';
const day = 24 * 60 * 60 * 1000;

export function shareCall(
  base: string,
  method: string,
  path: string,
  options: { token?: string; body?: RequestInit['body']; type?: string } = {},
): Promise<Answer> {
  const type =
    options.type ?? (options.body === undefined ? undefined : 'application/octet-stream');
  return call(base, method, path, {
    ...options,
    ...(type === undefined ? {} : { type }),
    prefix: sharePath,
  });
}

export interface TestLink {
  id: string;
  token: string;
  expiresAt: number;
  data: Uint8Array;
}

/** Creates a link with random ciphertext (or `data`); throws unless the server says 201. */
export async function createLink(
  base: string,
  options: { now?: number; lifetimeMs?: number; data?: Uint8Array } = {},
): Promise<TestLink> {
  const link = {
    id: randomId(),
    token: randomToken(),
    expiresAt: (options.now ?? Date.now()) + (options.lifetimeMs ?? 7 * day),
    data: options.data ?? randomEnvelope(300),
  };
  const res = await shareCall(base, 'POST', `/links/${link.id}?expires=${link.expiresAt}`, {
    token: link.token,
    body: link.data,
  });
  if (res.status !== 201) throw new Error(`create link: ${res.status} ${JSON.stringify(res.body)}`);
  return link;
}

/** GET the link as a viewer would: status and the bytes. */
export async function viewLink(base: string, id: string) {
  const res = await fetch(`${base}${sharePath}/links/${id}`);
  const bytes = new Uint8Array(await res.arrayBuffer());
  return { status: res.status, headers: res.headers, bytes };
}
