import type { Result } from '../result.ts';
import { readWholeNumberSettings, type WholeNumberVariable } from '../settings.ts';

// The sync limits: fixed ones (part of protocol v1, devices rely on them) and the operator's
// (environment variables, docs/sync-protocol.md §2.2). Pure: env is passed in.

export const fixedLimits = {
  /** JSON request body, every sync route. */
  bodyBytes: 2 * 1024 * 1024,
  pushChanges: 500,
  envelopeBytes: 64 * 1024,
  pullChanges: 1_000,
  pullDefault: 500,
  /** A pull page stops once it holds this many envelope bytes (always at least one change). */
  pullBytes: 2 * 1024 * 1024,
  publicKeyMin: 32,
  publicKeyMax: 256,
  sealedMin: 16,
  sealedMax: 4 * 1024,
} as const;

export interface SyncSettings {
  vaultBytes: number;
  vaultChanges: number;
  snapshotBytes: number;
  /** 0: no limit. */
  vaultRatePerMinute: number;
  /** 0: no limit. */
  ipRatePerMinute: number;
  pairingTtlSeconds: number;
  devices: number;
  streamsPerVault: number;
}

export const defaultSyncSettings: SyncSettings = {
  vaultBytes: 128 * 1024 * 1024,
  vaultChanges: 100_000,
  snapshotBytes: 64 * 1024 * 1024,
  vaultRatePerMinute: 1_200,
  ipRatePerMinute: 300,
  pairingTtlSeconds: 300,
  devices: 32,
  streamsPerVault: 32,
};

const variables: Record<keyof SyncSettings, WholeNumberVariable> = {
  vaultBytes: { name: 'ONWARD_SYNC_VAULT_MAX_BYTES', min: 1024, max: 2 ** 40 },
  vaultChanges: { name: 'ONWARD_SYNC_VAULT_MAX_CHANGES', min: 1, max: 10 ** 9 },
  snapshotBytes: { name: 'ONWARD_SYNC_SNAPSHOT_MAX_BYTES', min: 1024, max: 1024 ** 3 },
  vaultRatePerMinute: { name: 'ONWARD_SYNC_VAULT_RATE_PER_MINUTE', min: 0, max: 10 ** 9 },
  ipRatePerMinute: { name: 'ONWARD_SYNC_IP_RATE_PER_MINUTE', min: 0, max: 10 ** 9 },
  pairingTtlSeconds: { name: 'ONWARD_SYNC_PAIRING_TTL_SECONDS', min: 30, max: 900 },
  devices: { name: 'ONWARD_SYNC_MAX_DEVICES', min: 1, max: 1_000 },
  streamsPerVault: { name: 'ONWARD_SYNC_MAX_STREAMS_PER_VAULT', min: 1, max: 100_000 },
};

export type SyncSettingsFailure = 'invalid-sync-setting';

export function readSyncSettings(
  env: Readonly<Record<string, string | undefined>>,
): Result<SyncSettings, SyncSettingsFailure> {
  return readWholeNumberSettings(env, defaultSyncSettings, variables, 'invalid-sync-setting');
}
