// The recovery code as a QR code, drawn as one SVG path (no canvas, no image file, no inline
// style, so it passes the Content-Security-Policy and prints crisply). Encoding by `uqr` (MIT,
// no dependencies, no network); qr.test.ts decodes the result with an independent reader.
import { encode } from 'uqr';

export interface QrModules {
  /** Modules per side, quiet zone included. */
  size: number;
  /** SVG path data: one 1x1 square per dark module. */
  path: string;
  /** Row-major dark modules, for tests. */
  dark: boolean[][];
}

/** Error correction M (15%): a crumpled or faded printout still scans. Quiet zone of 4 modules. */
export function qrModules(text: string): QrModules {
  const { data, size } = encode(text, { ecc: 'M', border: 4 });
  let path = '';
  data.forEach((row, y) => {
    row.forEach((darkModule, x) => {
      if (darkModule) path += `M${x} ${y}h1v1h-1z`;
    });
  });
  return { size, path, dark: data };
}
