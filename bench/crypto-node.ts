// Crypto figures in Node (not a test; prints numbers):
//   node bench/crypto-node.ts
// - Argon2id at the default parameters (the passcode unlock and backup cost);
// - unwrapping the data key with a passcode (KDF + AES-KW) and with a device key (AES-KW only);
// - decrypt-and-parse of 50,000 small JSON records (~200 bytes) through decryptRecord, beside
//   raw AES-GCM decryption of the same bytes, as a ratio (the cost of our layer: envelope
//   parsing, building the associated data, UTF-8 decoding and JSON.parse).
// A Chromium version comes with the vault.

import { loadavg } from 'node:os';
import {
  DEFAULT_KDF_PARAMS,
  decodeEnvelopeV1,
  decryptRecord,
  deriveKeyBytes,
  encryptRecord,
  generateDataKey,
  generateDeviceKey,
  recordAadV1,
  unwrapDataKeyWithDeviceKey,
  unwrapDataKeyWithPasscode,
  wrapDataKeyWithDeviceKey,
  wrapDataKeyWithPasscode,
} from '@onward/crypto';

const RECORDS = 50_000;

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] as number;
};
async function timeIt(runs: number, f: () => Promise<unknown>): Promise<number[]> {
  const out: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    await f();
    out.push(performance.now() - t);
  }
  return out;
}
/** arr[i], for indices known to be in range. */
function at<T>(arr: readonly T[], i: number): T {
  const v = arr[i];
  if (v === undefined) throw new RangeError(`no item ${i}`);
  return v;
}
const ms = (x: number) => `${x.toFixed(x < 10 ? 2 : 0)} ms`;

const load = () => loadavg()[0]?.toFixed(2);
console.log(
  `Node ${process.version}, ${navigator.hardwareConcurrency} cores, load average ${load()} ` +
    '(figures are noisy when other work shares the machine)',
);
const { m, t, p } = DEFAULT_KDF_PARAMS;
console.log(`\nArgon2id m=${m / 1024} MiB t=${t} p=${p}`);
const salt = crypto.getRandomValues(new Uint8Array(16));
const kdf = await timeIt(7, () => deriveKeyBytes('4827', salt, DEFAULT_KDF_PARAMS));
console.log(`  derive: median ${ms(median(kdf))}, min ${ms(Math.min(...kdf))} (7 runs)`);

const dataKey = await generateDataKey();
const byPasscode = await wrapDataKeyWithPasscode(dataKey, '4827');
const passUnwrap = await timeIt(5, () => unwrapDataKeyWithPasscode(byPasscode, '4827'));
console.log(`  unwrap with passcode (KDF + AES-KW): median ${ms(median(passUnwrap))}`);
const device = await generateDeviceKey();
const byDevice = await wrapDataKeyWithDeviceKey(dataKey, device);
const devUnwrap = await timeIt(1000, () => unwrapDataKeyWithDeviceKey(byDevice, device));
console.log(`  unwrap with device key (AES-KW): median ${ms(median(devUnwrap))}`);

// ~200-byte JSON records shaped like urge-log entries.
const emotions = ['shame', 'loneliness', 'numbness', 'anger', 'sadness', 'frustration'];
const tools = ['paced-breathing', 'urge-surfing', 'grounding-54321', 'tipp-cold-water'];
const records = Array.from({ length: RECORDS }, (_, i) => ({
  id: `01J9ZQ${i.toString(36).padStart(8, '0').toUpperCase()}`,
  at: new Date(Date.UTC(2026, 0, 1) + i * 3_600_000).toISOString(),
  before: i % 11,
  after: (i * 7) % 11,
  acted: i % 13 === 0,
  emotions: [emotions[i % 6], emotions[(i + 2) % 6]],
  helped: [tools[i % 4]],
  note: 'Went for a walk and called a friend.',
}));
const plainBytes = records.map((r) => JSON.stringify(r).length);
const avg = plainBytes.reduce((a, b) => a + b, 0) / RECORDS;
const refs = records.map((r) => ({ kind: 'urge', id: r.id }));

const t0 = performance.now();
const envelopes: Uint8Array[] = [];
for (let i = 0; i < RECORDS; i++)
  envelopes.push(await encryptRecord(dataKey, at(refs, i), at(records, i)));
const encMs = performance.now() - t0;
console.log(`\n${RECORDS} records, ${avg.toFixed(0)} bytes of JSON each on average`);
console.log(
  `  encryptRecord, one at a time: ${ms(encMs)} (${((encMs * 1000) / RECORDS).toFixed(1)} µs each)`,
);

// The raw baseline gets its inputs ready outside the clock: only AES-GCM is timed.
const raw = envelopes.map((e, i) => {
  const d = decodeEnvelopeV1(e);
  if (!d.ok) throw new Error('bad envelope');
  return { iv: d.value.iv, ct: d.value.ct, aad: recordAadV1(at(refs, i)) };
});

async function rawDecrypt(i: number) {
  const r = at(raw, i);
  return crypto.subtle.decrypt({ name: 'AES-GCM', iv: r.iv, additionalData: r.aad }, dataKey, r.ct);
}
async function fullDecrypt(i: number) {
  const r = await decryptRecord(dataKey, at(refs, i), at(envelopes, i));
  if (!r.ok) throw new Error(r.reason);
  return r.value;
}

async function sequential(f: (i: number) => Promise<unknown>) {
  const t = performance.now();
  for (let i = 0; i < RECORDS; i++) await f(i);
  return performance.now() - t;
}
async function batched(f: (i: number) => Promise<unknown>, size = 500) {
  const t = performance.now();
  for (let i = 0; i < RECORDS; i += size) {
    const batch: Promise<unknown>[] = [];
    for (let j = i; j < Math.min(i + size, RECORDS); j++) batch.push(f(j));
    await Promise.all(batch);
  }
  return performance.now() - t;
}

// Warm up both paths once, then take the median of five interleaved rounds each.
await sequential(rawDecrypt);
await sequential(fullDecrypt);
for (const [label, run] of [
  ['one at a time', sequential],
  ['batches of 500 (Promise.all)', batched],
] as const) {
  const rawTimes: number[] = [];
  const fullTimes: number[] = [];
  // Interleaved, so a burst of load elsewhere hits both sides alike.
  for (let k = 0; k < 5; k++) {
    rawTimes.push(await run(rawDecrypt));
    fullTimes.push(await run(fullDecrypt));
  }
  const r = median(rawTimes);
  const f = median(fullTimes);
  console.log(`  ${label}:`);
  console.log(
    `    raw AES-GCM decrypt:        ${ms(r)} (${((r * 1000) / RECORDS).toFixed(1)} µs each)`,
  );
  console.log(
    `    decryptRecord + JSON.parse: ${ms(f)} (${((f * 1000) / RECORDS).toFixed(1)} µs each)`,
  );
  console.log(`    ratio: ${(f / r).toFixed(2)}x`);
}
console.log(`\nload average at the end: ${load()}`);
