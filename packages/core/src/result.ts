// Functions that can fail for a reason a person should see return a Result instead of throwing
// across a boundary; the UI maps each reason to kind copy from the content package.
export type Result<T, R extends string = string> =
  | { ok: true; value: T }
  | { ok: false; reason: R; detail?: string };

export const ok = <T>(value: T): { ok: true; value: T } => ({ ok: true, value });
export const fail = <R extends string>(
  reason: R,
  detail?: string,
): { ok: false; reason: R; detail?: string } =>
  detail === undefined ? { ok: false, reason } : { ok: false, reason, detail };
