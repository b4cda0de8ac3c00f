// The key-derivation worker: Argon2id (hash-wasm, bundled with the app) on its own thread, so a
// passcode or backup passphrase turns into a key while the page stays responsive. Quick exit,
// "Get help now" and typing keep working during the second or so it takes (several on a phone).
//
// A module worker from our own origin (CSP worker-src 'self'); its script is served with the
// app's CSP, whose 'wasm-unsafe-eval' lets it compile Argon2id's WebAssembly. It keeps nothing:
// each message is one derivation, answered with the 32 key bytes, which are moved (transferred)
// to the page, not copied, so no copy stays here. See worker-derive.ts for the page's side.
import { type Bytes, deriveKeyBytes, type KdfParams } from '@onward/crypto';

export interface DeriveRequest {
  id: number;
  secret: string;
  salt: Uint8Array;
  params: KdfParams;
}

export type DeriveAnswer = { id: number; ok: true; bytes: Bytes } | { id: number; ok: false };

// The DOM lib has no DedicatedWorkerGlobalScope type and cannot be mixed with the webworker lib
// here, so the two members used are declared.
declare const self: {
  onmessage: ((event: MessageEvent<DeriveRequest>) => void) | null;
  postMessage(message: DeriveAnswer, transfer?: Transferable[]): void;
};

self.onmessage = (event) => {
  const { id, secret, salt, params } = event.data;
  deriveKeyBytes(secret, salt, params).then(
    (bytes) => self.postMessage({ id, ok: true, bytes }, [bytes.buffer]),
    // Never the error's text: it could quote its input. The page tells the person kindly.
    () => self.postMessage({ id, ok: false }),
  );
};
