// Live share links: while the app runs and the vault is open, a change to what a live link
// shares (a log entry, a diary card, a check-in, a tool use, the safety plan) re-seals its
// snapshot with the same key and replaces it on the server, so the person's therapist always
// opens the latest days. Started once, with the vault (vault/index.ts). Without a live link it
// makes no request at all.
import { vault } from '../../vault/index.ts';
import { activeLinks } from './link-records.ts';

const WATCHED = new Set([
  'journal-urge',
  'journal-diary',
  'journal-check-in',
  'tool-use',
  'safety-plan',
]);
/** Changes often come in bursts (a form saves several records): wait for them to settle. */
const SETTLE_MS = 1_500;

let started = false;

export function startLiveShares(): void {
  if (started) return;
  started = true;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let running = Promise.resolve();
  const run = () => {
    running = running.then(async () => {
      const live = activeLinks().filter((l) => l.live);
      if (live.length === 0) return;
      const { refreshLive } = await import('./links.ts');
      for (const link of live) await refreshLive(link).catch(() => false);
    });
  };
  vault.subscribe((kind) => {
    if (!WATCHED.has(kind)) return;
    clearTimeout(timer);
    timer = setTimeout(run, SETTLE_MS);
  });
}
