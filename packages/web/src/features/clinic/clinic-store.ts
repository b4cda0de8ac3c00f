// The clinic profile as app state: read once from the kept copy, refreshed from this app's own
// server when online (at launch and whenever the connection comes back), and written back when
// it changes. Components read it with useClinic() / useClinicState() from ./use-clinic.ts.
//
// Privacy: the request carries nothing about the person (no cookies, no body, no query); it is
// the same request every copy of the app makes. It never goes to another origin.
import type { ClinicProfile } from '@onward/core';
import {
  CLINIC_STORAGE_KEY,
  type ClinicAnswer,
  decideClinicUpdate,
  type KeptClinic,
  parseKeptClinic,
  serialiseKeptClinic,
} from './clinic-cache.ts';
import { clinicApiPath } from './paths.ts';

export type ClinicState =
  /** Nothing kept on this device, and the server has not answered yet. */
  | { status: 'unknown' }
  /** This server has no clinic profile (or none is known while offline). */
  | { status: 'none' }
  /** `kept`: a copy is stored on this device for offline use. */
  | { status: 'present'; profile: ClinicProfile; kept: boolean };

/** How long to wait for the server before keeping what the app has. */
const TIMEOUT_MS = 10_000;

function storage(): Storage | undefined {
  try {
    return typeof window === 'undefined' ? undefined : window.localStorage;
  } catch {
    // Accessing localStorage itself throws when storage is blocked.
    return undefined;
  }
}

function readKept(): KeptClinic | undefined {
  try {
    return parseKeptClinic(storage()?.getItem(CLINIC_STORAGE_KEY));
  } catch {
    return undefined;
  }
}

let kept = readKept();
let state: ClinicState = kept
  ? { status: 'present', profile: kept.profile, kept: true }
  : { status: 'unknown' };
const listeners = new Set<() => void>();

function setState(next: ClinicState): void {
  state = next;
  for (const listener of listeners) listener();
}

export function clinicState(): ClinicState {
  return state;
}

export function subscribeClinic(listener: () => void): () => void {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
}

async function ask(etag: string | undefined): Promise<ClinicAnswer> {
  try {
    const response = await fetch(clinicApiPath, {
      // Our own revalidation with the kept ETag, so a 304 reaches this code.
      cache: 'no-store',
      credentials: 'omit',
      // A redirect could only lead somewhere else; the profile is never fetched from elsewhere.
      redirect: 'error',
      headers: etag ? { 'If-None-Match': etag } : {},
      signal: AbortSignal.timeout(TIMEOUT_MS),
    });
    if (response.status !== 200) return { status: response.status };
    let body: unknown;
    try {
      body = await response.json();
    } catch {
      body = undefined;
    }
    return { status: 200, etag: response.headers.get('etag'), body };
  } catch {
    return { status: 'unreachable' };
  }
}

let inFlight: Promise<void> | undefined;

/** Asks the server for the profile (once at a time) and updates the state and the kept copy. */
export function refreshClinic(): Promise<void> {
  inFlight ??= (async () => {
    const update = decideClinicUpdate(await ask(kept?.etag));
    const store = storage();
    if (update.kind === 'replace') {
      kept = update.kept;
      let stored = false;
      try {
        store?.setItem(CLINIC_STORAGE_KEY, serialiseKeptClinic(update.kept));
        stored = store !== undefined;
      } catch {
        // Storage full or blocked: the profile still shows for this session.
      }
      setState({ status: 'present', profile: update.kept.profile, kept: stored });
    } else if (update.kind === 'clear') {
      kept = undefined;
      try {
        store?.removeItem(CLINIC_STORAGE_KEY);
      } catch {
        // Nothing more to do: the state below already hides the clinic.
      }
      setState({ status: 'none' });
    } else if (state.status === 'unknown') {
      // Could not ask, and nothing kept: as far as the app knows, there is no clinic.
      setState({ status: 'none' });
    }
  })().finally(() => {
    inFlight = undefined;
  });
  return inFlight;
}

let started = false;

/** Refreshes at launch when online, and each time the connection comes back. */
export function startClinicSync(): void {
  if (started || typeof window === 'undefined') return;
  started = true;
  window.addEventListener('online', () => {
    void refreshClinic();
  });
  if (navigator.onLine === false) {
    if (state.status === 'unknown') setState({ status: 'none' });
    return;
  }
  void refreshClinic();
}
