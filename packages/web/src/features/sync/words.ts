// Sync state and failures in words (copy from the content package).
import { language, t } from '../../i18n.ts';
import type { SyncStatus } from '../../sync/engine.ts';
import type { LinkFailure } from '../../sync/link.ts';

export function failureText(reason: LinkFailure): string {
  switch (reason) {
    case 'offline':
      return t('sync.error.offline');
    case 'busy':
      return t('sync.error.busy');
    case 'full':
      return t('sync.error.full');
    case 'slot-expired':
      return t('sync.error.slotExpired');
    case 'slot-used':
      return t('sync.error.slotUsed');
    case 'slot-not-found':
      return t('sync.error.slotNotFound');
    case 'no-sync':
      return t('sync.error.noSync');
    case 'bad-credential':
      return t('sync.error.badCredential');
    case 'vault-not-found':
      return t('sync.error.vaultNotFound');
    case 'damaged':
      return t('sync.error.damaged');
    default:
      return t('sync.error.other');
  }
}

function ago(iso: string | undefined, now: number): string {
  if (!iso) return t('sync.status.justNow');
  const seconds = Math.round((Date.parse(iso) - now) / 1000);
  if (seconds > -45) return t('sync.status.justNow');
  const rtf = new Intl.RelativeTimeFormat(language, { numeric: 'auto' });
  const minutes = Math.round(seconds / 60);
  if (minutes > -60) return rtf.format(minutes, 'minute');
  const hours = Math.round(minutes / 60);
  if (hours > -24) return rtf.format(hours, 'hour');
  return rtf.format(Math.round(hours / 24), 'day');
}

/** "Up to date, 2 devices, last synced 1 minute ago", or the state in plain words. */
export function statusText(s: SyncStatus, now = Date.now()): string {
  switch (s.phase) {
    case 'off':
      return t('sync.off');
    case 'locked':
      return t('sync.status.locked');
    case 'syncing':
      return t('sync.status.syncing');
    case 'offline':
      return t('sync.status.offline');
    case 'busy':
      return t('sync.status.busy');
    case 'full':
      return t('sync.status.full');
    case 'unlinked':
      return t('sync.status.unlinked');
    case 'failed':
      return t('sync.status.problem');
    case 'up-to-date': {
      const devices =
        s.devices === 1
          ? t('sync.status.devicesOne')
          : t('sync.status.devicesMany', { count: String(s.devices) });
      return t('sync.status.upToDate', { devices, when: ago(s.lastSyncedAt, now) });
    }
  }
}
