import jsQR from 'jsqr';
import { describe, expect, it } from 'vitest';
import { qrModules } from './qr.ts';

/** Draws the modules as an RGBA image (4 px a module) and reads it back with jsQR. */
function decode(text: string): string | undefined {
  const { size, dark } = qrModules(text);
  const scale = 4;
  const width = size * scale;
  const pixels = new Uint8ClampedArray(width * width * 4);
  for (let y = 0; y < width; y++) {
    for (let x = 0; x < width; x++) {
      const on = dark[Math.floor(y / scale)]?.[Math.floor(x / scale)] ?? false;
      const at = (y * width + x) * 4;
      const v = on ? 0 : 255;
      pixels[at] = v;
      pixels[at + 1] = v;
      pixels[at + 2] = v;
      pixels[at + 3] = 255;
    }
  }
  return jsQR(pixels, width, width)?.data;
}

describe('recovery kit QR code', () => {
  it('reads back as the recovery code, with an independent decoder', () => {
    const code = '0400-20G3-0G2G-C1G8-2GRG-D1T5-0MRG-E4B2-2CJ7-1HNH-G6T4-2MVE-8DNK-J0R2';
    expect(decode(code)).toBe(code);
  });

  it('has a quiet zone of four light modules', () => {
    const { dark, size } = qrModules('X');
    for (let i = 0; i < 4; i++) {
      expect(dark[i]?.every((m) => !m)).toBe(true);
      expect(dark[size - 1 - i]?.every((m) => !m)).toBe(true);
    }
  });
});
