// Randomness is injected so test vectors are reproducible. Production code always uses the
// default: the platform CSPRNG (crypto.getRandomValues), in Node and browsers alike.

/** Fills `array` with random bytes in place, like crypto.getRandomValues. */
export type Rng = (array: Uint8Array<ArrayBuffer>) => unknown;

export const defaultRng: Rng = (array) => globalThis.crypto.getRandomValues(array);

export function randomBytes(n: number, rng: Rng = defaultRng): Uint8Array<ArrayBuffer> {
  const out = new Uint8Array(n);
  rng(out);
  return out;
}

/**
 * For test vectors and tests only: hands out the given chunks in order, each exactly once, and
 * throws if asked for a different length or for more. Never use outside tests.
 */
export function fixedRng(...chunks: Uint8Array[]): Rng {
  const queue = [...chunks];
  return (array) => {
    const next = queue.shift();
    if (next === undefined) throw new Error('fixedRng: no more bytes');
    if (next.length !== array.length) {
      throw new Error(`fixedRng: asked for ${array.length} bytes, next chunk has ${next.length}`);
    }
    array.set(next);
    return array;
  };
}
