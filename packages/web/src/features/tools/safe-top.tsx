// The help screen's fast path ("I'm struggling but safe"): one suggested tool and a big button
// that opens it already running, so a tool is two taps from "Get help now". Bundled eagerly with
// the help screens, so it stays small: the ranking is a few lines of arithmetic, and the tool
// screens themselves load only when the button is pressed. While the vault is opening or locked
// it has no records to read, and the suggestion falls back to the prior order.
import { t } from '../../i18n.ts';
import { Link } from '../../router/router.tsx';
import { Card } from '../../ui/card.tsx';
import { helpVault, useRecords } from '../../vault/index.ts';
import { suggestFor } from './suggestion.ts';
import { GUIDED_TOOLS, type GuidedTool, startPath } from './tool-ids.ts';
import { whyText } from './why-text.ts';

export function ToolsSafeTop() {
  const uses = useRecords(helpVault, 'tool-use').map((r) => r.value);
  const suggestion = suggestFor(uses, GUIDED_TOOLS);
  if (!suggestion) return null;
  const tool = suggestion.tool as GuidedTool;
  const name = t(`tools.name.${tool}`);
  return (
    <Card tone="soft" class="tk-tools-safe" labelledBy="tools-safe-heading">
      <h2 id="tools-safe-heading">{t('tools.safe.heading')}</h2>
      <p>{uses.length === 0 ? t('tools.safe.intro') : whyText(suggestion.why)}</p>
      <Link class="button button-primary button-block button-large" href={startPath(tool)}>
        {t('tools.safe.start', { tool: name })}
      </Link>
    </Card>
  );
}
