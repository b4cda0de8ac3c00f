// Emits dist/sw.js: our own service worker (src/sw/sw.ts), bundled as a classic script, with
// the list of every file the build emitted (plus public/) and a version hash of their bytes
// written in. No workbox: the worker is small enough to read in one sitting.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { build, type Plugin, type ResolvedConfig, type Rolldown } from 'vite';
import { type EmittedFile, precacheUrls, precacheVersion } from '../src/sw/precache.ts';

export interface ServiceWorkerOptions {
  /** The worker's source file, absolute. */
  entry: string;
}

function filesUnder(dir: string): EmittedFile[] {
  const out: EmittedFile[] = [];
  const walk = (current: string) => {
    for (const entry of readdirSync(current, { withFileTypes: true })) {
      const full = join(current, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.isFile()) {
        out.push({
          fileName: relative(dir, full).split(sep).join('/'),
          content: readFileSync(full),
        });
      }
    }
  };
  walk(dir);
  return out;
}

/** Bundles the worker on its own: one classic script, minified, no shared chunks. */
async function bundleWorker(entry: string, urls: string[], version: string): Promise<string> {
  const result = await build({
    configFile: false,
    envDir: false,
    logLevel: 'warn',
    publicDir: false,
    mode: 'production',
    define: {
      __ONWARD_PRECACHE__: JSON.stringify(urls),
      __ONWARD_VERSION__: JSON.stringify(version),
    },
    build: {
      write: false,
      minify: true,
      copyPublicDir: false,
      emptyOutDir: false,
      reportCompressedSize: false,
      lib: { entry, formats: ['iife'], name: 'onwardServiceWorker', fileName: () => 'sw.js' },
    },
  });
  const outputs = (Array.isArray(result) ? result : [result]) as Rolldown.RolldownOutput[];
  for (const output of outputs) {
    for (const item of output.output ?? []) {
      if (item.type === 'chunk' && item.isEntry) return item.code;
    }
  }
  throw new Error('service worker: the worker bundle produced no entry chunk');
}

export function serviceWorkerPlugin(options: ServiceWorkerOptions): Plugin {
  let config: ResolvedConfig;
  return {
    name: 'onward:service-worker',
    apply: 'build',
    configResolved(resolved) {
      config = resolved;
    },
    generateBundle: {
      // After Vite has emitted index.html and the CSS, so they are in the list.
      order: 'post',
      async handler(_options, bundle) {
        const files: EmittedFile[] = Object.values(bundle).map((item) => ({
          fileName: item.fileName,
          content: item.type === 'asset' ? item.source : item.code,
        }));
        if (config.publicDir && config.build.copyPublicDir)
          files.push(...filesUnder(config.publicDir));
        const urls = precacheUrls(files.map((f) => f.fileName));
        if (!urls.includes('/index.html')) {
          this.error('service worker: index.html is not among the emitted files');
        }
        const version = precacheVersion(files);
        const source = `// Onward service worker, version ${version}\n${await bundleWorker(options.entry, urls, version)}`;
        this.emitFile({ type: 'asset', fileName: 'sw.js', source });
      },
    },
  };
}
