// The gentle daily check-in prompt: a calm, dismissible banner on the journal and progress
// screens, with discreet wording (no mention of self-harm, in case someone glances at the
// screen). Nothing is ever sent or notified.
import { t } from '../../i18n.ts';
import { Link } from '../../router/router.tsx';
import { useRecords, vault } from '../../vault/index.ts';
import { nowTime, today } from './dates.ts';
import { diaryDayPath } from './paths.ts';
import { readSettings, SETTINGS_ID, updateSettings } from './records.ts';
import { shouldPrompt } from './reminder.ts';

export function ReminderBanner() {
  const settingsRecords = useRecords(vault, 'journal-settings');
  const urges = useRecords(vault, 'journal-urge');
  const cards = useRecords(vault, 'journal-diary');
  const checkIns = useRecords(vault, 'journal-check-in');
  const settings = readSettings(settingsRecords.find((r) => r.id === SETTINGS_ID)?.value);
  const day = today();
  const checkedInToday =
    urges.some((r) => r.value?.day === day) ||
    cards.some((r) => r.id === day) ||
    checkIns.some((r) => r.value?.day === day);
  const show = shouldPrompt({
    setting: settings.reminder,
    dismissedOn: settings.reminderDismissedOn,
    today: day,
    now: nowTime(),
    checkedInToday,
  });
  if (!show) return null;
  return (
    <aside class="reminder-banner" aria-labelledby="reminder-banner-text">
      <p id="reminder-banner-text">{t('journal.reminder.banner')}</p>
      <div class="button-row">
        <Link class="button button-primary button-small" href={diaryDayPath(day)}>
          {t('journal.reminder.open')}
        </Link>
        <button
          type="button"
          class="button button-secondary button-small"
          onClick={() => void updateSettings((s) => ({ ...s, reminderDismissedOn: day }))}
        >
          {t('journal.reminder.dismiss')}
        </button>
      </div>
    </aside>
  );
}
