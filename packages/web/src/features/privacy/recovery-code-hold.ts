// Hands the recovery code from "Set passcode" to the recovery-kit screen once, in memory only,
// so the person sees their kit straight away without typing the new passcode again. Taken on
// first read and never stored.
let held: string | undefined;

export function holdRecoveryCode(code: string): void {
  held = code;
}

export function takeRecoveryCode(): string | undefined {
  const code = held;
  held = undefined;
  return code;
}
