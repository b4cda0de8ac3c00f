import { describe, expect, it } from 'vitest';
import { createMemoryVault } from './memory-vault.ts';

declare module './types.ts' {
  interface RecordKinds {
    'test-note': { text: string };
  }
}

describe('memory vault', () => {
  it('puts, gets, lists by time range, and deletes', async () => {
    const vault = createMemoryVault(() => new Date('2026-01-05T10:00:00Z'));
    await vault.put('test-note', 'b', { text: 'two' }, { at: '2026-01-02T00:00:00Z' });
    await vault.put('test-note', 'a', { text: 'one' }, { at: '2026-01-01T00:00:00Z' });
    await vault.put('test-note', 'c', { text: 'three' });
    expect(vault.get('test-note', 'a')?.value.text).toBe('one');
    expect(vault.list('test-note').map((r) => r.id)).toEqual(['a', 'b', 'c']);
    expect(
      vault
        .list('test-note', { from: '2026-01-02T00:00:00Z', to: '2026-01-05T10:00:00Z' })
        .map((r) => r.id),
    ).toEqual(['b']);
    await vault.delete('test-note', 'b');
    expect(vault.get('test-note', 'b')).toBeUndefined();
  });

  it('keeps `at` on update and notifies subscribers', async () => {
    const vault = createMemoryVault();
    const seen: string[] = [];
    const stop = vault.subscribe((k) => seen.push(k));
    await vault.put('test-note', 'a', { text: 'x' }, { at: '2026-01-01T00:00:00Z' });
    await vault.put('test-note', 'a', { text: 'y' });
    stop();
    await vault.delete('test-note', 'a');
    expect(seen).toEqual(['test-note', 'test-note']);
  });

  it('stores a copy, not the caller object', async () => {
    const vault = createMemoryVault();
    const value = { text: 'x' };
    await vault.put('test-note', 'a', value);
    value.text = 'changed';
    expect(vault.get('test-note', 'a')?.value.text).toBe('x');
  });
});
