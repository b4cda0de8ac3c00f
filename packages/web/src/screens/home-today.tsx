// Home for a returning person: today at a glance, one tap each. Log an urge, today's diary card,
// the tool that has helped this person most (the "what helps me" ranking), and quick ways into
// the hope box and the plan. Shown only once the vault is open and holds something of theirs;
// never in discreet mode (its first screen stays neutral). Nothing here counts down.
import { rankFor } from '../features/tools/suggestion.ts';
import { GUIDED_TOOLS, type GuidedTool, toolsPaths } from '../features/tools/tool-ids.ts';
import { whyText } from '../features/tools/why-text.ts';
import { t } from '../i18n.ts';
import { ListRow } from '../ui/list-row.tsx';
import { useRecords, useVaultStatus, vault } from '../vault/index.ts';

function localToday(): string {
  const now = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

export function HomeToday() {
  const state = useVaultStatus().state;
  const uses = useRecords(vault, 'tool-use').map((r) => r.value);
  const urges = useRecords(vault, 'journal-urge');
  const cards = useRecords(vault, 'journal-diary');
  if (state !== 'unlocked') return null;
  if (uses.length === 0 && urges.length === 0 && cards.length === 0) return null;
  const today = localToday();
  const cardToday = cards.some((c) => c.id === today);
  const best = uses.length > 0 ? rankFor(uses, GUIDED_TOOLS)[0] : undefined;
  const bestTool = best?.tool as GuidedTool | undefined;
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
