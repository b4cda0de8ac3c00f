// The weekly diary card as a real table, like the paper card: days as columns, the card's rows
// as rows, each with a header cell. Blank cells stay blank (a day not filled in is just that).
// On a phone the table scrolls sideways inside a focusable, labelled region, with the row
// headers kept in view.
import type { DiaryWeek, GridRow, MedicationAnswer } from '@onward/core';
import { t } from '../../i18n.ts';
import { Link } from '../../router/router.tsx';
import { formatColumnDay, formatDay } from './dates.ts';
import { cardEmotionLabel } from './labels.ts';
import { diaryDayPath } from './paths.ts';

function rowLabel(row: GridRow): string {
  switch (row.kind) {
    case 'target-urge':
      return t(`journal.diary.row.${row.target}.urge`);
    case 'target-acted':
      return t(`journal.diary.row.${row.target}.acted`);
    case 'custom-urge':
      return t('journal.diary.row.customUrge', { label: row.item.label });
    case 'custom-acted':
      return t('journal.diary.row.customActed', { label: row.item.label });
    case 'emotion':
      return cardEmotionLabel(row.emotion);
    case 'custom-emotion':
      return t('journal.diary.row.customEmotion', { label: row.item.label });
    case 'medication':
      return t('journal.diary.row.medication');
    case 'skills':
      return t('journal.diary.row.skills');
    case 'distress':
      return t('journal.diary.row.distress');
    case 'note':
      return t('journal.diary.row.note');
  }
}

const medication: Record<MedicationAnswer, () => string> = {
  yes: () => t('journal.diary.yes'),
  no: () => t('journal.diary.no'),
  'not-prescribed': () => t('journal.diary.notPrescribed'),
};

function cellText(value: number | boolean | string | null, row: GridRow): string {
  if (value === null) return '';
  if (typeof value === 'boolean') return value ? t('journal.diary.yes') : t('journal.diary.no');
  if (row.kind === 'medication') return medication[value as MedicationAnswer]();
  return String(value);
}

export function DiaryGrid({
  week,
  captionId,
  today,
}: {
  week: DiaryWeek;
  captionId: string;
  /** The person's local date today: later days are shown, not linked. */
  today: string;
}) {
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling region must take keyboard focus so it can be scrolled without a mouse (WCAG 2.1.1).
    <section class="table-scroll" aria-labelledby={captionId} tabIndex={0}>
      <table class="diary-grid">
        <caption id={captionId} class="visually-hidden">
          {t('journal.diary.weekCaption', { date: formatDay(week.days[0] ?? '') })}
        </caption>
        <thead>
          <tr>
            <th scope="col" class="row-head">
              {t('journal.diary.rowHeader')}
            </th>
            {week.days.map((day) => {
              const label = (
                <span class="column-day">
                  <span>{formatColumnDay(day).weekday}</span>{' '}
                  <span>{formatColumnDay(day).date}</span>
                </span>
              );
              // Days still to come are not links: there is no card to fill in yet.
              return (
                <th scope="col" key={day} class={day > today ? 'future-day' : undefined}>
                  {day > today ? (
                    label
                  ) : (
                    <Link href={diaryDayPath(day)}>
                      {label}
                      <span class="visually-hidden"> {t('journal.diary.editDay')}</span>
                    </Link>
                  )}
                </th>
              );
            })}
          </tr>
        </thead>
        <tbody>
          {week.rows.map((row, i) => (
            <tr key={`${row.kind}-${i}`} class={`row-${row.kind}`}>
              <th scope="row" class="row-head">
                {rowLabel(row)}
              </th>
              {row.cells.map((value, j) => (
                <td key={week.days[j]} class={row.kind === 'note' ? 'note-cell' : undefined}>
                  {cellText(value, row)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
