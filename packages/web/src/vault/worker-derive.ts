// Argon2id off the main thread: a DeriveBytes (see @onward/crypto's kdf.ts) that runs each
// derivation in kdf-worker.ts, a dedicated module worker. The vault engine takes it as
// EngineOptions.derive (start.ts), its one key-derivation seam, so every passcode and backup
// passphrase derivation runs there.
//
// Before (issue 10, finding 8): Argon2id ran on the page's thread, freezing it for 1.1-1.8 s on
// each unlock here (3-5x on phones), and quick exit waited for it. Now the page's longest task
// during an unlock is a few milliseconds (bench/vault-chromium.ts prints it).
//
// The worker starts on the first derivation and is closed after a short idle time so its 64 MiB of Argon2id memory goes back to the phone.
// Where there is no Worker (Node unit tests) this returns undefined and the engine uses
// deriveKeyBytes on its own thread. If the worker cannot start or fails, that derivation and the
// later ones also run on this thread: a frozen page for a second is better than a person locked
// out of their own records.
import { type Bytes, type DeriveBytes, deriveKeyBytes, type KdfParams } from '@onward/crypto';
import type { DeriveAnswer, DeriveRequest } from './kdf-worker.ts';

/** Closed after this long without a derivation (its memory is freed with it). */
export const KDF_WORKER_IDLE_MS = 30_000;

type Pending = {
  resolve: (bytes: Bytes) => void;
  fallBack: () => void;
};

export function createWorkerDerive(
  spawn: () => Worker = () =>
    new Worker(new URL('./kdf-worker.ts', import.meta.url), { type: 'module', name: 'kdf' }),
): DeriveBytes | undefined {
  if (typeof Worker === 'undefined') return undefined;
  let worker: Worker | undefined;
  let broken = false;
  let nextId = 1;
  const pending = new Map<number, Pending>();
  let idle: ReturnType<typeof setTimeout> | undefined;

  const close = () => {
    worker?.terminate();
    worker = undefined;
  };
  const fail = () => {
    // The worker could not start or threw: every waiting derivation runs on this thread.
    broken = true;
    close();
    const waiting = [...pending.values()];
    pending.clear();
    for (const p of waiting) p.fallBack();
  };
  const start = (): Worker | undefined => {
    if (broken) return undefined;
    if (worker) return worker;
    try {
      worker = spawn();
    } catch {
      broken = true;
      return undefined;
    }
    worker.onmessage = (event: MessageEvent<DeriveAnswer>) => {
      const answer = event.data;
      const p = pending.get(answer.id);
      if (!p) return;
      pending.delete(answer.id);
      if (answer.ok) p.resolve(answer.bytes);
      else p.fallBack();
      if (pending.size === 0) idle = setTimeout(close, KDF_WORKER_IDLE_MS);
    };
    worker.onerror = (event) => {
      event.preventDefault();
      fail();
    };
    worker.onmessageerror = fail;
    return worker;
  };

  const derive: DeriveBytes = (secret: string, salt: Uint8Array, params: KdfParams) => {
    clearTimeout(idle);
    const running = start();
    if (!running) return deriveKeyBytes(secret, salt, params);
    return new Promise<Bytes>((resolve, reject) => {
      const id = nextId++;
      pending.set(id, {
        resolve,
        fallBack: () => deriveKeyBytes(secret, salt, params).then(resolve, reject),
      });
      const request: DeriveRequest = { id, secret, salt, params };
      running.postMessage(request);
    });
  };

  return derive;
}
