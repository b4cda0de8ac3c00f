import { fileURLToPath } from 'node:url';
import preact from '@preact/preset-vite';
import { defineConfig } from 'vite';
import { htmlCopyPlugin } from './build/html-copy-plugin.ts';
import { serviceWorkerPlugin } from './build/service-worker-plugin.ts';

export default defineConfig({
  plugins: [
    preact(),
    htmlCopyPlugin(),
    serviceWorkerPlugin({ entry: fileURLToPath(new URL('./src/sw/sw.ts', import.meta.url)) }),
  ],
  build: {
    outDir: 'dist',
    assetsDir: 'assets',
    emptyOutDir: true,
    // Never inline assets as data: URLs into JS or CSS: everything is a same-origin file, which
    // keeps the Content-Security-Policy simple and lets the service worker cache each file.
    assetsInlineLimit: 0,
    // Every browser that can install the app supports <link rel="modulepreload">.
    modulePreload: { polyfill: false },
    target: 'es2022',
  },
});
