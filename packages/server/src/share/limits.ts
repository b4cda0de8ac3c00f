import type { Result } from '../result.ts';
import { readWholeNumberSettings, type WholeNumberVariable } from '../settings.ts';

// Share-link limits: fixed ones (part of share API v1, the app relies on them) and the operator's
// (ONWARD_SHARE_* environment variables, docs/share-links.md §Limits). Pure: env is passed in.

const hour = 60 * 60 * 1000;

export const fixedShareLimits = {
  /** A link lives at least this long (the app offers 1 hour to 30 days). */
  minLifetimeMs: hour,
  maxLifetimeMs: 30 * 24 * hour,
  /** Allowance for a device clock that runs a little fast or slow. */
  clockSkewMs: 10 * 60 * 1000,
  /** Smallest ciphertext: a version byte, a nonce and an AES-GCM tag are already 29 bytes. */
  minBytes: 29,
} as const;

export interface ShareSettings {
  /** Largest encrypted snapshot, in bytes. */
  maxBytes: number;
  /** New links per client address per minute (0: no limit). */
  createPerMinute: number;
  /** Requests per client address per minute over all share routes (0: no limit). */
  ipRatePerMinute: number;
  /** Requests per link per minute: views, replacements, status (0: no limit). */
  linkRatePerMinute: number;
  /** How often expired links are deleted, in seconds. */
  sweepSeconds: number;
}

export const defaultShareSettings: ShareSettings = {
  maxBytes: 2 * 1024 * 1024,
  createPerMinute: 20,
  ipRatePerMinute: 240,
  linkRatePerMinute: 60,
  sweepSeconds: 60,
};

const variables: Record<keyof ShareSettings, WholeNumberVariable> = {
  maxBytes: { name: 'ONWARD_SHARE_MAX_BYTES', min: 1024, max: 64 * 1024 * 1024 },
  createPerMinute: { name: 'ONWARD_SHARE_CREATE_PER_MINUTE', min: 0, max: 10 ** 9 },
  ipRatePerMinute: { name: 'ONWARD_SHARE_IP_RATE_PER_MINUTE', min: 0, max: 10 ** 9 },
  linkRatePerMinute: { name: 'ONWARD_SHARE_LINK_RATE_PER_MINUTE', min: 0, max: 10 ** 9 },
  sweepSeconds: { name: 'ONWARD_SHARE_SWEEP_SECONDS', min: 1, max: 3_600 },
};

export type ShareSettingsFailure = 'invalid-share-setting';

export function readShareSettings(
  env: Readonly<Record<string, string | undefined>>,
): Result<ShareSettings, ShareSettingsFailure> {
  return readWholeNumberSettings(env, defaultShareSettings, variables, 'invalid-share-setting');
}
