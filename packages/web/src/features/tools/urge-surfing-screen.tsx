// Urge surfing: a timer (5 minutes unless the person picks 1–30, extendable by 5) with a calm
// wave, or only a text countdown when the person asked for less motion. Each minute a gentle,
// optional check-in asks whether the urge has eased; the timer never waits for an answer.

import { useEffect, useRef, useState } from 'preact/hooks';
import { isOne, t } from '../../i18n.ts';
import { PageHeading } from '../../screens/page-heading.tsx';
import { Card } from '../../ui/card.tsx';
import { type Clock, systemClock, useNow } from './clock.ts';
import { useReducedMotion } from './motion.ts';
import { FinishPanel, ReadyForm, useStartParam, useToolUse } from './session.tsx';
import {
  canExtend,
  checkInMinute,
  extendSurf,
  formatClock,
  minutesSpent,
  SURF_DEFAULT_MINUTES,
  SURF_MAX_MINUTES,
  SURF_MIN_MINUTES,
  type SurfTimer,
  startSurf,
  surfStatus,
} from './surf-timer.ts';
import './tools.css';

const TOOL = 'urge-surfing';

/** Two layers of gentle waves, drawn twice as wide as the view so they can drift seamlessly. */
function wavePath(height: number, amplitude: number): string {
  let d = `M0 ${height}`;
  for (let x = 0; x < 600; x += 100) {
    d += ` q25 ${-amplitude} 50 0 t50 0`;
  }
  return `${d} V220 H0 Z`;
}

function Wave() {
  return (
    <div class="tk-wave">
      <svg viewBox="0 0 300 160" preserveAspectRatio="none" aria-hidden="true" focusable="false">
        <g class="tk-wave-swell">
          <path class="tk-wave-back" d={wavePath(70, 18)} />
          <path class="tk-wave-front" d={wavePath(90, 14)} />
        </g>
      </svg>
    </div>
  );
}

function minutesOptions() {
  const options = [];
  for (let m = SURF_MIN_MINUTES; m <= SURF_MAX_MINUTES; m++) {
    options.push(
      <option key={m} value={String(m)}>
        {isOne(m) ? t('tools.minuteOption') : t('tools.minutesOption', { count: m })}
      </option>,
    );
  }
  return options;
}

type CheckInAnswer = { minute: number; eased: boolean } | null;

function Running({
  timer,
  clock,
  onExtend,
  onFinish,
}: {
  timer: SurfTimer;
  clock: Clock;
  onExtend: () => void;
  onFinish: () => void;
}) {
  const reduce = useReducedMotion();
  const now = useNow(clock, 500, true);
  const status = surfStatus(timer, now);
  const [answer, setAnswer] = useState<CheckInAnswer>(null);
  const [announce, setAnnounce] = useState('');
  const asking = checkInMinute(status, answer?.minute ?? 0);
  const lastAsked = useRef(0);
  const replyRef = useRef<HTMLParagraphElement>(null);
  // The buttons go away once answered, so focus moves to the reply rather than being lost.
  const reply = (eased: boolean) => {
    if (asking === null) return;
    setAnswer({ minute: asking, eased });
  };
  useEffect(() => {
    if (answer) replyRef.current?.focus();
  }, [answer]);

  useEffect(() => {
    if (status.done) onFinish();
  }, [status.done]);

  // One polite announcement per check-in, never per second.
  useEffect(() => {
    if (asking !== null && asking !== lastAsked.current) {
      lastAsked.current = asking;
      setAnnounce(t('tools.surf.checkIn'));
    }
  }, [asking]);

  return (
    <div class="tk-surf-running">
      <p class="lead">{t('tools.surf.running')}</p>
      {!reduce && <Wave />}
      <p class="tk-countdown" role="timer">
        {t('tools.minutesLeft', { time: formatClock(status.remainingMs) })}
      </p>
      <p class="visually-hidden" aria-live="polite">
        {announce}
      </p>
      {asking !== null && (
        <Card tone="soft" class="tk-check-in" labelledBy="check-in-heading">
          <h2 id="check-in-heading">{t('tools.surf.checkIn')}</h2>
          <p class="muted">
            {isOne(asking)
              ? t('tools.surf.checkInFirst')
              : t('tools.surf.checkInMinute', { count: asking })}
          </p>
          <div class="button-row">
            <button type="button" class="button button-secondary" onClick={() => reply(true)}>
              {t('tools.surf.eased')}
            </button>
            <button type="button" class="button button-secondary" onClick={() => reply(false)}>
              {t('tools.surf.notYet')}
            </button>
          </div>
        </Card>
      )}
      {asking === null && answer && (
        <p class="tk-check-in-reply" tabIndex={-1} ref={replyRef}>
          {answer.eased ? t('tools.surf.easedReply') : t('tools.surf.notYetReply')}
        </p>
      )}
      <div class="button-row">
        {canExtend(timer) && (
          <button type="button" class="button button-secondary" onClick={onExtend}>
            {t('tools.surf.extend')}
          </button>
        )}
        <button type="button" class="button button-primary" onClick={onFinish}>
          {t('tools.finishNow')}
        </button>
      </div>
    </div>
  );
}

export function UrgeSurfingScreen({ clock = systemClock }: { clock?: Clock }) {
  const startNow = useStartParam();
  const session = useToolUse(TOOL, clock);
  const [minutes, setMinutes] = useState(SURF_DEFAULT_MINUTES);
  const [before, setBefore] = useState<number | null>(null);
  const [timer, setTimer] = useState<SurfTimer | null>(null);
  const [spentMs, setSpentMs] = useState<number | null>(null);

  const start = (rating: number | null) => {
    session.start(rating);
    setTimer(startSurf(clock.now(), minutes));
  };

  useEffect(() => {
    if (startNow) start(null);
  }, []);

  const finish = () => {
    if (!timer) return;
    setSpentMs(surfStatus(timer, clock.now()).elapsedMs);
    session.end();
  };

  let body: preact.ComponentChildren;
  if (spentMs !== null) {
    const spent = minutesSpent(spentMs);
    body = (
      <FinishPanel
        tool={TOOL}
        session={session}
        heading={t('tools.surf.doneHeading')}
        body={
          spent === 0
            ? t('tools.surf.doneBodyShort')
            : isOne(spent)
              ? t('tools.surf.doneBodyOne')
              : t('tools.surf.doneBody', { minutes: spent })
        }
      />
    );
  } else if (timer) {
    body = (
      <Running
        timer={timer}
        clock={clock}
        onExtend={() => setTimer(extendSurf(timer))}
        onFinish={finish}
      />
    );
  } else {
    body = (
      <ReadyForm
        before={before}
        onBefore={setBefore}
        startLabel={t('tools.surf.start')}
        onStart={() => start(before)}
      >
        <p class="lead">{t('tools.surf.intro')}</p>
        <ol class="tk-steps">
          <li>{t('tools.surf.stepSit')}</li>
          <li>{t('tools.surf.stepNotice')}</li>
          <li>{t('tools.surf.stepBreathe')}</li>
        </ol>
        <div class="field">
          <label for="surf-minutes">{t('tools.surf.length')}</label>
          <select
            id="surf-minutes"
            class="select"
            value={String(minutes)}
            onChange={(event) => setMinutes(Number(event.currentTarget.value))}
          >
            {minutesOptions()}
          </select>
        </div>
      </ReadyForm>
    );
  }

  return (
    <>
      <PageHeading>{t('tools.surf.title')}</PageHeading>
      {body}
    </>
  );
}

export default function Screen() {
  return <UrgeSurfingScreen />;
}
