// Paced breathing: a circle that grows as you breathe in and shrinks as you breathe out, in a
// pattern the person picks (4 in / 6 out, box 4-4-4-4, or their own). With reduced motion there
// is no circle, only the words and a number counting down. A screen reader hears each change of
// phase once ("Breathe in", "Hold", "Breathe out") through a polite live region, never the
// seconds, so it is not flooded.

import { useEffect, useRef, useState } from 'preact/hooks';
import { isOne, t } from '../../i18n.ts';
import { PageHeading } from '../../screens/page-heading.tsx';
import { type Cues, canVibrate, createCues } from './breathing-cues.ts';
import {
  BREATH_LENGTHS,
  type BreathPattern,
  breathAt,
  type CustomField,
  type CustomInput,
  customProblems,
  DEFAULT_BREATH_MINUTES,
  type PhaseKind,
  PRESETS,
  type PresetId,
  parseCustom,
  sessionMs,
} from './breathing-pattern.ts';
import { type Clock, systemClock, useNow } from './clock.ts';
import { useReducedMotion } from './motion.ts';
import { FinishPanel, ReadyForm, useStartParam, useToolUse } from './session.tsx';
import { formatClock, minutesSpent } from './surf-timer.ts';
import './tools.css';
import { Toggle } from '../../ui/toggle.tsx';

const TOOL = 'breathing';

const phaseLabel = (kind: PhaseKind): string =>
  kind === 'in'
    ? t('tools.breathe.in')
    : kind === 'out'
      ? t('tools.breathe.out')
      : kind === 'hold-in'
        ? t('tools.breathe.holdIn')
        : t('tools.breathe.holdOut');

/** Circle sizes (as a scale) at the bottom and top of a breath. */
const SMALL = 0.55;
const LARGE = 1;

interface Run {
  pattern: BreathPattern;
  startedAt: number;
  totalMs: number;
}

function Running({
  run,
  clock,
  cues,
  onFinish,
}: {
  run: Run;
  clock: Clock;
  cues: Cues | null;
  onFinish: () => void;
}) {
  const reduce = useReducedMotion();
  const now = useNow(clock, 200, true);
  const elapsed = Math.max(0, now - run.startedAt);
  const done = elapsed >= run.totalMs;
  const moment = breathAt(run.pattern, Math.min(elapsed, run.totalMs - 1));
  const label = phaseLabel(moment.kind);
  const circle = useRef<HTMLDivElement>(null);
  const animation = useRef<Animation | null>(null);
  const [announce, setAnnounce] = useState('');

  useEffect(() => {
    if (done) onFinish();
  }, [done]);

  // Once per phase: announce it, give the cue, and move the circle over the phase's length.
  useEffect(() => {
    if (done) return;
    setAnnounce(label);
    cues?.cue(moment.kind);
    const el = circle.current;
    if (reduce || !el || typeof el.animate !== 'function') return;
    if (moment.kind !== 'in' && moment.kind !== 'out') return; // a hold keeps the last size
    const [from, to] = moment.kind === 'in' ? [SMALL, LARGE] : [LARGE, SMALL];
    animation.current?.cancel();
    animation.current = el.animate(
      [{ transform: `scale(${from})` }, { transform: `scale(${to})` }],
      {
        duration: Math.max(0, moment.phaseMs - moment.intoMs),
        easing: 'ease-in-out',
        fill: 'forwards',
      },
    );
  }, [moment.step, reduce]);

  useEffect(
    () => () => {
      animation.current?.cancel();
    },
    [],
  );
  useEffect(() => {
    if (reduce) animation.current?.cancel();
  }, [reduce]);

  const words = (
    <p class="tk-breath-words">
      <span class="tk-breath-phase">{label}</span>
      <span class="tk-breath-count">{moment.secondsLeft}</span>
    </p>
  );

  return (
    <div class="tk-breath-running">
      {reduce ? (
        <div class="tk-breath-plain">{words}</div>
      ) : (
        <>
          <div class="tk-breath-stage" aria-hidden="true">
            <div class="tk-breath-circle" ref={circle} />
          </div>
          {words}
        </>
      )}
      <p class="visually-hidden" aria-live="polite">
        {announce}
      </p>
      <p class="tk-countdown" role="timer">
        {t('tools.minutesLeft', {
          time: formatClock(run.totalMs - Math.min(elapsed, run.totalMs)),
        })}
      </p>
      <div class="button-row">
        <button type="button" class="button button-primary" onClick={onFinish}>
          {t('tools.finishNow')}
        </button>
      </div>
    </div>
  );
}

type Choice = PresetId | 'custom';

const CUSTOM_FIELDS: {
  field: CustomField;
  label:
    | 'tools.breathe.customIn'
    | 'tools.breathe.customHoldIn'
    | 'tools.breathe.customOut'
    | 'tools.breathe.customHoldOut';
}[] = [
  { field: 'in', label: 'tools.breathe.customIn' },
  { field: 'holdIn', label: 'tools.breathe.customHoldIn' },
  { field: 'out', label: 'tools.breathe.customOut' },
  { field: 'holdOut', label: 'tools.breathe.customHoldOut' },
];

