// The four guided tools, one tap each. Shown on the help screen, on "struggling but safe", on the
// lock screen and at the top of the toolkit: the guided tools show nothing private, so they work
// while the app is locked, and a passcode must never stand between a person and "breathe".
// Bundled eagerly with the help screens: keep it tiny (links and copy only).
import { t } from '../../i18n.ts';
import { Link } from '../../router/router.tsx';
import { GUIDED_TOOLS, toolsPaths } from './tool-ids.ts';

export function GuidedToolLinks({ id = 'guided-tools' }: { id?: string }) {
  return (
    <section class="guided-tools" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{t('tools.guided.heading')}</h2>
      <ul class="link-list guided-tool-list">
        {GUIDED_TOOLS.map((tool) => (
          <li key={tool} data-tool={tool}>
            <Link href={toolsPaths[tool]} aria-describedby={`${id}-${tool}-hint`}>
              {t(`tools.name.${tool}`)}
            </Link>
            <p class="hint" id={`${id}-${tool}-hint`}>
              {t(`tools.summary.${tool}`)}
            </p>
          </li>
        ))}
      </ul>
    </section>
  );
}

/** The help screens' slot: the four guided tools. */
export function HelpGuidedTools() {
  return <GuidedToolLinks id="help-guided-tools" />;
}
