// The sync server's HTTP API (docs/sync-protocol.md), as functions that never throw: every
// failure is a reason the app can put into words. Same origin, no cookies; the credential goes
// in the Authorization header only (never in a URL).
export type ApiFailure =
  /** No connection (offline, server down, request blocked). */
  | 'offline'
  /** 429 or 503: try again after `retryAfter` seconds. */
  | 'busy'
  /** 413 vault-full: the server's storage limit for this vault is reached. */
  | 'full'
  /** 401: the credential no longer works (rotated, or this device was unlinked). */
  | 'bad-credential'
  | 'vault-not-found'
  | 'slot-not-found'
  | 'slot-used'
  | 'slot-expired'
  /** This server does not offer sync. */
  | 'no-sync'
  /** Anything else: a 4xx we did not expect, a 5xx, a body we cannot read. */
  | 'failed';

export type ApiResult<T> =
  | { ok: true; value: T; status: number }
  | { ok: false; reason: ApiFailure; retryAfter?: number; status?: number; code?: string };

export interface Transport {
  fetch: typeof fetch;
  /** Origin of the server, '' for same origin. */
  base: string;
}

export const defaultTransport = (): Transport => ({
  fetch: (...a) => globalThis.fetch(...a),
  base: '',
});

const API = '/api/sync/v1';

function reasonFor(status: number, code: string | undefined): ApiFailure {
  if (status === 429 || status === 503) return 'busy';
  if (status === 413 && code === 'vault-full') return 'full';
  if (status === 401) return 'bad-credential';
  if (code === 'vault-not-found') return 'vault-not-found';
  if (code === 'slot-not-found') return 'slot-not-found';
  if (code === 'slot-used') return 'slot-used';
  if (code === 'slot-expired' || status === 410) return 'slot-expired';
  return 'failed';
}

export async function call<T>(
  t: Transport,
  method: string,
  path: string,
  options: { token?: string; json?: unknown; bytes?: Uint8Array; binary?: boolean } = {},
): Promise<ApiResult<T>> {
  const headers: Record<string, string> = {};
  if (options.token) headers.authorization = `Bearer ${options.token}`;
  let body: BodyInit | undefined;
  if (options.json !== undefined) {
    headers['content-type'] = 'application/json';
    body = JSON.stringify(options.json);
  } else if (options.bytes) {
    headers['content-type'] = 'application/octet-stream';
    body = new Blob([options.bytes as Uint8Array<ArrayBuffer>]);
  }
  let res: Response;
  try {
    res = await t.fetch(`${t.base}${API}${path}`, { method, headers, body, cache: 'no-store' });
  } catch {
    return { ok: false, reason: 'offline' };
  }
  if (res.ok) {
    try {
      if (res.status === 204) return { ok: true, value: undefined as T, status: 204 };
      if (options.binary) {
        const bytes = new Uint8Array(await res.arrayBuffer());
        const seq = Number(res.headers.get('onward-snapshot-seq'));
        return { ok: true, value: { bytes, seq } as T, status: res.status };
      }
      return { ok: true, value: (await res.json()) as T, status: res.status };
    } catch {
      return { ok: false, reason: 'offline', status: res.status };
    }
  }
  let code: string | undefined;
  try {
    const j = (await res.json()) as { error?: { reason?: unknown } };
    if (typeof j.error?.reason === 'string') code = j.error.reason;
  } catch {
    // A body that is not ours (a proxy's error page): the status says enough.
  }
  if (res.status === 404 && code === undefined)
    return { ok: false, reason: 'no-sync', status: 404 };
  const retry = Number(res.headers.get('retry-after'));
  const failure: ApiResult<T> = {
    ok: false,
    reason: reasonFor(res.status, code),
    status: res.status,
  };
  if (code) failure.code = code;
  if (Number.isFinite(retry) && retry > 0) failure.retryAfter = retry;
  return failure;
}

export interface PulledChange {
  seq: number;
  id: string;
  envelope: string;
}

export interface PullPage {
  snapshot: { seq: number; bytes: number } | null;
  changes: PulledChange[];
  cursor: number;
  more: boolean;
  head: number;
}

