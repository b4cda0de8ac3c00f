// Token buckets, per key (a vault id, or a client address), in this process's memory.
// A bucket holds up to a minute's allowance and refills evenly. Full buckets are forgotten by a
// periodic sweep, so memory follows the number of recently active keys.

export interface RateLimiter {
  /** Takes one token. Returns 0 when allowed, else the seconds to wait. */
  take(key: string): number;
  close(): void;
}

interface Bucket {
  tokens: number;
  at: number;
}

export function createRateLimiter(perMinute: number, now: () => number = Date.now): RateLimiter {
  if (perMinute <= 0) return { take: () => 0, close: () => undefined };
  const perMs = perMinute / 60_000;
  const buckets = new Map<string, Bucket>();
  const refill = (bucket: Bucket, t: number) => {
    // A clock that steps back (NTP, a test moving time) must never drain a bucket.
    if (t <= bucket.at) return;
    bucket.tokens = Math.min(perMinute, bucket.tokens + (t - bucket.at) * perMs);
    bucket.at = t;
  };
  const sweep = setInterval(() => {
    const t = now();
    for (const [key, bucket] of buckets) {
      refill(bucket, t);
      if (bucket.tokens >= perMinute) buckets.delete(key);
    }
  }, 60_000);
  sweep.unref();
  return {
    take(key) {
      const t = now();
      let bucket = buckets.get(key);
      if (bucket === undefined) {
        bucket = { tokens: perMinute, at: t };
        buckets.set(key, bucket);
      } else {
        refill(bucket, t);
      }
      if (bucket.tokens >= 1) {
        bucket.tokens -= 1;
        return 0;
      }
      return (1 - bucket.tokens) / perMs / 1000;
    },
    close() {
      clearInterval(sweep);
      buckets.clear();
    },
  };
}
