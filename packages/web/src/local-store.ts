// The browser's localStorage, or undefined where there is none or it is refused (some private
// modes and strict cookie settings throw on the mere access). For the few settings kept outside
// the vault (see SECURITY_INVARIANTS.md).
export function localStore(): Storage | undefined {
  try {
    return typeof window === 'undefined' ? undefined : window.localStorage;
  } catch {
    return undefined;
  }
}
