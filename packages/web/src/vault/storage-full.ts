// Tells "the device is out of space" apart from other write failures, so the screens can say
// what to do (free space, or save a backup) instead of "try again", which would fail the same
// way. Browsers report it as a QuotaExceededError DOMException, from the request or from the
// transaction's error when it aborts.
export function isStorageFull(error: unknown): boolean {
  if (typeof error !== 'object' || error === null) return false;
  const name = (error as { name?: unknown }).name;
  return name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED';
}
