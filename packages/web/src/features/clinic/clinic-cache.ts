// The clinic profile as the app keeps it: the copy on this device and what to do with each
// answer from GET /api/clinic. Pure, so it is tested in Node; clinic-store.ts does the I/O.
import { type ClinicProfile, readClinicProfile } from '@onward/core';

/**
 * localStorage key for the kept copy. The profile is the clinic's public information, the same
 * for everyone who uses this server, so it is kept outside the encrypted vault: it must show
 * offline and while the app is locked, and it says nothing about the person.
 */
export const CLINIC_STORAGE_KEY = 'onward.clinic';

/** Version of the kept copy's format (the profile inside carries its own `v`). */
const KEPT_VERSION = 1;

export interface KeptClinic {
  profile: ClinicProfile;
  /** The server's ETag for this profile, sent back as If-None-Match. */
  etag?: string;
}

/**
 * Reads the kept copy. The device's storage is outside our control (an older version, an
 * extension, a person editing it), so the profile is checked again before any of it becomes
 * a link; anything unexpected counts as no copy.
 */
export function parseKeptClinic(raw: string | null | undefined): KeptClinic | undefined {
  if (typeof raw !== 'string') return undefined;
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    return undefined;
  }
  if (typeof data !== 'object' || data === null) return undefined;
  const { v, etag, profile } = data as Record<string, unknown>;
  if (v !== KEPT_VERSION) return undefined;
  const read = readClinicProfile(profile);
  if (!read) return undefined;
  return typeof etag === 'string' && etag !== '' ? { profile: read, etag } : { profile: read };
}

export function serialiseKeptClinic(kept: KeptClinic): string {
  return JSON.stringify({ v: KEPT_VERSION, etag: kept.etag, profile: kept.profile });
}

/** What the server said, as far as the app could tell. */
export interface ClinicAnswer {
  status: number | 'unreachable';
  etag?: string | null;
  /** The parsed JSON body of a 200; undefined when it was not JSON. */
  body?: unknown;
}

export type ClinicUpdate =
  /** Keep whatever the app has (not modified, or the server could not be asked). */
  | { kind: 'keep' }
  | { kind: 'replace'; kept: KeptClinic }
  /** The server has no clinic profile (any more): forget the kept copy. */
  | { kind: 'clear' };

export function decideClinicUpdate(answer: ClinicAnswer): ClinicUpdate {
  if (answer.status === 200) {
    const profile = readClinicProfile(answer.body);
    // A 200 that is not a profile (a captive portal's page, a proxy's error) proves nothing:
    // keep what the app has rather than lose the clinic's number.
    if (!profile) return { kind: 'keep' };
    return answer.etag
      ? { kind: 'replace', kept: { profile, etag: answer.etag } }
      : { kind: 'replace', kept: { profile } };
  }
  // 204: configured without a profile. 404: a server from before profiles existed.
  if (answer.status === 204 || answer.status === 404) return { kind: 'clear' };
  // 304 (same profile), offline, timeouts and server errors: nothing new to learn.
  return { kind: 'keep' };
}
