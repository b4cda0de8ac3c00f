// Photos for the hope box, prepared on the device: decoded, scaled so the longer side is at most
// 1280 px, and re-encoded as JPEG at quality 0.8. Re-encoding keeps only the pixels, so location,
// camera and date details in the original file never reach storage. The bytes go into the vault,
// which encrypts them; they are shown again from a blob: URL, never uploaded anywhere.
import { fail, ok, type Result } from '@onward/core';
import { useEffect, useState } from 'preact/hooks';
import { useRecord, vault } from '../../vault/index.ts';
import { base64ToBytes, fitWithin } from './hope-items.ts';

export interface PreparedPhoto {
  bytes: Uint8Array<ArrayBuffer>;
  type: string;
  width: number;
  height: number;
}

const TYPE = 'image/jpeg';
const QUALITY = 0.8;

async function encode(canvas: HTMLCanvasElement): Promise<Blob | null> {
  return new Promise((resolve) => canvas.toBlob(resolve, TYPE, QUALITY));
}

export async function preparePhoto(file: Blob): Promise<Result<PreparedPhoto, 'unreadable'>> {
  let bitmap: ImageBitmap;
  try {
    // 'from-image' turns phone photos the right way up, as the camera meant.
    bitmap = await createImageBitmap(file, { imageOrientation: 'from-image' });
  } catch {
    return fail('unreadable');
  }
  try {
    const { width, height } = fitWithin(bitmap.width, bitmap.height);
    if (width === 0) return fail('unreadable');
    const canvas = document.createElement('canvas');
    canvas.width = width;
    canvas.height = height;
    const context = canvas.getContext('2d');
    if (!context) return fail('unreadable');
    // JPEG has no transparency: a see-through PNG gets a white background, not a black one.
    context.fillStyle = '#ffffff';
    context.fillRect(0, 0, width, height);
    context.imageSmoothingQuality = 'high';
    context.drawImage(bitmap, 0, 0, width, height);
    const blob = await encode(canvas);
    if (!blob) return fail('unreadable');
    return ok({ bytes: new Uint8Array(await blob.arrayBuffer()), type: TYPE, width, height });
  } finally {
    bitmap.close();
  }
}

/**
 * A blob: URL for a stored photo, made when the photo is shown and revoked when it is not, so
 * the decrypted image lives no longer than the screen that shows it.
 */
export function usePhotoUrl(id: string): string | undefined {
  const record = useRecord(vault, 'hope-photo', id);
  const [url, setUrl] = useState<string | undefined>(undefined);
  const data = record?.value.data;
  const type = record?.value.type;
  useEffect(() => {
    if (!data || !type) {
      setUrl(undefined);
      return;
    }
    let made: string | undefined;
    try {
      made = URL.createObjectURL(new Blob([base64ToBytes(data)], { type }));
    } catch {
      made = undefined;
    }
    setUrl(made);
    return () => {
      if (made) URL.revokeObjectURL(made);
    };
  }, [data, type]);
  return url;
}
