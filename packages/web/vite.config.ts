import { fileURLToPath } from 'node:url';
import preact from '@preact/preset-vite';
import { defineConfig } from 'vite';
import { appChunk } from './build/app-chunk.ts';
import { htmlCopyPlugin } from './build/html-copy-plugin.ts';
import { prerenderPlugin } from './build/prerender-plugin.ts';
import { serviceWorkerPlugin } from './build/service-worker-plugin.ts';

const app = appChunk();
/** The file of src/boot.tsx's chunk (its name comes from the module's). */
const APP_ENTRY_CHUNK = /(^|\/)boot-[\w-]+\.js$/;

export default defineConfig({
  plugins: [
    preact(),
    app.plugin,
    htmlCopyPlugin(),
    // Before the service worker plugin: the prerendered help pages must be in its precache list.
    prerenderPlugin({
      entry: fileURLToPath(new URL('./src/prerender.tsx', import.meta.url)),
      countryScript: fileURLToPath(new URL('./src/country/early.ts', import.meta.url)),
    }),
    serviceWorkerPlugin({ entry: fileURLToPath(new URL('./src/sw/sw.ts', import.meta.url)) }),
  ],
  // The key-derivation worker (src/vault/kdf-worker.ts) is a module worker: ES output lets it load
  // Argon2id as its own chunk, like the page does.
  worker: { format: 'es' },
  build: {
    outDir: 'dist',
    assetsDir: 'assets',
    emptyOutDir: true,
    // Never inline assets as data: URLs into JS or CSS: everything is a same-origin file, which
    // keeps the Content-Security-Policy simple and lets the service worker cache each file.
    assetsInlineLimit: 0,
    // Every browser that can install the app supports <link rel="modulepreload">.
    modulePreload: {
      polyfill: false,
      // The entry's import of the app (src/main.tsx → src/boot.tsx) adds no preload tags of its
      // own: the page already has them (index.html) or asks for the app's chunks itself, a few
      // after its first paint (a prerendered help page: src/country/early.ts). The entry adding
      // one tag per chunk at once was a long task on a slow phone.
      resolveDependencies: (file, deps, { hostType }) =>
        hostType === 'js' && APP_ENTRY_CHUNK.test(file) ? [] : deps,
    },
    target: 'es2022',
    // dist/.vite/manifest.json: the chunk graph the help-screen budget test reads.
    manifest: true,
    // A second HTML page: the neutral page quick exit leaves to (features/privacy/quick-exit.tsx).
    // Built by Vite so its copy is filled from the catalogue and the service worker precaches it.
    rolldownOptions: {
      input: {
        main: fileURLToPath(new URL('./index.html', import.meta.url)),
        weather: fileURLToPath(new URL('./weather.html', import.meta.url)),
        // The share viewer (/s/<id>#<key>): its own small entry, none of the app's code.
        share: fileURLToPath(new URL('./share.html', import.meta.url)),
      },
      // The app (src/boot.tsx and its static imports) as one chunk: build/app-chunk.ts.
      output: {
        codeSplitting: {
          groups: [{ name: 'app', test: app.isAppModule, includeDependenciesRecursively: false }],
        },
      },
    },
  },
});
