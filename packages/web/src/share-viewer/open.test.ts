import { encodeShareFragment, newShareKeys, sealShareSnapshot } from '@onward/crypto/share-link';
import { describe, expect, it } from 'vitest';
import { fetchShare, openFetched } from './open.ts';

// The viewer's steps without a browser: the address and the server's answers map to the kind
// states the page shows, and only the id ever goes into a request.

const id = 'AAAAAAAAAAAAAAAAAAAAAA';
const day = 24 * 60 * 60 * 1000;
const now = Date.UTC(2026, 11, 2);
const doc = {
  v: 1,
  kind: 'plan',
  lang: 'en',
  title: 'My safety plan',
  subtitle: [],
  madeAt: new Date(now).toISOString(),
  blocks: [{ t: 'p', x: 'hello' }],
};

async function link(expiresAt = now + day) {
  const keys = await newShareKeys();
  const blob = await sealShareSnapshot(id, keys, new TextEncoder().encode(JSON.stringify(doc)));
  return { hash: `#${encodeShareFragment(keys.secret, expiresAt)}`, blob };
}

const answer =
  (status: number, body?: BodyInit, type = 'application/json') =>
  async () =>
    new Response(body ?? null, { status, headers: { 'content-type': type } });

describe('opening a share link', () => {
  it('fetches by id only, then decrypts and checks the document', async () => {
    const { hash, blob } = await link();
    const asked: string[] = [];
    const fetched = await fetchShare(`/s/${id}`, hash, now, async (url) => {
      asked.push(url);
      return new Response(blob as Uint8Array<ArrayBuffer>, { status: 200 });
    });
    expect(asked).toEqual([`/api/share/v1/links/${id}`]);
    expect(fetched.ok).toBe(true);
    if (!fetched.ok) return;
    expect(await openFetched(fetched.value)).toEqual({ ok: true, value: doc });
  });

  it('maps every failure to a kind state', async () => {
    const { hash } = await link(now - 1);
    const cases: [string, string, () => Promise<Response>, string][] = [
      [`/s/${id}`, '', answer(200), 'damaged'],
      [`/s/${id}`, '#1.short.abc', answer(200), 'damaged'],
      [`/s/${id}`, hash.replace('#1.', '#7.'), answer(200), 'newer'],
      ['/s/nope', hash, answer(200), 'damaged'],
      [`/s/${id}`, hash, answer(410, '{"v":1,"error":{"reason":"revoked"}}'), 'revoked'],
      [`/s/${id}`, hash, answer(410, '{"v":1,"error":{"reason":"expired"}}'), 'expired'],
      // The server forgot it, and the fragment says it has expired.
      [`/s/${id}`, hash, answer(404), 'expired'],
      [`/s/${id}`, (await link()).hash, answer(404), 'unknown'],
      [`/s/${id}`, hash, answer(503), 'offline'],
      [
        `/s/${id}`,
        hash,
        answer(200, new Uint8Array([1, 0, 2]), 'application/octet-stream'),
        'damaged',
      ],
      [`/s/${id}`, hash, async () => Promise.reject(new TypeError('network')), 'offline'],
    ];
    for (const [path, fragment, get, reason] of cases) {
      expect(await fetchShare(path, fragment, now, get), `${path}${fragment}`).toEqual({
        ok: false,
        reason,
      });
    }
  });

  it('says damaged when the key does not open the snapshot', async () => {
    const { blob } = await link();
    const other = await link();
    const fetched = await fetchShare(
      `/s/${id}`,
      other.hash,
      now,
      async () => new Response(blob as Uint8Array<ArrayBuffer>, { status: 200 }),
    );
    if (!fetched.ok) throw new Error(fetched.reason);
    expect(await openFetched(fetched.value)).toEqual({ ok: false, reason: 'damaged' });
  });
});
