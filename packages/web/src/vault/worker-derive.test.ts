// The page's side of the key-derivation worker, with a stand-in Worker that runs the real
// kdf-worker.ts message handler (Node has no DOM Worker). The browser proof is e2e
// vault-worker.e2e.ts; the figures are in bench/vault-chromium.ts.
import { DEFAULT_KDF_PARAMS, deriveKeyBytes, type KdfParams } from '@onward/crypto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { DeriveAnswer, DeriveRequest } from './kdf-worker.ts';
import { createWorkerDerive, KDF_WORKER_IDLE_MS } from './worker-derive.ts';

const params: KdfParams = { alg: 'argon2id', m: 64, t: 1, p: 1 };
const salt = new Uint8Array(16).fill(7);

/** A Worker stand-in: posts go to `handle`, answers come back asynchronously. */
class FakeWorker {
  onmessage: ((event: MessageEvent<DeriveAnswer>) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  onmessageerror: (() => void) | null = null;
  terminated = false;
  received: DeriveRequest[] = [];
  readonly handle: (r: DeriveRequest) => Promise<DeriveAnswer | 'crash'>;
  constructor(handle: (r: DeriveRequest) => Promise<DeriveAnswer | 'crash'>) {
    this.handle = handle;
  }
  postMessage(request: DeriveRequest) {
    this.received.push(request);
    void this.handle(request).then((answer) => {
      if (answer === 'crash') {
        this.onerror?.({ preventDefault() {} } as ErrorEvent);
        return;
      }
      this.onmessage?.({ data: answer } as MessageEvent<DeriveAnswer>);
    });
  }
  terminate() {
    this.terminated = true;
  }
}

const realWorker = async (r: DeriveRequest): Promise<DeriveAnswer> => ({
  id: r.id,
  ok: true,
  bytes: await deriveKeyBytes(r.secret, r.salt, r.params),
});

afterEach(() => {
  vi.unstubAllGlobals();
  vi.useRealTimers();
});

describe('createWorkerDerive', () => {
  it('is not used where there is no Worker (the engine then derives on its own thread)', () => {
    expect(typeof Worker).toBe('undefined');
    expect(createWorkerDerive()).toBeUndefined();
  });

  it('gives the same bytes as Argon2id on this thread, and sends the secret only to the worker', async () => {
    vi.stubGlobal('Worker', FakeWorker);
    const fake = new FakeWorker(realWorker);
    const derive = createWorkerDerive(() => fake as unknown as Worker);
    const [a, b] = await Promise.all([
      derive?.('quiet river 42', salt, params),
      derive?.('another one', salt, params),
    ]);
    expect(a).toEqual(await deriveKeyBytes('quiet river 42', salt, params));
    expect(b).toEqual(await deriveKeyBytes('another one', salt, params));
    expect(fake.received.map((r) => r.secret)).toEqual(['quiet river 42', 'another one']);
  });

  it('falls back to this thread when the worker fails, so nobody is locked out', async () => {
    vi.stubGlobal('Worker', FakeWorker);
    let spawned = 0;
    const derive = createWorkerDerive(() => {
      spawned++;
      return new FakeWorker(async () => 'crash') as unknown as Worker;
    });
    const expected = await deriveKeyBytes('quiet river 42', salt, params);
    expect(await derive?.('quiet river 42', salt, params)).toEqual(expected);
    expect(await derive?.('quiet river 42', salt, params)).toEqual(expected);
    expect(spawned).toBe(1);
  });

  it('falls back when the worker cannot be started or answers that it failed', async () => {
    vi.stubGlobal('Worker', FakeWorker);
    const expected = await deriveKeyBytes('quiet river 42', salt, params);
    const cannot = createWorkerDerive(() => {
      throw new Error('blocked');
    });
    expect(await cannot?.('quiet river 42', salt, params)).toEqual(expected);
    const refuses = createWorkerDerive(
      () => new FakeWorker(async (r) => ({ id: r.id, ok: false })) as unknown as Worker,
    );
    expect(await refuses?.('quiet river 42', salt, params)).toEqual(expected);
  });

  it('closes the worker after an idle time, freeing its memory, and starts a new one later', async () => {
    vi.stubGlobal('Worker', FakeWorker);
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const workers: FakeWorker[] = [];
    const derive = createWorkerDerive(() => {
      const w = new FakeWorker(realWorker);
      workers.push(w);
      return w as unknown as Worker;
    });
    await derive?.('a', salt, params);
    vi.advanceTimersByTime(KDF_WORKER_IDLE_MS - 1);
    expect(workers[0]?.terminated).toBe(false);
    vi.advanceTimersByTime(1);
    expect(workers[0]?.terminated).toBe(true);
    await derive?.('b', salt, params);
    expect(workers).toHaveLength(2);
  });

  it('uses the default parameters unchanged', () => {
    expect(DEFAULT_KDF_PARAMS).toMatchObject({ m: 65536, t: 3, p: 1 });
  });
});
