import { useCallback, useEffect, useState } from 'react';
import type { Lang } from '../../i18n/lang';
import { PRESENT_WORDS as W } from '../../i18n/present';
import {
  elapsedAt,
  formatClock,
  formatElapsed,
  pauseAt,
  STOPWATCH_ZERO,
  type StopwatchState,
  startAt,
} from './console-time';

/** Date.now() floored to the second, updated as each second begins: one render a second. */
function useSecond(): number {
  const [now, setNow] = useState(() => Math.floor(Date.now() / 1000) * 1000);
  useEffect(() => {
    const timer = window.setInterval(() => setNow(Math.floor(Date.now() / 1000) * 1000), 200);
    return () => window.clearInterval(timer);
  }, []);
  return now;
}

/** The presenter's stopwatch: start, pause, reset, and a start that only a fresh one takes. */
export function useStopwatch() {
  const [state, setState] = useState<StopwatchState>(STOPWATCH_ZERO);
  const start = useCallback(() => setState((s) => startAt(s, Date.now())), []);
  const pause = useCallback(() => setState((s) => pauseAt(s, Date.now())), []);
  const reset = useCallback(() => setState(STOPWATCH_ZERO), []);
  /** Starts it if it stands at zero (the talk has begun); a paused time stays paused. */
  const startIfFresh = useCallback(
    () => setState((s) => (s.since === null && s.banked === 0 ? startAt(s, Date.now()) : s)),
    [],
  );
  return { state, start, pause, reset, startIfFresh };
}

/**
 * The elapsed time with its buttons, and the wall clock. They tick in here, once a second, so the
 * slides beside them do not render again.
 */
export function ConsoleClock({
  lang,
  stopwatch,
}: {
  lang: Lang;
  stopwatch: ReturnType<typeof useStopwatch>;
}) {
  const now = useSecond();
  const { state, start, pause, reset } = stopwatch;
  const running = state.since !== null;
  const fresh = !running && state.banked === 0;
  return (
    <div className="console-clock">
      <div
        className="console-timer"
        role="timer"
        aria-label={W.elapsed[lang]}
        data-timer={running ? 'running' : fresh ? 'zero' : 'paused'}
      >
        <span className="console-label">{W.elapsed[lang]}</span>
        <span className="console-time" data-elapsed>
          {formatElapsed(elapsedAt(state, Math.max(now, state.since ?? 0)))}
        </span>
        <button type="button" className="btn" onClick={running ? pause : start} data-action="timer">
          {running ? W.timerPause[lang] : fresh ? W.timerStart[lang] : W.timerResume[lang]}
        </button>
        <button
          type="button"
          className="btn"
          onClick={reset}
          disabled={fresh}
          data-action="timer-reset"
        >
          {W.timerReset[lang]}
        </button>
      </div>
      <p className="console-wall">
        <span className="console-label">{W.clock[lang]}</span>
        <span className="console-time" data-clock>
          {formatClock(new Date(now))}
        </span>
      </p>
      {fresh && <p className="console-hint">{W.timerHint[lang]}</p>}
    </div>
  );
}
