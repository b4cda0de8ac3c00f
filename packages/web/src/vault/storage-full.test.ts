import { describe, expect, it } from 'vitest';
import { isStorageFull } from './storage-full.ts';

describe('isStorageFull', () => {
  it('knows the browsers’ quota errors and nothing else', () => {
    expect(isStorageFull(new DOMException('full', 'QuotaExceededError'))).toBe(true);
    expect(isStorageFull({ name: 'NS_ERROR_DOM_QUOTA_REACHED' })).toBe(true);
    for (const other of [
      new DOMException('x', 'AbortError'),
      new Error('QuotaExceededError'),
      'QuotaExceededError',
      null,
      undefined,
    ]) {
      expect(isStorageFull(other)).toBe(false);
    }
  });
});
