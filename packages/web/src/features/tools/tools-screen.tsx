// The toolkit: one suggested tool at the top with the reason for it, then every tool, best bet
// first ("what helps me"), then the library and the history. The person may say what is going
// on; the suggestion and the order then lean on what helped in moments like this.
import { findAlternativeIn } from '@onward/content';
import { language, t } from '../../i18n.ts';
import { Link } from '../../router/router.tsx';
import { PageHeading } from '../../screens/page-heading.tsx';
import { useRecords, useVaultStatus, vault } from '../../vault/index.ts';
import { setCurrentContext, useCurrentContext } from './context-store.ts';
import { GuidedToolLinks } from './guided-links.tsx';
import { ContextPicker } from './session.tsx';
import { rankFor, suggestFor } from './suggestion.ts';
import { GUIDED_TOOLS, isGuidedTool, OWN_PREFIX, toolsPaths, tryPath } from './tool-ids.ts';
import { toolName } from './tool-names.ts';
import { whyText } from './why-text.ts';
import './tools.css';
import { HintedLink } from '../../screens/hinted-link.tsx';
import { Card } from '../../ui/card.tsx';
import { GuideLink } from '../learn/guide-link.tsx';

const hrefFor = (id: string) => (isGuidedTool(id) ? toolsPaths[id] : tryPath(id));

/**
 * While the vault is locked (or still opening) the toolkit shows only what is not private: the
 * four guided tools, which work without unlocking. Help first: this screen is reachable from the
 * help screens and home, and must never dead-end on the lock screen.
 */
function LockedTools({ locked }: { locked: boolean }) {
  return (
    <>
      <PageHeading>{t('tools.title')}</PageHeading>
      <p class="lead">{t('tools.intro')}</p>
      {locked ? <p class="notice">{t('tools.lockedNote')}</p> : null}
      <GuidedToolLinks id="tools-guided" />
      <section aria-labelledby="more-tools-heading">
        <h2 id="more-tools-heading">{t('tools.more.heading')}</h2>
        <ul class="link-list">
          <HintedLink
            href={toolsPaths.alternatives}
            hintId="more-alternatives-hint"
            hint={t('tools.more.alternativesHint')}
          >
            {t('tools.more.alternatives')}
          </HintedLink>
          <HintedLink
            href={toolsPaths.history}
            hintId="more-history-hint"
            hint={t('tools.more.historyHint')}
          >
            {t('tools.more.history')}
          </HintedLink>
        </ul>
      </section>
    </>
  );
}

export function ToolsScreen() {
  const state = useVaultStatus().state;
  if (state !== 'unlocked' && state !== 'unavailable')
    return <LockedTools locked={state === 'locked'} />;
  return <OpenTools />;
}

function OpenTools() {
  const context = useCurrentContext();
  const uses = useRecords(vault, 'tool-use').map((r) => r.value);
  const prefs = useRecords(vault, 'tool-alternative-pref');
  const ownRecords = useRecords(vault, 'tool-own-alternative');
  const own = new Map(ownRecords.map((r) => [r.id, r.value]));
  const hidden = new Set(prefs.filter((p) => p.value.hidden).map((p) => p.id));

  // Candidates: the guided tools (in their prior order), then ideas the person has tried or
  // marked as a favourite, as long as they still exist and are not hidden.
  const ideas: string[] = [];
  const addIdea = (id: string) => {
    if (isGuidedTool(id) || hidden.has(id) || ideas.includes(id)) return;
    const exists = id.startsWith(OWN_PREFIX)
      ? own.has(id)
      : findAlternativeIn(language, id) !== undefined;
    if (exists) ideas.push(id);
  };
  for (const use of uses) addIdea(use.tool);
  for (const p of prefs) if (p.value.favourite) addIdea(p.id);
  const candidates = [...GUIDED_TOOLS, ...ideas];

  const suggestion = suggestFor(uses, candidates, context);
  const ranking = rankFor(uses, candidates, context);

  return (
    <>
      <PageHeading>{t('tools.title')}</PageHeading>
      <p class="lead">{t('tools.intro')}</p>
      <ContextPicker value={context} onChange={setCurrentContext} />
      {suggestion && (
        <Card tone="soft" class="tk-suggested" labelledBy="suggested-heading">
          <h2 id="suggested-heading">{t('tools.suggested.heading')}</h2>
          <p class="tk-suggested-name">{toolName(suggestion.tool, own)}</p>
          <p>{whyText(suggestion.why)}</p>
          <Link class="button button-primary button-block" href={hrefFor(suggestion.tool)}>
            {t('tools.suggested.open', { tool: toolName(suggestion.tool, own) })}
          </Link>
        </Card>
      )}
      <section aria-labelledby="all-tools-heading">
        <h2 id="all-tools-heading">{t('tools.all.heading')}</h2>
        <ul class="link-list tk-tool-list">
          {ranking.map((standing) => {
            const id = standing.tool;
            const hintId = `tool-hint-${id}`;
            return (
              <li key={id} data-tool={id}>
                <Link href={hrefFor(id)} aria-describedby={hintId}>
                  {toolName(id, own)}
                </Link>
                <p class="hint" id={hintId}>
                  {isGuidedTool(id) ? `${t(`tools.summary.${id}`)} ` : ''}
                  {whyText(standing.why)}
                </p>
              </li>
            );
          })}
        </ul>
      </section>
      <section aria-labelledby="more-tools-heading">
        <h2 id="more-tools-heading">{t('tools.more.heading')}</h2>
        <ul class="link-list">
          <HintedLink
            href={toolsPaths.alternatives}
            hintId="more-alternatives-hint"
            hint={t('tools.more.alternativesHint')}
          >
            {t('tools.more.alternatives')}
          </HintedLink>
          <HintedLink
            href={toolsPaths.history}
            hintId="more-history-hint"
            hint={t('tools.more.historyHint')}
          >
            {t('tools.more.history')}
          </HintedLink>
        </ul>
      </section>
      <GuideLink id="coping-and-alternatives" />
    </>
  );
}

export default function Screen() {
  return <ToolsScreen />;
}
