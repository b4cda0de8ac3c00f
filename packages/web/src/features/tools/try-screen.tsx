// Trying one idea from the library (or one of the person's own): the idea, an optional rating
// before, then "Done" and the same closing panel as the guided tools, so "what helps me" learns
// from ideas too. The use is stored under the idea's id.
import { findAlternativeIn } from '@onward/content';
import { useState } from 'preact/hooks';
import { language, t } from '../../i18n.ts';
import { Link } from '../../router/router.tsx';
import { PageHeading } from '../../screens/page-heading.tsx';
import { useRecord, vault } from '../../vault/index.ts';
import type { ScreenProps } from '../feature.ts';
import { type Clock, systemClock } from './clock.ts';
import { FinishPanel, UrgeRating, useToolUse } from './session.tsx';
import { OWN_PREFIX, toolsPaths } from './tool-ids.ts';
import './tools.css';

function useIdea(id: string): { title: string; howTo: string; minutes?: number } | undefined {
  const own = useRecord(vault, 'tool-own-alternative', id);
  if (id.startsWith(OWN_PREFIX)) return own?.value;
  return findAlternativeIn(language, id);
}

export function TryScreen({ id, clock = systemClock }: { id: string; clock?: Clock }) {
  const idea = useIdea(id);
  const session = useToolUse(id, clock);
  const [before, setBefore] = useState<number | null>(null);
  const [phase, setPhase] = useState<'ready' | 'running' | 'done'>('ready');

  if (!idea) {
    return (
      <>
        <PageHeading>{t('tools.try.title')}</PageHeading>
        <p>{t('tools.try.missing')}</p>
        <p>
          <Link href={toolsPaths.alternatives}>{t('tools.try.back')}</Link>
        </p>
      </>
    );
  }

  let body: preact.ComponentChildren;
  if (phase === 'done') {
    body = (
      <FinishPanel
        tool={id}
        session={session}
        heading={t('tools.try.doneHeading')}
        body={t('tools.try.doneBody')}
      />
    );
  } else if (phase === 'running') {
    body = (
      <div class="tk-try-running">
        {idea.howTo !== '' && <p class="lead">{idea.howTo}</p>}
        <p>{t('tools.try.running')}</p>
        <button
          type="button"
          class="button button-primary button-block button-large"
          onClick={() => {
            session.end();
            setPhase('done');
          }}
        >
          {t('tools.try.done')}
        </button>
      </div>
    );
  } else {
    body = (
      <form
        class="tk-tool-ready"
        onSubmit={(event) => {
          event.preventDefault();
          session.start(before);
          setPhase('running');
        }}
      >
        {idea.howTo !== '' && <p class="lead">{idea.howTo}</p>}
        {idea.minutes !== undefined && (
          <p class="muted">{t('tools.alt.minutes', { count: idea.minutes })}</p>
        )}
        <UrgeRating
          name="urge-before"
          legend={t('tools.rating.now')}
          value={before}
          onChange={setBefore}
        />
        <button type="submit" class="button button-primary button-block button-large">
          {t('tools.try.start')}
        </button>
        <p>
          <Link href={toolsPaths.alternatives}>{t('tools.try.back')}</Link>
        </p>
      </form>
    );
  }

  return (
    <>
      <PageHeading>{idea.title}</PageHeading>
      {body}
    </>
  );
}

export default function Screen({ params }: ScreenProps) {
  return <TryScreen id={params.id ?? ''} />;
}
