// /journal/check-in/:instrument: the PHQ-9 or GAD-7, in its published wording, scored by the
// published table. A non-zero answer to PHQ-9 item 9 gently shows the safety plan and the crisis
// lines on this screen, and nothing else happens: no alert, no flag, no risk level.
import { questionnairesIn } from '@onward/content';
import {
  ANSWER_MAX,
  type CheckIn,
  careResponseFor,
  type Instrument,
  ITEM_COUNT,
  isInstrument,
  MAX_TOTAL,
  type Score,
  scoreAnswers,
} from '@onward/core';
import { useState } from 'preact/hooks';
import { NewTabLink } from '../../crisis/new-tab-link.tsx';
import { language, t } from '../../i18n.ts';
import { Link } from '../../router/router.tsx';
import { PageHeading } from '../../screens/page-heading.tsx';
import { Card } from '../../ui/card.tsx';
import { vault } from '../../vault/index.ts';
import type { ScreenProps } from '../feature.ts';
import { CareSupport } from './care-support.tsx';
import { focusGroup, Group, RadioChips } from './controls.tsx';
import { nowStamp } from './dates.ts';
import { bandLabel } from './labels.ts';
import { journalPaths } from './paths.ts';
import { newId } from './records.ts';
import './journal.css';

const questionnaires = questionnairesIn(language);

function Result({
  instrument,
  score,
  answers,
}: {
  instrument: Instrument;
  score: Score;
  answers: number[];
}) {
  return (
    <>
      <Card class="check-in-result" labelledBy="result-heading">
        <h2 id="result-heading" tabIndex={-1}>
          {t('journal.checkIn.resultHeading')}
        </h2>
        <p class="result-total">
          {t('journal.checkIn.total', { total: score.total, max: MAX_TOTAL[instrument] })}
        </p>
        <p>{t('journal.checkIn.bandLine', { band: bandLabel(score.band) })}</p>
        <p class="small">{t('journal.checkIn.bandExplain')}</p>
        <p class="small muted">{t('journal.checkIn.saved')}</p>
      </Card>
      <CareSupport response={careResponseFor({ kind: 'check-in', instrument, answers })} />
      <p>
        <Link href={journalPaths.checkIns}>{t('journal.checkIn.back')}</Link>
      </p>
    </>
  );
}

function Form({ instrument }: { instrument: Instrument }) {
  const q = questionnaires[instrument];
  const count = ITEM_COUNT[instrument];
  const [answers, setAnswers] = useState<(number | null)[]>(() =>
    Array.from({ length: count }, () => null),
  );
  const [difficulty, setDifficulty] = useState<number | null>(null);
  const [showMissing, setShowMissing] = useState(false);
  const [done, setDone] = useState<{ score: Score; answers: number[] } | null>(null);
  const [saveError, setSaveError] = useState(false);
  const options = q.options.map((label, value) => ({ value: String(value), label }));

  if (done) return <Result instrument={instrument} score={done.score} answers={done.answers} />;

  const submit = async (event: Event) => {
    event.preventDefault();
    const missing = answers.indexOf(null);
    if (missing >= 0) {
      setShowMissing(true);
      requestAnimationFrame(() => focusGroup(`q-${missing}`));
      return;
    }
    const complete = answers as number[];
    const score = scoreAnswers(instrument, complete);
    if (!score.ok) return;
    const record: CheckIn = { v: 1, instrument, answers: complete, difficulty, ...nowStamp() };
    try {
      await vault.put('journal-check-in', newId(), record, { at: record.at });
    } catch {
      setSaveError(true);
      return;
    }
    setDone({ score: score.value, answers: complete });
    window.scrollTo(0, 0);
    requestAnimationFrame(() => document.getElementById('result-heading')?.focus());
  };

  return (
    <form class="journal-form check-in-form" noValidate onSubmit={(e) => void submit(e)}>
      <p class="lead">{q.stem}</p>
      <p>{t('journal.checkIn.formIntro')}</p>
      <ol class="questions">
        {q.items.map((item, i) => (
          <li key={item}>
            <Group
              name={`q-${i}`}
              legend={
                <>
                  <span class="question-count">
                    {t('journal.checkIn.question', { n: i + 1, total: count })}
                  </span>
                  <span class="question-text">{item}</span>
                </>
              }
              error={
                showMissing && answers[i] === null ? t('journal.checkIn.answerMissing') : undefined
              }
            >
              <RadioChips
                name={`q-${i}`}
                options={options}
                value={answers[i] === null ? null : String(answers[i])}
                onChange={(v) => setAnswers((a) => a.map((x, j) => (j === i ? Number(v) : x)))}
              />
            </Group>
          </li>
        ))}
      </ol>
      <Group
        name="q-difficulty"
        legend={q.difficulty.question}
        hint={t('journal.checkIn.optional')}
      >
        <RadioChips
          name="q-difficulty"
          options={q.difficulty.options.map((label, value) => ({ value: String(value), label }))}
          value={difficulty === null ? null : String(difficulty)}
          onChange={(v) => setDifficulty(Math.min(Number(v), ANSWER_MAX))}
        />
      </Group>
      <div class="button-row form-actions">
        <button type="submit" class="button button-primary">
          {t('journal.checkIn.submit')}
        </button>
        <Link class="button button-secondary" href={journalPaths.checkIns}>
          {t('journal.log.cancel')}
        </Link>
      </div>
      <p class="field-error">{saveError ? t('journal.log.notSaved') : ''}</p>
      <p class="small muted">
        <NewTabLink href={q.source}>{t('journal.checkIn.source')}</NewTabLink>
      </p>
    </form>
  );
}

export default function CheckInFormScreen({ params }: ScreenProps) {
  const instrument = params.instrument;
  if (!isInstrument(instrument)) {
    return (
      <>
        <PageHeading>{t('journal.checkIn.title')}</PageHeading>
        <p>
          <Link href={journalPaths.checkIns}>{t('journal.checkIn.back')}</Link>
        </p>
      </>
    );
  }
  const q = questionnaires[instrument];
  return (
    <>
      <PageHeading>{t('journal.checkIn.formTitle', { name: q.name, about: q.about })}</PageHeading>
      <Form key={instrument} instrument={instrument} />
    </>
  );
}
