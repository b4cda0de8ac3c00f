// Randomness for "what helps me", behind a seam: the ranking takes a `Random` (a function giving
// uniform numbers in [0, 1)), so tests pass a seeded one and get the same suggestion every time,
// and the app passes one seeded once per visit so a suggestion does not flicker on re-render.

/** Uniform numbers in [0, 1). */
export type Random = () => number;

/**
 * A small, fast, seeded generator (mulberry32). Not for secrets: it only decides which coping
 * tool to suggest, and must be reproducible in tests.
 */
export function seededRandom(seed: number): Random {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let x = state;
    x = Math.imul(x ^ (x >>> 15), x | 1);
    x ^= x + Math.imul(x ^ (x >>> 7), x | 61);
    return ((x ^ (x >>> 14)) >>> 0) / 4294967296;
  };
}

/** A standard normal draw (Box–Muller) from a uniform source. */
export function standardNormal(random: Random): number {
  // 1 - u is in (0, 1], so the logarithm is finite.
  const u1 = 1 - random();
  const u2 = random();
  return Math.sqrt(-2 * Math.log(u1)) * Math.cos(2 * Math.PI * u2);
}
