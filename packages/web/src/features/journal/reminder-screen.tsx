// /journal/reminder: turn the gentle daily check-in prompt on or off and choose its time. It
// shows only inside the app (push notifications come later, with the server).
import { useState } from 'preact/hooks';
import { t } from '../../i18n.ts';
import { Link } from '../../router/router.tsx';
import { PageHeading } from '../../screens/page-heading.tsx';
import { useRecord, vault } from '../../vault/index.ts';
import { journalPaths } from './paths.ts';
import { readSettings, SETTINGS_ID, updateSettings } from './records.ts';
import './journal.css';
import { Toggle } from '../../ui/toggle.tsx';

function ReminderForm({ enabled, time }: { enabled: boolean; time: string }) {
  const [on, setOn] = useState(enabled);
  const [at, setAt] = useState(time);
  const [status, setStatus] = useState('');
  const save = async (event: Event) => {
    event.preventDefault();
    const valid = /^([01]\d|2[0-3]):[0-5]\d$/.test(at) ? at : time;
    try {
      await updateSettings((s) => ({ ...s, reminder: { enabled: on, time: valid } }));
      setStatus(
        on
          ? t('journal.reminder.saved')
          : `${t('journal.reminder.saved')} ${t('journal.reminder.off')}`,
      );
    } catch {
      setStatus(t('journal.log.notSaved'));
    }
  };
  return (
    <form class="journal-form" onSubmit={(e) => void save(e)}>
      <div class="field">
        <Toggle
          id="reminder-enable"
          checked={on}
          onChange={(next) => {
            setOn(next);
            setStatus('');
          }}
        >
          {t('journal.reminder.enable')}
        </Toggle>
      </div>
      <div class="field">
        <label for="reminder-time">{t('journal.reminder.timeLabel')}</label>
        <input
          id="reminder-time"
          class="input input-short"
          type="time"
          value={at}
          disabled={!on}
          onInput={(e) => {
            setAt(e.currentTarget.value);
            setStatus('');
          }}
        />
      </div>
      <div class="button-row form-actions">
        <button type="submit" class="button button-primary">
          {t('journal.reminder.save')}
        </button>
      </div>
      <p class="status" role="status">
        {status}
      </p>
    </form>
  );
}

export default function ReminderScreen() {
  const record = useRecord(vault, 'journal-settings', SETTINGS_ID);
  const settings = readSettings(record?.value);
  return (
    <>
      <PageHeading>{t('journal.reminder.title')}</PageHeading>
      <p class="lead">{t('journal.reminder.intro')}</p>
      <ReminderForm enabled={settings.reminder.enabled} time={settings.reminder.time} />
      <p>
        <Link href={journalPaths.journal}>{t('journal.title')}</Link>
      </p>
    </>
  );
}
