// WebCrypto reports a failed authentication (wrong key, changed bytes) as an OperationError.
// That is an expected failure and becomes a Result; anything else (a key of the wrong type, a
// missing usage) is a programming mistake and is re-thrown so it is not hidden as "wrong key".
export function isOperationError(e: unknown): boolean {
  return typeof e === 'object' && e !== null && (e as { name?: unknown }).name === 'OperationError';
}
