// The sync engine's status for screens; re-renders on every change (and each minute, so "last
// synced 1 minute ago" stays true).
import { useEffect, useState } from 'preact/hooks';
import type { SyncStatus } from '../../sync/engine.ts';
import type { LinkContext } from '../../sync/link.ts';
import { syncContext } from '../../sync/start.ts';

export function useSync(): { ctx?: LinkContext; status?: SyncStatus } {
  const [state, setState] = useState<{ ctx?: LinkContext; status?: SyncStatus }>({});
  useEffect(() => {
    let off: (() => void) | undefined;
    let live = true;
    void syncContext().then((ctx) => {
      if (!live) return;
      const update = () => setState({ ctx, status: ctx.engine.status() });
      off = ctx.engine.onStatus(update);
      const offRecords = ctx.vault.subscribe(update);
      const tick = setInterval(update, 30_000);
      const prev = off;
      off = () => {
        prev();
        offRecords();
        clearInterval(tick);
      };
      update();
    });
    return () => {
      live = false;
      off?.();
    };
  }, []);
  return state;
}
