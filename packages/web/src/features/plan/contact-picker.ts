// The Contact Picker API (Chrome on Android): the person picks one contact from their phone and
// Onward gets only that name and number, never the address book. Where it does not exist, the
// screens simply offer typing. Nothing from it is kept but what the person then saves.
import { fail, firstDialable, ok, type Result } from '@onward/core';

interface ContactsManager {
  select(
    properties: ('name' | 'tel')[],
    options?: { multiple?: boolean },
  ): Promise<{ name?: string[]; tel?: string[] }[]>;
}

function manager(): ContactsManager | undefined {
  const nav = navigator as Navigator & { contacts?: ContactsManager };
  return typeof window !== 'undefined' && 'ContactsManager' in window ? nav.contacts : undefined;
}

export const canPickContacts = (): boolean => manager() !== undefined;

export type PickProblem = 'unavailable' | 'failed' | 'no-number';

/** One contact's name and first usable number; `undefined` when the person cancelled. */
export async function pickContact(): Promise<
  Result<{ name: string; phone: string } | undefined, PickProblem>
> {
  const contacts = manager();
  if (!contacts) return fail('unavailable');
  try {
    const [picked] = await contacts.select(['name', 'tel'], { multiple: false });
    if (!picked) return ok(undefined);
    const phone = firstDialable(picked.tel ?? []);
    const name = (picked.name ?? []).find((n) => n.trim() !== '')?.trim() ?? '';
    if (phone === '') return fail('no-number', name);
    return ok({ name, phone });
  } catch {
    return fail('failed');
  }
}
