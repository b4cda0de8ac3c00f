// @onward/crypto: the key hierarchy, the record envelope and the backup container, on WebCrypto
// (the same code in Node 24 and in browsers). See README.md for the diagram and byte layouts.
export {
  BACKUP_MAGIC,
  BACKUP_MAGIC_V2,
  type BackupFailure,
  type BackupHeaderV1,
  decodeBackupHeaderV1,
  MAX_BACKUP_BYTES,
  openBackup,
  sealBackup,
} from './backup.ts';
export { type Bytes, fromBase64Url, fromHex, toBase64Url, toHex } from './bytes.ts';
export {
  DATA_KEY_BYTES,
  exportDataKeyBytes,
  generateDataKey,
  generateDeviceKey,
  importDataKey,
} from './data-key.ts';
export {
  decodeEnvelope,
  decodeEnvelopeV1,
  type Envelope,
  type EnvelopeFailure,
  type EnvelopeV1,
  encodeEnvelope,
} from './envelope.ts';
export {
  BACKUP_KDF_LIMITS,
  DEFAULT_KDF_PARAMS,
  type DeriveBytes,
  deriveKeyBytes,
  KDF_LIMITS,
  type KdfParams,
  needsRehash,
} from './kdf.ts';
export {
  confirmationCode,
  generateKeyPair,
  generateStoredKeyPair,
  importKeyPair,
  type OneTimeKeyPair,
  openFrom,
  openMailbox,
  PUBLIC_KEY_BYTES,
  type SealPurpose,
  sealTo,
  sealToMailbox,
  type UnsealFailure,
} from './pairing.ts';
export { defaultRng, type Rng } from './random.ts';
export {
  type DecryptFailure,
  decryptRecord,
  decryptRecordV1,
  encryptRecord,
  encryptRecordContent,
  RECORD_CONTENT_BYTES,
  RECORD_IV_BYTES,
  type RecordRef,
  recordAadV1,
} from './record.ts';
export {
  dataKeyFromRecoveryCode,
  decodeRecoveryCode,
  encodeRecoveryCode,
  type RecoveryCodeFailure,
  recoveryCodeFromDataKey,
} from './recovery-code.ts';
export { fail, ok, type Result } from './result.ts';
export {
  type ChangeRef,
  envelopeEpoch,
  openChange,
  openSnapshot,
  SYNC_ENVELOPE_V1,
  type SyncChangeBody,
  type SyncOpenFailure,
  sealChange,
  sealSnapshot,
} from './sync-envelope.ts';
export {
  deriveSyncKeys,
  generateSyncKey,
  newSyncId,
  SYNC_KEY_BYTES,
  type SyncKeys,
  syncIdBytes,
} from './sync-keys.ts';
export {
  type DeviceUnwrapFailure,
  type PasscodeUnwrapFailure,
  parseWrappedDataKey,
  parseWrappedDataKeyV1,
  rewrapDataKey,
  unwrapDataKeyWithDeviceKey,
  unwrapDataKeyWithPasscode,
  type WrappedByDeviceV1,
  type WrappedByPasscodeV1,
  type WrappedDataKey,
  wrapDataKeyWithDeviceKey,
  wrapDataKeyWithPasscode,
} from './wrapped-key.ts';
