// Hybrid logical clock (Kulkarni et al., 2014): a timestamp that follows the wall clock when it
// can, never goes backwards when the wall clock does, and orders every write from every device
// totally. Sync's last-writer-wins merge (lww.ts) compares these and nothing else.
//
// DEFINITIONS
// - wall: milliseconds since the epoch, the largest wall time this clock has seen (own or remote).
// - counter: how many events happened at that same `wall` (0 for the first).
// - device: the writing device's id; breaks the tie between two devices at the same wall+counter,
//   so no two writes ever compare equal unless they are the same write.
//
// Encoded as fixed-width base-36 text, `wall(10) counter(5) device`, so plain string comparison
// is clock order: the vault stores it, and the sync envelope carries it INSIDE the ciphertext
// (the server never sees a time).
//
// The wall clock is injected (`now`), never Date.now() here: tests drive time, and core has no
// platform code.

export interface Hlc {
  wall: number;
  counter: number;
  device: string;
}

const WALL_WIDTH = 10;
const COUNTER_WIDTH = 5;
/** 36^10 ms is about 115,000 years: far beyond any real wall clock. */
const MAX_WALL = 36 ** WALL_WIDTH - 1;
export const MAX_COUNTER = 36 ** COUNTER_WIDTH - 1;
/** A device id: 1 to 64 characters of base64url (what the web app makes: 16 random bytes). */
const DEVICE = /^[A-Za-z0-9_-]{1,64}$/;
/**
 * A remote clock this far ahead of our wall clock is not adopted (its change still merges by its
 * stamp): one device with a wrong date must not drag every other device's clock into the future.
 */
export const MAX_DRIFT_MS = 24 * 60 * 60 * 1000;

export function encodeHlc({ wall, counter, device }: Hlc): string {
  return (
    wall.toString(36).padStart(WALL_WIDTH, '0') +
    counter.toString(36).padStart(COUNTER_WIDTH, '0') +
    device
  );
}

/**
 * A whole stamp: wall and counter in lowercase base 36 at their full widths, then a device id.
 * Every such text is one encodeHlc could have produced (36^10 is below 2^53, so the wall parses
 * exactly and encodes back to the same digits), and nothing else is.
 */
const STAMP = new RegExp(
  `^([0-9a-z]{${WALL_WIDTH}})([0-9a-z]{${COUNTER_WIDTH}})(${DEVICE.source.slice(1, -1)})$`,
);

/** Strict: undefined for anything encodeHlc could not have produced. */
export function decodeHlc(text: string): Hlc | undefined {
  // One pattern, no re-encoding to compare: a newly linked device decodes 50,000 of these.
  const m = typeof text === 'string' ? STAMP.exec(text) : null;
  if (!m) return undefined;
  return {
    wall: Number.parseInt(m[1] as string, 36),
    counter: Number.parseInt(m[2] as string, 36),
    device: m[3] as string,
  };
}

/** Clock order: negative if a is earlier, positive if later, 0 only for the same stamp. */
export function compareHlc(a: Hlc, b: Hlc): number {
  return (
    a.wall - b.wall ||
    a.counter - b.counter ||
    (a.device < b.device ? -1 : a.device > b.device ? 1 : 0)
  );
}

export interface HlcClock {
  /** A stamp for a local write: later than every stamp this clock has made or received. */
  tick(): Hlc;
  /** Takes in a stamp from another device so the next local write is later than it. */
  receive(remote: Hlc): void;
  /** The last stamp made or received (for saving; a reload restores it with `last`). */
  current(): Hlc;
}

export function isDeviceId(id: string): boolean {
  return DEVICE.test(id);
}

export function createHlc(options: { device: string; now: () => number; last?: Hlc }): HlcClock {
  const { device, now } = options;
  if (!DEVICE.test(device)) throw new TypeError('device id must be 1-64 base64url characters');
  let wall = options.last?.wall ?? 0;
  let counter = options.last?.counter ?? 0;
  const readNow = () => {
    const t = Math.floor(now());
    return Number.isFinite(t) && t >= 0 ? Math.min(t, MAX_WALL) : 0;
  };
  const bump = (nextWall: number, nextCounter: number) => {
    if (nextCounter > MAX_COUNTER) {
      // 60 million writes in one millisecond: move to the next millisecond rather than wrap.
      wall = nextWall + 1;
      counter = 0;
    } else {
      wall = nextWall;
      counter = nextCounter;
    }
  };
  return {
    tick() {
      const t = readNow();
      if (t > wall) bump(t, 0);
      else bump(wall, counter + 1);
      return { wall, counter, device };
    },
    receive(remote) {
      const t = readNow();
      if (remote.wall - t > MAX_DRIFT_MS) return;
      const top = Math.max(wall, remote.wall, t);
      if (top === wall && top === remote.wall) bump(top, Math.max(counter, remote.counter) + 1);
      else if (top === wall) bump(top, counter + 1);
      else if (top === remote.wall) bump(top, remote.counter + 1);
      else bump(top, 0);
    },
    current: () => ({ wall, counter, device }),
  };
}
