// /learn/:id: one guide. A content note first on heavier topics, then the guide's blocks as
// plain HTML (headings, paragraphs, lists, notes, links), then its one next step as a button.
import type { Guide, GuideBlock, GuideLink as GuideTarget } from '@onward/content';
import type { ComponentChildren } from 'preact';
import { useLayoutEffect } from 'preact/hooks';
import { useCountry } from '../../country/use-country.ts';
import { directoryFor } from '../../crisis/directory.ts';
import { FirstAidFacts } from '../../crisis/first-aid-facts.tsx';
import { t } from '../../i18n.ts';
import { Link } from '../../router/router.tsx';
import { NotFoundScreen } from '../../screens/not-found.tsx';
import { PAGE_HEADING_ID, PageHeading } from '../../screens/page-heading.tsx';
import { careTeamPath } from '../clinic/paths.ts';
import { useClinic } from '../clinic/use-clinic.ts';
import type { ScreenProps } from '../feature.ts';
import { features } from '../index.ts';
import { allRoutes } from '../resolve.ts';
import { guideLinkHref } from './guide-href.ts';
import { findGuide } from './guides.ts';
import { readingTime } from './minutes.ts';
import { learnPath } from './paths.ts';
import { showScreenTitle } from './screen-title.ts';
import './learn.css';

// Every route of the app, read when this chunk loads: by then every feature is registered.
const routes = allRoutes(features);
const hrefFor = (to: GuideTarget) => guideLinkHref(to, routes);

type Part =
  | { kind: 'block'; block: Exclude<GuideBlock, { type: 'link' }> }
  | { kind: 'links'; links: Extract<GuideBlock, { type: 'link' }>[] };

/** Runs of link blocks become one list of links; everything else stays as it is. */
function parts(blocks: readonly GuideBlock[]): Part[] {
  const out: Part[] = [];
  for (const block of blocks) {
    const last = out[out.length - 1];
    if (block.type !== 'link') out.push({ kind: 'block', block });
    else if (last?.kind === 'links') last.links.push(block);
    else out.push({ kind: 'links', links: [block] });
  }
  return out;
}

function LinkList({ children }: { children: ComponentChildren }) {
  return <ul class="link-list guide-links">{children}</ul>;
}

function Block({ block }: { block: Exclude<GuideBlock, { type: 'link' }> }) {
  switch (block.type) {
    case 'p':
      return <p>{block.text}</p>;
    case 'h2':
      return <h2>{block.text}</h2>;
    case 'list':
      return (
        <ul class="guide-list-items">
          {block.items.map((item) => (
            <li key={item}>{item}</li>
          ))}
        </ul>
      );
    case 'note':
      return (
        <div class="notice guide-note" role="note">
          <p>{block.text}</p>
        </div>
      );
    case 'first-aid':
      return <GuideFirstAid />;
  }
}

/** The shared first-aid facts, with the medical advice line of the person's country. */
function GuideFirstAid() {
  return <FirstAidFacts directory={directoryFor(useCountry().choice)} />;
}

/** Shown only when this server has a clinic profile: where to ask for these treatments. */
function ClinicTreatments() {
  const clinic = useClinic();
  if (!clinic) return null;
  return (
    <LinkList>
      <li>
        <Link href={careTeamPath}>{t('clinic.treatmentsLink', { clinic: clinic.name })}</Link>
      </li>
    </LinkList>
  );
}

function GuideView({ guide }: { guide: Guide }) {
  return (
    <article class="guide" aria-labelledby={PAGE_HEADING_ID}>
      <PageHeading>{guide.title}</PageHeading>
      <p class="guide-minutes">{readingTime(guide.minutes)}</p>
      {guide.contentNote ? (
        <div class="notice content-note" role="note">
          <p class="content-note-label">{t('learn.contentNote')}</p>
          <p>{guide.contentNote}</p>
        </div>
      ) : null}
      {parts(guide.blocks).map((part, i) =>
        part.kind === 'block' ? (
          <Block key={i} block={part.block} />
        ) : (
          <LinkList key={i}>
            {part.links.map((link) => (
              <li key={link.text}>
                <Link href={hrefFor(link.to)}>{link.text}</Link>
              </li>
            ))}
          </LinkList>
        ),
      )}
      {guide.id === 'treatments-explained' ? <ClinicTreatments /> : null}
      <section class="card card-soft next-step" aria-labelledby="next-step-heading">
        <h2 id="next-step-heading">{t('learn.nextStep')}</h2>
        <Link class="button button-primary button-block" href={hrefFor(guide.nextStep.to)}>
          {guide.nextStep.text}
        </Link>
      </section>
      <p class="all-guides">
        <Link href={learnPath}>{t('learn.allGuides')}</Link>
      </p>
    </article>
  );
}

export default function GuideScreen({ params }: ScreenProps) {
  const guide = findGuide(params.id ?? '');
  // The shell set the title before this chunk arrived, when the guide's name was not known yet.
  useLayoutEffect(() => {
    showScreenTitle(guide ? guide.title : t('notFound.title'));
  }, [guide]);
  if (!guide) return <NotFoundScreen />;
  return <GuideView key={guide.id} guide={guide} />;
}