export const api = {
  createVault: (t: Transport, vaultId: string, credential: string) =>
    call<{ head: number }>(t, 'PUT', `/vaults/${vaultId}`, { token: credential, json: { v: 1 } }),
  vaultStatus: (t: Transport, vaultId: string, credential: string) =>
    call<{ head: number; snapshotSeq: number; keyEpoch: number }>(t, 'GET', `/vaults/${vaultId}`, {
      token: credential,
    }),
  deleteVault: (t: Transport, vaultId: string, credential: string) =>
    call<void>(t, 'DELETE', `/vaults/${vaultId}`, { token: credential }),
  push: (
    t: Transport,
    vaultId: string,
    credential: string,
    changes: { id: string; envelope: string }[],
  ) =>
    call<{ acks: { id: string; seq: number }[]; head: number }>(
      t,
      'POST',
      `/vaults/${vaultId}/changes`,
      {
        token: credential,
        json: { v: 1, changes },
      },
    ),
  pull: (t: Transport, vaultId: string, credential: string, after: number) =>
    call<PullPage>(t, 'GET', `/vaults/${vaultId}/changes?after=${after}&limit=1000`, {
      token: credential,
    }),
  snapshot: (t: Transport, vaultId: string, credential: string) =>
    call<{ bytes: Uint8Array; seq: number }>(t, 'GET', `/vaults/${vaultId}/snapshot`, {
      token: credential,
      binary: true,
    }),
  putSnapshot: (
    t: Transport,
    vaultId: string,
    credential: string,
    seq: number,
    bytes: Uint8Array,
  ) =>
    call<{ snapshotSeq: number }>(t, 'PUT', `/vaults/${vaultId}/snapshot?seq=${seq}`, {
      token: credential,
      bytes,
    }),
  devices: (t: Transport, vaultId: string, credential: string) =>
    call<{ devices: { deviceKeyId: string; publicKey: string }[] }>(
      t,
      'GET',
      `/vaults/${vaultId}/devices`,
      {
        token: credential,
      },
    ),
  registerDevice: (
    t: Transport,
    vaultId: string,
    credential: string,
    deviceKeyId: string,
    publicKey: string,
    mailboxToken: string,
  ) =>
    call<void>(t, 'PUT', `/vaults/${vaultId}/devices/${deviceKeyId}`, {
      token: credential,
      json: { v: 1, publicKey, mailboxToken },
    }),
  mailbox: (t: Transport, vaultId: string, deviceKeyId: string, mailboxToken: string) =>
    call<{ keyEpoch: number; sealed: string } | undefined>(
      t,
      'GET',
      `/vaults/${vaultId}/devices/${deviceKeyId}/mailbox`,
      { token: mailboxToken },
    ),
  emptyMailbox: (t: Transport, vaultId: string, deviceKeyId: string, mailboxToken: string) =>
    call<void>(t, 'DELETE', `/vaults/${vaultId}/devices/${deviceKeyId}/mailbox`, {
      token: mailboxToken,
    }),
  rotate: (
    t: Transport,
    vaultId: string,
    credential: string,
    body: {
      credential: string;
      from: string;
      remove: string[];
      mailbox: { deviceKeyId: string; sealed: string }[];
    },
  ) =>
    call<{ keyEpoch: number }>(t, 'POST', `/vaults/${vaultId}/rotate`, {
      token: credential,
      json: { v: 1, ...body },
    }),
  openSlot: (t: Transport, vaultId: string, credential: string, offerKey: string) =>
    call<{ slotId: string; expiresAt: string }>(t, 'POST', '/pairing', {
      token: credential,
      json: { v: 1, vaultId, offerKey },
    }),
  slot: (t: Transport, slotId: string, credential: string) =>
    call<{ state: string; expiresAt: string; answerKey: string | null }>(
      t,
      'GET',
      `/pairing/${slotId}`,
      {
        token: credential,
      },
    ),
  answer: (t: Transport, slotId: string, answerKey: string) =>
    call<{ offerKey: string; answerToken: string; expiresAt: string }>(
      t,
      'POST',
      `/pairing/${slotId}/answer`,
      {
        json: { v: 1, answerKey },
      },
    ),
  seal: (t: Transport, slotId: string, credential: string, sealed: string) =>
    call<void>(t, 'PUT', `/pairing/${slotId}/sealed`, {
      token: credential,
      json: { v: 1, sealed },
    }),
  collect: (t: Transport, slotId: string, answerToken: string) =>
    call<{ sealed?: string; state?: string }>(t, 'GET', `/pairing/${slotId}/sealed`, {
      token: answerToken,
    }),
  cancelSlot: (t: Transport, slotId: string, credential: string) =>
    call<void>(t, 'DELETE', `/pairing/${slotId}`, { token: credential }),
};
