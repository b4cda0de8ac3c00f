// The app's chunk: src/boot.tsx and every module it imports statically, as one file.
//
// Left to itself the bundler splits the app's code by which lazy screens share each module, and
// the app arrived as ~44 files, some of a few dozen bytes. Every module in that set loads
// whenever the app runs at all, so the split saved nothing, and each file is a request the page
// must start: on a prerendered help page, after its first paint, that cost a slow phone a task
// per file (src/country/early.ts) and made the takeover slower. Modules any other entry
// imports statically (the share viewer, the quick-exit page, the entry itself) are left out, so
// none of those pages loads the app's code.
//
// The set is worked out from the module graph once it is complete (buildEnd), and the
// bundler's chunking asks `isAppModule` for each module after that.
import type { Plugin } from 'vite';

export const APP_CHUNK_SOURCE = '/src/boot.tsx';

/**
 * The app's own modules and Preact. Not the shared packages (@onward/core, @onward/content):
 * the app imports a few of their exports through their index, which reaches every module in
 * them; grouped by module they would all come along. Left to the bundler, only what is used
 * joins the app's files.
 */
const ownCode = (id: string) =>
  id.includes('/packages/web/src/') || /\/node_modules\/preact\//.test(id);

export function appChunk(): { plugin: Plugin; isAppModule: (id: string) => boolean } {
  const members = new Set<string>();
  const plugin: Plugin = {
    name: 'onward:app-chunk',
    apply: 'build',
    buildEnd() {
      members.clear();
      const ids = [...this.getModuleIds()];
      const boot = ids.find((id) => id.endsWith(APP_CHUNK_SOURCE));
      if (!boot) return;
      const closure = (start: string, into: Set<string>) => {
        const stack = [start];
        while (stack.length > 0) {
          const id = stack.pop() as string;
          if (into.has(id)) continue;
          into.add(id);
          for (const next of this.getModuleInfo(id)?.importedIds ?? []) stack.push(next);
        }
      };
      const elsewhere = new Set<string>();
      for (const id of ids) if (this.getModuleInfo(id)?.isEntry) closure(id, elsewhere);
      const app = new Set<string>();
      closure(boot, app);
      for (const id of app) if (!elsewhere.has(id) && ownCode(id)) members.add(id);
    },
  };
  return { plugin, isAppModule: (id) => members.has(id) };
}
