// Home for a returning person: today at a glance, one tap each. Log an urge, today's diary card,
// the next check-in when one is due, the tool that has helped this person most (the "what helps
// me" ranking), their progress in words that only ever grow, and quick ways into the hope box
// and the plan. Shown only once the vault is open and holds something of theirs; never in
// discreet mode (its first screen stays neutral). Its own chunk, loaded by home.tsx, so the help
// screens' first load does not carry it.
import { questionnairesIn } from '@onward/content';
import { readCheckIn } from '@onward/core';
import { dueCheckIn } from '../features/journal/check-in-due.ts';
import { today as localToday } from '../features/journal/dates.ts';
import { checkInPath } from '../features/journal/paths.ts';
import { useProgress } from '../features/journal/progress-input.ts';
import { growingTotals } from '../features/progress/words.ts';
import { rankFor } from '../features/tools/suggestion.ts';
import { GUIDED_TOOLS, type GuidedTool, toolsPaths } from '../features/tools/tool-ids.ts';
import { whyText } from '../features/tools/why-text.ts';
import { language, t } from '../i18n.ts';
import { ListRow } from '../ui/list-row.tsx';
import { useRecords, useVaultStatus, vault } from '../vault/index.ts';

const questionnaires = questionnairesIn(language);

export function HomeToday() {
  const state = useVaultStatus().state;
  const uses = useRecords(vault, 'tool-use').map((r) => r.value);
  const urges = useRecords(vault, 'journal-urge');
  const cards = useRecords(vault, 'journal-diary');
  const checkIns = useRecords(vault, 'journal-check-in').flatMap((r) => {
    const c = readCheckIn(r.value);
    return c ? [c] : [];
  });
  const progress = useProgress();
  if (state !== 'unlocked') return null;
  if (uses.length === 0 && urges.length === 0 && cards.length === 0 && checkIns.length === 0) {
    return null;
  }
  const today = localToday();
  const cardToday = cards.some((c) => c.id === today);
  const best = uses.length > 0 ? rankFor(uses, GUIDED_TOOLS)[0] : undefined;
  const bestTool = best?.tool as GuidedTool | undefined;
  const due = dueCheckIn(checkIns, today);
  const totals = growingTotals(progress);
  return (
    <section aria-labelledby="home-today-heading">
      <h2 id="home-today-heading">{t('home.today.heading')}</h2>
      <ul class="row-list">
        <ListRow href="/journal/new" icon="journal" id="home-today-log" hint={t('home.logHint')}>
          {t('home.today.log')}
        </ListRow>
        <ListRow
          href={`/journal/diary/${today}`}
          icon="journal"
          id="home-today-card"
          hint={cardToday ? t('home.today.cardStarted') : t('home.today.cardNotYet')}
        >
          {t('home.today.card')}
        </ListRow>
        {due ? (
          <ListRow
            href={checkInPath(due.instrument)}
            icon="insights"
            id="home-today-check-in"
            hint={t('home.today.checkInHint', { days: due.daysSince })}
          >
            {t('home.today.checkIn', { name: questionnaires[due.instrument].name })}
          </ListRow>
        ) : null}
        {bestTool && best ? (
          <ListRow
            href={toolsPaths[bestTool]}
            icon="tools"
            id="home-today-tool"
            hint={whyText(best.why)}
          >
            {t(`tools.name.${bestTool}`)}
          </ListRow>
        ) : null}
        {totals.length > 0 ? (
          <ListRow
            href="/progress"
            icon="progress"
            id="home-today-progress"
            hint={totals.join(' · ')}
          >
            {t('home.today.progress')}
          </ListRow>
        ) : null}
        <ListRow href="/hope-box" icon="hope">
          {t('hope.title')}
        </ListRow>
        <ListRow href="/plan" icon="plan">
          {t('home.planLink')}
        </ListRow>
      </ul>
    </section>
  );
}
