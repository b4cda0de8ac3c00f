// The same Result shape as @onward/core's result.ts (structurally identical, so values flow
// between the packages unchanged). Kept here so the crypto package depends on nothing of ours and
// the server can import its envelope parser without pulling in the domain.
export type Result<T, R extends string = string> =
  | { ok: true; value: T }
  | { ok: false; reason: R; detail?: string };

export const ok = <T>(value: T): { ok: true; value: T } => ({ ok: true, value });
export const fail = <R extends string>(
  reason: R,
  detail?: string,
): { ok: false; reason: R; detail?: string } =>
  detail === undefined ? { ok: false, reason } : { ok: false, reason, detail };
