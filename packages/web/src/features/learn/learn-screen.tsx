// /learn: every guide, with what it covers and how long it takes to read.
import { t } from '../../i18n.ts';
import { Link } from '../../router/router.tsx';
import { PageHeading } from '../../screens/page-heading.tsx';
import { guides } from './guides.ts';
import { readingTime } from './minutes.ts';
import { guidePath } from './paths.ts';
import './learn.css';

export default function LearnScreen() {
  return (
    <>
      <PageHeading>{t('learn.title')}</PageHeading>
      <p class="lead">{t('learn.intro')}</p>
      <ul class="guide-list">
        {guides.map((guide) => (
          <li key={guide.id} class="card guide-card">
            <h2>
              <Link href={guidePath(guide.id)}>{guide.title}</Link>
            </h2>
            <p>{guide.summary}</p>
            <p class="guide-minutes">{readingTime(guide.minutes)}</p>
          </li>
        ))}
      </ul>
    </>
  );
}
