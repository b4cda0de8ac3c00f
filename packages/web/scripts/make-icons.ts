// Renders the app icons from icons/*.svg to PNG with headless Chromium. Run once after changing
// an icon (`npm run icons -w @onward/web`) and commit the PNGs: the build never needs a browser.
import { copyFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { launch } from './browser.ts';

const root = join(import.meta.dirname, '..');
const svg = (name: string) => readFileSync(join(root, 'icons', name), 'utf8');

const targets = [
  { source: 'icon.svg', out: 'icon-192.png', size: 192, transparent: true },
  { source: 'icon.svg', out: 'icon-512.png', size: 512, transparent: true },
  { source: 'icon-maskable.svg', out: 'icon-maskable-512.png', size: 512, transparent: false },
  // iOS draws its own rounded corners and shows transparency as black: use the full-bleed art.
  { source: 'icon-maskable.svg', out: 'apple-touch-icon.png', size: 180, transparent: false },
  // Discreet mode's neutral "Notes" icons (features/privacy/discreet.ts).
  { source: 'notes-icon.svg', out: 'notes-icon-192.png', size: 192, transparent: true },
  { source: 'notes-icon.svg', out: 'notes-icon-512.png', size: 512, transparent: true },
  {
    source: 'notes-icon-maskable.svg',
    out: 'notes-icon-maskable-512.png',
    size: 512,
    transparent: false,
  },
  {
    source: 'notes-icon-maskable.svg',
    out: 'notes-apple-touch-icon.png',
    size: 180,
    transparent: false,
  },
];

const browser = await launch();
try {
  for (const target of targets) {
    const page = await browser.newPage({
      viewport: { width: target.size, height: target.size },
      deviceScaleFactor: 1,
    });
    const dataUrl = `data:image/svg+xml;base64,${Buffer.from(svg(target.source)).toString('base64')}`;
    await page.setContent(
      `<html><body style="margin:0;background:transparent"><img src="${dataUrl}" width="${target.size}" height="${target.size}" style="display:block"></body></html>`,
    );
    await page.locator('img').evaluate((img: HTMLImageElement) => img.decode());
    await page.screenshot({
      path: join(root, 'public', target.out),
      omitBackground: target.transparent,
      clip: { x: 0, y: 0, width: target.size, height: target.size },
    });
    await page.close();
    console.log(`wrote public/${target.out}`);
  }
  copyFileSync(join(root, 'icons', 'icon.svg'), join(root, 'public', 'favicon.svg'));
  console.log('wrote public/favicon.svg');
  copyFileSync(join(root, 'icons', 'notes-icon.svg'), join(root, 'public', 'notes-icon.svg'));
  console.log('wrote public/notes-icon.svg');
} finally {
  await browser.close();
}