export function BreathingScreen({ clock = systemClock }: { clock?: Clock }) {
  const startNow = useStartParam();
  const session = useToolUse(TOOL, clock);
  const [choice, setChoice] = useState<Choice>('in4-out6');
  const [custom, setCustom] = useState<CustomInput>({
    in: '4',
    holdIn: '2',
    out: '6',
    holdOut: '0',
  });
  const [checked, setChecked] = useState(false);
  const [minutes, setMinutes] = useState<number>(DEFAULT_BREATH_MINUTES);
  const [vibrate, setVibrate] = useState(false);
  const [sound, setSound] = useState(false);
  const [before, setBefore] = useState<number | null>(null);
  const [run, setRun] = useState<Run | null>(null);
  const [spentMs, setSpentMs] = useState<number | null>(null);
  const cues = useRef<Cues | null>(null);
  const vibrationAvailable = canVibrate();
  const problems = checked && choice === 'custom' ? customProblems(custom) : {};

  const begin = (pattern: BreathPattern, rating: number | null) => {
    cues.current = vibrate || sound ? createCues({ vibrate, sound }) : null;
    session.start(rating);
    setRun({ pattern, startedAt: clock.now(), totalMs: sessionMs(pattern, minutes) });
  };

  useEffect(() => {
    if (startNow) begin(PRESETS['in4-out6'], null);
    return () => cues.current?.close();
  }, []);

  const finish = () => {
    if (!run) return;
    setSpentMs(Math.min(run.totalMs, Math.max(0, clock.now() - run.startedAt)));
    cues.current?.close();
    cues.current = null;
    session.end();
  };

  const submit = () => {
    if (choice !== 'custom') return begin(PRESETS[choice], before);
    setChecked(true);
    const parsed = parseCustom(custom);
    if (parsed.ok) begin(parsed.value, before);
    else {
      const first = CUSTOM_FIELDS.find((f) => customProblems(custom)[f.field]);
      if (first) document.getElementById(`breath-${first.field}`)?.focus();
    }
  };

  let body: preact.ComponentChildren;
  if (spentMs !== null) {
    const spent = minutesSpent(spentMs);
    body = (
      <FinishPanel
        tool={TOOL}
        session={session}
        heading={t('tools.breathe.doneHeading')}
        body={
          spent === 0
            ? t('tools.breathe.doneBodyShort')
            : isOne(spent)
              ? t('tools.breathe.doneBodyOne')
              : t('tools.breathe.doneBody', { minutes: spent })
        }
      />
    );
  } else if (run) {
    body = <Running run={run} clock={clock} cues={cues.current} onFinish={finish} />;
  } else {
    body = (
      <ReadyForm
        before={before}
        onBefore={setBefore}
        startLabel={t('tools.start')}
        onStart={submit}
        noValidate
      >
        <p class="lead">{t('tools.breathe.intro')}</p>
        <fieldset class="tk-options">
          <legend>{t('tools.breathe.pattern')}</legend>
          {(
            [
              ['in4-out6', t('tools.breathe.pattern46')],
              ['box', t('tools.breathe.patternBox')],
              ['custom', t('tools.breathe.patternCustom')],
            ] as const
          ).map(([value, label]) => (
            <div class="tk-option" key={value}>
              <input
                type="radio"
                id={`pattern-${value}`}
                name="pattern"
                value={value}
                checked={choice === value}
                onChange={() => setChoice(value)}
              />
              <label for={`pattern-${value}`}>{label}</label>
            </div>
          ))}
        </fieldset>
        {choice === 'custom' && (
          <div class="tk-custom-pattern">
            {CUSTOM_FIELDS.map(({ field, label }) => {
              const problem = problems[field];
              const errorId = `breath-${field}-error`;
              return (
                <div class="field" key={field}>
                  <label for={`breath-${field}`}>{t(label)}</label>
                  <input
                    id={`breath-${field}`}
                    class="tk-input tk-input-short"
                    type="number"
                    inputMode="numeric"
                    min={field === 'in' || field === 'out' ? 2 : 0}
                    max={field === 'in' || field === 'out' ? 12 : 10}
                    step={1}
                    value={custom[field]}
                    aria-invalid={problem ? true : undefined}
                    aria-describedby={problem ? errorId : undefined}
                    onInput={(event) =>
                      setCustom({ ...custom, [field]: event.currentTarget.value })
                    }
                  />
                  {problem && (
                    <p class="tk-field-error" id={errorId}>
                      {problem === 'breath'
                        ? t('tools.breathe.errorBreath')
                        : t('tools.breathe.errorHold')}
                    </p>
                  )}
                </div>
              );
            })}
          </div>
        )}
        <div class="field">
          <label for="breath-minutes">{t('tools.breathe.length')}</label>
          <select
            id="breath-minutes"
            class="select"
            value={String(minutes)}
            onChange={(event) => setMinutes(Number(event.currentTarget.value))}
          >
            {BREATH_LENGTHS.map((m) => (
              <option key={m} value={String(m)}>
                {isOne(m) ? t('tools.minuteOption') : t('tools.minutesOption', { count: m })}
              </option>
            ))}
          </select>
        </div>
        <fieldset class="tk-options">
          <legend>{t('tools.breathe.cues')}</legend>
          {vibrationAvailable && (
            <Toggle id="breath-vibrate" checked={vibrate} onChange={setVibrate}>
              {t('tools.breathe.vibrate')}
            </Toggle>
          )}
          <Toggle id="breath-sound" checked={sound} onChange={setSound}>
            {t('tools.breathe.sound')}
          </Toggle>
        </fieldset>
      </ReadyForm>
    );
  }

  return (
    <>
      <PageHeading>{t('tools.breathe.title')}</PageHeading>
      {body}
    </>
  );
}

export default function Screen() {
  return <BreathingScreen />;
}
