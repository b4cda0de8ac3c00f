// The hope box in the vault: 'hope-item' records (what each thing is, in the person's words) and,
// for photos, a 'hope-photo' record with the same id holding the image bytes as base64 (the vault
// stores JSON). Both are encrypted like every other record.
import { vault } from '../../vault/index.ts';
import { bytesToBase64, type HopeItem, type HopePhoto, readHopeItem } from './hope-items.ts';
import type { PreparedPhoto } from './photo.ts';

declare module '../../vault/types.ts' {
  interface RecordKinds {
    'hope-item': HopeItem;
    'hope-photo': HopePhoto;
  }
}

export interface ListedItem {
  id: string;
  item: HopeItem;
}

export function listItems(): ListedItem[] {
  return vault.list('hope-item').flatMap((r) => {
    const item = readHopeItem(r.value);
    return item ? [{ id: r.id, item }] : [];
  });
}

/** Adds an item; a photo's bytes are written first, so an item never points at nothing. */
export async function addItem(item: HopeItem, photo?: PreparedPhoto): Promise<string> {
  const id = crypto.randomUUID();
  if (photo) {
    await vault.put('hope-photo', id, { type: photo.type, data: bytesToBase64(photo.bytes) });
  }
  await vault.put('hope-item', id, item);
  return id;
}

export async function removeItem(id: string): Promise<void> {
  await vault.delete('hope-item', id);
  if (vault.get('hope-photo', id)) await vault.delete('hope-photo', id);
}
