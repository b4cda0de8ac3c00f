// The period to look at: 4 weeks, 3 months, a year or all, as one group of radio buttons.
import { PERIODS, type Period } from '@onward/core/insights';
import { t } from '../../i18n.ts';

export function PeriodPicker({
  value,
  onChange,
}: {
  value: Period;
  onChange: (p: Period) => void;
}) {
  return (
    <fieldset class="period-picker">
      <legend>{t('insights.periodLabel')}</legend>
      <ul class="chips">
        {PERIODS.map((p) => (
          <li key={p}>
            <label class="chip">
              <input
                type="radio"
                name="period"
                value={p}
                checked={value === p}
                onChange={() => onChange(p)}
              />
              <span>{t(`insights.period.${p}`)}</span>
            </label>
          </li>
        ))}
      </ul>
    </fieldset>
  );
}
