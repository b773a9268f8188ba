// The presenter console's clock and timer, as text. Pure: the tests give the times.

const pad2 = (n: number) => String(n).padStart(2, '0');

/** Elapsed milliseconds as a presenter reads them: `04:07`, or `1:04:07` from an hour on. */
export function formatElapsed(ms: number): string {
  const total = Math.max(0, Math.floor(ms / 1000));
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  return h > 0 ? `${h}:${pad2(m)}:${pad2(s)}` : `${pad2(m)}:${pad2(s)}`;
}

/** The wall clock, 24-hour, in the machine's time zone: `09:05`. */
export function formatClock(date: Date): string {
  return `${pad2(date.getHours())}:${pad2(date.getMinutes())}`;
}

/** A stopwatch's state: running since `since` (ms since the epoch), plus `banked` ms before it. */
export interface StopwatchState {
  since: number | null;
  banked: number;
}

export const STOPWATCH_ZERO: StopwatchState = { since: null, banked: 0 };

/** Milliseconds on the stopwatch at `now`. */
export function elapsedAt(s: StopwatchState, now: number): number {
  return s.banked + (s.since === null ? 0 : now - s.since);
}

export function startAt(s: StopwatchState, now: number): StopwatchState {
  return s.since === null ? { since: now, banked: s.banked } : s;
}

export function pauseAt(s: StopwatchState, now: number): StopwatchState {
  return s.since === null ? s : { since: null, banked: elapsedAt(s, now) };
}
