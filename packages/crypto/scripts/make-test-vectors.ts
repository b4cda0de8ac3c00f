// Writes the fixed test vectors in ../test-vectors/. Run once, commit the output, and never
// regenerate to make a failing test pass: a changed vector means the stored format or the KDF
// changed, and data already on people's devices would no longer open. Randomness (IVs, salts) is
// injected, so running it again gives byte-identical files.
//
//   node packages/crypto/scripts/make-test-vectors.ts
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fromHex, toHex } from '../src/bytes.ts';
import {
  DEFAULT_KDF_PARAMS,
  deriveKeyBytes,
  encodeRecoveryCode,
  encryptRecord,
  importDataKey,
  type KdfParams,
  recordAadV1,
  sealBackup,
  wrapDataKeyWithDeviceKey,
  wrapDataKeyWithPasscode,
} from '../src/index.ts';
import { fixedRng } from '../src/random.ts';

const out = join(import.meta.dirname, '..', 'test-vectors');
const write = (name: string, data: unknown) =>
  writeFileSync(join(out, name), `${JSON.stringify(data, null, 2)}\n`);

/** Bytes start, start+1, ... (mod 256): recognisable, and obviously not secret. */
const counting = (n: number, start: number) =>
  Uint8Array.from({ length: n }, (_, i) => (start + i) & 255);

const dataKeyBytes = counting(32, 0x00);
const dataKey = await importDataKey(dataKeyBytes, { extractable: true });
const small: KdfParams = { alg: 'argon2id', m: 64, t: 1, p: 1 };

// Record envelopes.
type PlainSpec = { type: 'json'; value: unknown } | { type: 'bytes'; hex: string };
const recordCases: { name: string; kind: string; id: string; plaintext: PlainSpec }[] = [
  {
    name: 'json urge log entry',
    kind: 'urge',
    id: '01J9ZQ3K7T4M8X2C5V6B1N0P9R',
    plaintext: {
      type: 'json',
      value: {
        at: '2026-03-14T21:05:00Z',
        intensity: 7,
        acted: false,
        helped: ['paced-breathing'],
      },
    },
  },
  { name: 'empty bytes', kind: 'blob', id: 'x', plaintext: { type: 'bytes', hex: '' } },
  {
    name: 'binary bytes, non-ASCII kind and id',
    kind: 'hope-box·photo',
    id: 'café-☕',
    plaintext: { type: 'bytes', hex: toHex(counting(40, 0xf0)) },
  },
  {
    name: 'empty kind and id, JSON null',
    kind: '',
    id: '',
    plaintext: { type: 'json', value: null },
  },
];
const records = [];
for (const [i, c] of recordCases.entries()) {
  const iv = counting(12, 0xa0 + i * 16);
  const plaintext = c.plaintext.type === 'json' ? c.plaintext.value : fromHex(c.plaintext.hex);
  const env = await encryptRecord(dataKey, c, plaintext, { rng: fixedRng(iv) });
  records.push({
    ...c,
    key: toHex(dataKeyBytes),
    iv: toHex(iv),
    aad: toHex(recordAadV1(c)),
    envelope: toHex(env),
  });
}
write('envelope-v1.json', {
  description:
    'Record envelope v1: AES-256-GCM, binary layout v|alg|iv|ct, AAD "onward:record"|v|alg|len(kind)|kind|len(id)|id, first plaintext byte 0x00 bytes / 0x01 JSON. Hex strings.',
  cases: records,
});

// Argon2id.
const kdfCases = [
  {
    name: 'default parameters',
    passcode: '4827',
    salt: counting(16, 0x10),
    params: DEFAULT_KDF_PARAMS,
  },
  { name: 'small parameters', passcode: 'correct horse', salt: counting(16, 0x20), params: small },
  // NFD input ('e' + U+0301): must give the same bytes as the NFC 'caf\u00e9' case below.
  { name: 'NFD passcode', passcode: 'cafe\u0301', salt: counting(16, 0x30), params: small },
  { name: 'NFC passcode', passcode: 'caf\u00e9', salt: counting(16, 0x30), params: small },
];
const kdf = [];
for (const c of kdfCases) {
  const derived = await deriveKeyBytes(c.passcode, c.salt, c.params);
  kdf.push({ ...c, params: { ...c.params }, salt: toHex(c.salt), derived: toHex(derived) });
}
write('kdf-argon2id.json', {
  description:
    'Argon2id (version 0x13) via hash-wasm, 32-byte output, passcode NFC-normalised. Hex.',
  cases: kdf,
});

// Wrapped data keys.
const deviceKeyBytes = counting(32, 0x40);
const deviceKey = await crypto.subtle.importKey('raw', deviceKeyBytes, 'AES-KW', false, [
  'wrapKey',
  'unwrapKey',
]);
const wrapSalt = counting(16, 0x60);
write('wrapped-key-v1.json', {
  description:
    'Data key wrapped with AES-KW (RFC 3394) by a device key and by an Argon2id passcode key. Hex inputs; records as stored (base64url inside).',
  dataKey: toHex(dataKeyBytes),
  device: {
    deviceKey: toHex(deviceKeyBytes),
    record: await wrapDataKeyWithDeviceKey(dataKey, deviceKey),
  },
  passcode: {
    passcode: '4827',
    salt: toHex(wrapSalt),
    params: small,
    record: await wrapDataKeyWithPasscode(dataKey, '4827', {
      params: small,
      rng: fixedRng(wrapSalt),
    }),
  },
});

// Recovery code.
write('recovery-code-v1.json', {
  description: 'Version byte 1 | data key | CRC-16/CCITT-FALSE, Crockford base32, groups of 4.',
  cases: [
    { key: toHex(dataKeyBytes), code: encodeRecoveryCode(dataKeyBytes) },
    {
      key: toHex(new Uint8Array(32).fill(0xff)),
      code: encodeRecoveryCode(new Uint8Array(32).fill(0xff)),
    },
  ],
});

// Backup container.
const backupSalt = counting(16, 0x70);
const backupIv = counting(12, 0x80);
const payload = new TextEncoder().encode('{"export":"onward","records":[]}');
const backup = await sealBackup('a long passphrase, typed twice', payload, {
  params: DEFAULT_KDF_PARAMS,
  rng: fixedRng(backupSalt, backupIv),
});
write('backup-v1.json', {
  description:
    'Backup v1: "ONWARD-BACKUP"|v|kdf|m|t|p|salt|iv|ctLen(u64) header as AAD, AES-256-GCM payload. Hex.',
  passphrase: 'a long passphrase, typed twice',
  params: { ...DEFAULT_KDF_PARAMS },
  salt: toHex(backupSalt),
  iv: toHex(backupIv),
  payload: toHex(payload),
  backup: toHex(backup),
});

// Format as the repo's Biome would, so regenerating leaves the committed files byte-identical.
const biome = join(import.meta.dirname, '..', '..', '..', 'node_modules', '.bin', 'biome');
const formatted = spawnSync(biome, ['format', '--write', out], { stdio: 'inherit' });
if (formatted.status !== 0) throw new Error('biome format failed');
console.log(`test vectors written to ${out}`);
