// The person's tool history: each use with its ratings, newest first, and the grounding notes
// they chose to keep. Anything can be removed. Only on this device, in the encrypted vault.
import { useRef } from 'preact/hooks';
import { t } from '../../i18n.ts';
import { formatDateTime } from '../../locale-format.ts';
import { PageHeading } from '../../screens/page-heading.tsx';
import { EmptyState } from '../../ui/empty-state.tsx';
import { useRecords, vault } from '../../vault/index.ts';
import { toolName } from './tool-names.ts';
import './tools.css';

const formatWhen = (iso: string) => {
  const ms = Date.parse(iso);
  return Number.isNaN(ms) ? iso : formatDateTime(ms);
};

function ratingLine(before?: number, after?: number): string | null {
  if (before !== undefined && after !== undefined)
    return t('tools.history.urge', { before, after });
  if (before !== undefined) return t('tools.history.urgeBefore', { before });
  if (after !== undefined) return t('tools.history.urgeAfter', { after });
  return null;
}

export function HistoryScreen() {
  const uses = useRecords(vault, 'tool-use');
  const notes = useRecords(vault, 'tool-grounding-note');
  const own = new Map(useRecords(vault, 'tool-own-alternative').map((r) => [r.id, r.value]));
  const newest = [...uses].reverse();
  const usesHeading = useRef<HTMLHeadingElement>(null);
  const notesHeading = useRef<HTMLHeadingElement>(null);
  // The removed item took the focused button with it: put focus on its list's heading.
  const remove = (kind: 'tool-use' | 'tool-grounding-note', id: string) =>
    void vault.delete(kind, id).then(
      () => (kind === 'tool-use' ? usesHeading : notesHeading).current?.focus(),
      () => undefined,
    );

  return (
    <>
      <PageHeading>{t('tools.history.title')}</PageHeading>
      <p class="lead">{t('tools.history.intro')}</p>
      <h2 tabIndex={-1} ref={usesHeading}>
        {t('tools.history.usesHeading')}
      </h2>
      {newest.length === 0 ? (
        <EmptyState text={t('tools.history.empty')} />
      ) : (
        <ul class="tk-history-list">
          {newest.map((record) => {
            const use = record.value;
            const name = toolName(use.tool, own);
            const at = formatWhen(use.startedAt);
            const rating = ratingLine(use.urgeBefore, use.urgeAfter);
            return (
              <li key={record.id} class="tk-history-item">
                <div>
                  <p class="tk-history-name">{name}</p>
                  <p class="tk-meta">
                    {[at, rating, use.endedAt ? null : t('tools.history.unfinished')]
                      .filter((x) => x !== null)
                      .join(' · ')}
                  </p>
                </div>
                <button
                  type="button"
                  class="button button-secondary"
                  aria-label={t('tools.history.removeLabel', { tool: name, when: at })}
                  onClick={() => remove('tool-use', record.id)}
                >
                  {t('tools.history.remove')}
                </button>
              </li>
            );
          })}
        </ul>
      )}
      <h2 tabIndex={-1} ref={notesHeading}>
        {t('tools.history.notesHeading')}
      </h2>
      {notes.length === 0 ? (
        <p class="muted">{t('tools.history.notesEmpty')}</p>
      ) : (
        <ul class="tk-history-list">
          {[...notes].reverse().map((record) => {
            const at = formatWhen(record.at);
            return (
              <li key={record.id} class="tk-history-item">
                <div>
                  <p class="tk-history-name">{at}</p>
                  <ul class="tk-note-answers">
                    {record.value.answers
                      .filter((a) => a !== '')
                      .map((a, i) => (
                        <li key={i}>{a}</li>
                      ))}
                  </ul>
                </div>
                <button
                  type="button"
                  class="button button-secondary"
                  aria-label={t('tools.history.removeLabel', {
                    tool: t('tools.name.grounding'),
                    when: at,
                  })}
                  onClick={() => remove('tool-grounding-note', record.id)}
                >
                  {t('tools.history.remove')}
                </button>
              </li>
            );
          })}
        </ul>
      )}
    </>
  );
}

export default function Screen() {
  return <HistoryScreen />;
}
