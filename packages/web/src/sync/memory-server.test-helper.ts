// For the sync client's unit tests only: an in-memory server that follows docs/sync-protocol.md
// closely enough to drive the client (push idempotent by change id, pull pages, snapshot, SSE
// head events, pairing slots, device keys, mailbox, rotation, delete). The real server is tested
// over HTTP in packages/server and end to end in e2e/sync.e2e.ts; this exists so the client's
// logic runs in milliseconds. It sees exactly what a real server would: it records every body.
import { toBase64Url } from '@onward/crypto';

interface Vault {
  credHash: string;
  changes: { seq: number; id: string; envelope: string }[];
  head: number;
  snapshot?: { seq: number; bytes: Uint8Array };
  keyEpoch: number;
  devices: Map<
    string,
    { publicKey: string; mailboxHash: string; mailbox?: { keyEpoch: number; sealed: string } }
  >;
  streams: Set<ReadableStreamDefaultController<Uint8Array>>;
}

const sha = async (s: string) =>
  toBase64Url(new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(s))));

const json = (status: number, body?: unknown, headers: Record<string, string> = {}) =>
  new Response(body === undefined ? null : JSON.stringify({ v: 1, ...(body as object) }), {
    status,
    headers: { 'content-type': 'application/json', ...headers },
  });
const error = (status: number, reason: string, headers: Record<string, string> = {}) =>
  json(status, { error: { reason, message: reason } }, headers);

