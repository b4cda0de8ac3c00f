// On "I'm struggling but safe": a way into the hope box, when there is something in it. Bundled
// with the help screens, so tiny; renders nothing while the vault is locked or the box is empty.
import { t } from '../../i18n.ts';
import { Link } from '../../router/router.tsx';
import { helpVault, useRecords } from '../../vault/index.ts';
import type { HopeItem } from './hope-items.ts';

declare module '../../vault/types.ts' {
  interface RecordKinds {
    'hope-item': HopeItem;
  }
}

export function HopeBoxHelpLink() {
  const items = useRecords(helpVault, 'hope-item');
  if (items.length === 0) return null;
  return (
    <ul class="link-list hope-help">
      <li>
        <Link href="/hope-box/show" aria-describedby="hope-help-hint">
          {t('hope.helpLink')}
        </Link>
        <p class="hint" id="hope-help-hint">
          {t('hope.helpHint')}
        </p>
      </li>
    </ul>
  );
}
