import { describe, expect, it } from 'vitest';
import { precacheUrls, precacheVersion } from './precache.ts';

describe('precacheUrls', () => {
  it('lists every emitted file as an absolute URL, sorted', () => {
    expect(
      precacheUrls([
        'index.html',
        'assets/index-3f2a.js',
        'assets/index-9c1b.css',
        'manifest.webmanifest',
        'icon-192.png',
        'favicon.svg',
      ]),
    ).toEqual([
      '/assets/index-3f2a.js',
      '/assets/index-9c1b.css',
      '/favicon.svg',
      '/icon-192.png',
      '/index.html',
      '/manifest.webmanifest',
    ]);
  });

  it('leaves out the worker itself, source maps and dotfiles', () => {
    expect(
      precacheUrls([
        'sw.js',
        'share.html',
        'assets/index.js.map',
        '.vite/manifest.json',
        '.DS_Store',
        'a.js',
      ]),
    ).toEqual(['/a.js']);
  });

  it('normalises separators and removes duplicates', () => {
    expect(precacheUrls(['assets\\x.js', './assets/x.js', '/assets/x.js'])).toEqual([
      '/assets/x.js',
    ]);
  });
});

describe('precacheVersion', () => {
  const html = { fileName: 'index.html', content: '<!doctype html>' };
  const script = { fileName: 'assets/index-1.js', content: new Uint8Array([1, 2, 3]) };
  const files = [html, script];

  it('is stable whatever the order of the files', () => {
    expect(precacheVersion(files)).toBe(precacheVersion([script, html]));
    expect(precacheVersion(files)).toMatch(/^[0-9a-f]{16}$/);
  });

  it('changes when any byte or any name changes', () => {
    const base = precacheVersion(files);
    expect(precacheVersion([html, { ...script, content: new Uint8Array([1, 2, 4]) }])).not.toBe(
      base,
    );
    expect(precacheVersion([html, { ...script, fileName: 'assets/index-2.js' }])).not.toBe(base);
  });

  it('ignores files that are not precached', () => {
    expect(precacheVersion([...files, { fileName: 'sw.js', content: 'anything' }])).toBe(
      precacheVersion(files),
    );
  });
});