export function memoryServer() {
  const vaults = new Map<string, Vault>();
  const slots = new Map<
    string,
    {
      vaultId: string;
      offerKey: string;
      answerKey?: string;
      answerHash?: string;
      sealed?: string;
      state: string;
    }
  >();
  /** Every request body the server received (for "the server sees no plaintext" tests). */
  const seen: string[] = [];
  let offline = false;
  let busyOnce = 0;
  const enc = new TextEncoder();

  const send = (v: Vault, text: string) => {
    for (const c of [...v.streams]) {
      try {
        c.enqueue(enc.encode(text));
      } catch {
        v.streams.delete(c);
      }
    }
  };
  const closeAll = (v: Vault, event: string) => {
    send(v, `event: ${event}\ndata: {"v":1}\n\n`);
    for (const c of [...v.streams]) {
      try {
        c.close();
      } catch {}
    }
    v.streams.clear();
  };

  async function handle(req: Request): Promise<Response> {
    if (offline) throw new TypeError('Failed to fetch');
    const url = new URL(req.url);
    const path = url.pathname.replace(/^\/api\/sync\/v1/, '');
    const body =
      req.method === 'GET' || req.method === 'DELETE'
        ? undefined
        : new Uint8Array(await req.arrayBuffer());
    if (body) seen.push(new TextDecoder('latin1').decode(body));
    if (busyOnce > 0) {
      busyOnce--;
      return error(429, 'rate-limited', { 'retry-after': '1' });
    }
    const token = req.headers.get('authorization')?.replace(/^Bearer /, '') ?? '';
    const parsed =
      body && req.headers.get('content-type') === 'application/json'
        ? JSON.parse(new TextDecoder().decode(body))
        : undefined;
    let m = path.match(/^\/vaults\/([^/]+)(.*)$/);
    if (m) {
      const [, id, rest] = m as unknown as [string, string, string];
      let v = vaults.get(id);
      if (rest === '' && req.method === 'PUT') {
        if (v)
          return v.credHash === (await sha(token))
            ? json(200, { head: v.head })
            : error(409, 'vault-exists');
        v = {
          credHash: await sha(token),
          changes: [],
          head: 0,
          keyEpoch: 1,
          devices: new Map(),
          streams: new Set(),
        };
        vaults.set(id, v);
        return json(201, { head: 0 });
      }
      const mb = rest.match(/^\/devices\/([^/]+)\/mailbox$/);
      if (mb && v) {
        const d = v.devices.get(mb[1] as string);
        if (!d || d.mailboxHash !== (await sha(token))) return error(401, 'bad-credential');
        if (req.method === 'DELETE') {
          d.mailbox = undefined;
          return new Response(null, { status: 204 });
        }
        return d.mailbox ? json(200, d.mailbox) : new Response(null, { status: 204 });
      }
      if (!v) return error(404, 'vault-not-found');
      if (v.credHash !== (await sha(token))) return error(401, 'bad-credential');
      if (rest === '' && req.method === 'GET') {
        return json(200, { head: v.head, snapshotSeq: v.snapshot?.seq ?? 0, keyEpoch: v.keyEpoch });
      }
      if (rest === '' && req.method === 'DELETE') {
        vaults.delete(id);
        closeAll(v, 'deleted');
        return new Response(null, { status: 204 });
      }
      if (rest === '/changes' && req.method === 'POST') {
        const acks = [];
        for (const c of parsed.changes as { id: string; envelope: string }[]) {
          const had = v.changes.find((x) => x.id === c.id);
          if (had) acks.push({ id: c.id, seq: had.seq });
          else {
            v.head++;
            v.changes.push({ seq: v.head, id: c.id, envelope: c.envelope });
            acks.push({ id: c.id, seq: v.head });
          }
        }
        send(v, `event: head\ndata: {"v":1,"head":${v.head}}\n\n`);
        return json(200, { acks, head: v.head });
      }
      if (rest === '/changes' && req.method === 'GET') {
        const after = Number(url.searchParams.get('after') ?? 0);
        const limit = Number(url.searchParams.get('limit') ?? 500);
        if (v.snapshot && after < v.snapshot.seq) {
          const s = v.snapshot.seq;
          return json(200, {
            snapshot: { seq: s, bytes: v.snapshot.bytes.length },
            changes: [],
            cursor: s,
            more: v.head > s,
            head: v.head,
          });
        }
        const changes = v.changes.filter((c) => c.seq > after).slice(0, limit);
        const cursor = changes.at(-1)?.seq ?? after;
        return json(200, {
          snapshot: null,
          changes,
          cursor,
          more: v.changes.some((c) => c.seq > cursor),
          head: v.head,
        });
      }
      if (rest.startsWith('/snapshot') && req.method === 'PUT') {
        const seq = Number(url.searchParams.get('seq'));
        if (seq <= (v.snapshot?.seq ?? 0) || seq > v.head) return error(409, 'stale-snapshot');
        v.snapshot = { seq, bytes: body as Uint8Array };
        v.changes = v.changes.filter((c) => c.seq > seq);
        return json(200, { snapshotSeq: seq, dropped: 0 });
      }
      if (rest === '/snapshot' && req.method === 'GET') {
        if (!v.snapshot) return error(404, 'no-snapshot');
        return new Response(v.snapshot.bytes as Uint8Array<ArrayBuffer>, {
          status: 200,
          headers: {
            'content-type': 'application/octet-stream',
            'onward-snapshot-seq': String(v.snapshot.seq),
          },
        });
      }
      if (rest === '/events') {
        const vault = v;
        let ctl: ReadableStreamDefaultController<Uint8Array>;
        const stream = new ReadableStream<Uint8Array>({
          start(c) {
            ctl = c;
            vault.streams.add(c);
            c.enqueue(
              enc.encode(`retry: 2000\n\nevent: head\ndata: {"v":1,"head":${vault.head}}\n\n`),
            );
          },
          cancel() {
            vault.streams.delete(ctl);
          },
        });
        req.signal?.addEventListener('abort', () => vault.streams.delete(ctl));
        return new Response(stream, {
          status: 200,
          headers: { 'content-type': 'text/event-stream' },
        });
      }
      if (rest === '/devices' && req.method === 'GET') {
        return json(200, {
          devices: [...v.devices].map(([deviceKeyId, d]) => ({
            deviceKeyId,
            publicKey: d.publicKey,
          })),
        });
      }
      const dm = rest.match(/^\/devices\/([^/]+)$/);
      if (dm && req.method === 'PUT') {
        v.devices.set(dm[1] as string, {
          publicKey: parsed.publicKey,
          mailboxHash: await sha(parsed.mailboxToken),
        });
        return json(201, {});
      }
      if (rest === '/rotate' && req.method === 'POST') {
        const remaining = [...v.devices.keys()].filter(
          (d) => d !== parsed.from && !parsed.remove.includes(d),
        );
        const missing = remaining.filter(
          (d) => !parsed.mailbox.some((x: { deviceKeyId: string }) => x.deviceKeyId === d),
        );
        if (missing.length) return json(409, { error: { reason: 'mailbox-incomplete' }, missing });
        v.credHash = await sha(parsed.credential);
        v.keyEpoch++;
        for (const d of parsed.remove) v.devices.delete(d);
        for (const x of parsed.mailbox) {
          const d = v.devices.get(x.deviceKeyId);
          if (d) d.mailbox = { keyEpoch: v.keyEpoch, sealed: x.sealed };
        }
        closeAll(v, 'credential-changed');
        return json(200, { keyEpoch: v.keyEpoch });
      }
      return error(404, 'not-found');
    }
    if (path === '/pairing' && req.method === 'POST') {
      const v = vaults.get(parsed.vaultId);
      if (!v || v.credHash !== (await sha(token))) return error(401, 'bad-credential');
      const slotId = toBase64Url(crypto.getRandomValues(new Uint8Array(32)));
      slots.set(slotId, { vaultId: parsed.vaultId, offerKey: parsed.offerKey, state: 'open' });
      return json(201, { slotId, expiresAt: new Date(Date.now() + 300_000).toISOString() });
    }
    m = path.match(/^\/pairing\/([^/]+)(.*)$/);
    if (m) {
      const s = slots.get(m[1] as string);
      if (!s) return error(404, 'slot-not-found');
      const rest = m[2];
      if (rest === '/answer') {
        if (s.state !== 'open') return error(409, 'slot-used');
        const answerToken = toBase64Url(crypto.getRandomValues(new Uint8Array(32)));
        Object.assign(s, {
          answerKey: parsed.answerKey,
          answerHash: await sha(answerToken),
          state: 'answered',
        });
        return json(200, { offerKey: s.offerKey, answerToken, expiresAt: '' });
      }
      if (rest === '/sealed' && req.method === 'GET') {
        if (s.answerHash !== (await sha(token))) return error(401, 'bad-credential');
        if (s.state === 'answered') return json(202, { state: 'answered' });
        if (s.state !== 'sealed') return error(409, 'slot-used');
        s.state = 'collected';
        return json(200, { sealed: s.sealed });
      }
      const v = vaults.get(s.vaultId);
      if (!v || v.credHash !== (await sha(token))) return error(401, 'bad-credential');
      if (rest === '' && req.method === 'GET')
        return json(200, { state: s.state, expiresAt: '', answerKey: s.answerKey ?? null });
      if (rest === '/sealed' && req.method === 'PUT') {
        if (s.state !== 'answered') return error(409, 'slot-used');
        Object.assign(s, { sealed: parsed.sealed, state: 'sealed' });
        return new Response(null, { status: 204 });
      }
      if (rest === '' && req.method === 'DELETE') {
        s.state = 'cancelled';
        return new Response(null, { status: 204 });
      }
    }
    return error(404, 'not-found');
  }

  return {
    transport: {
      base: 'http://sync.test',
      fetch: ((input: RequestInfo | URL, init?: RequestInit) =>
        handle(new Request(input, init))) as typeof fetch,
    },
    seen,
    vaults,
    setOffline(value: boolean) {
      offline = value;
    },
    busy(times: number) {
      busyOnce = times;
    },
  };
}
