import { describe, expect, it } from 'vitest';
import {
  elapsedAt,
  formatClock,
  formatElapsed,
  pauseAt,
  STOPWATCH_ZERO,
  startAt,
} from './console-time';

describe('the console clock and timer as text', () => {
  it('shows minutes and seconds, and hours from the first hour on', () => {
    expect(formatElapsed(0)).toBe('00:00');
    expect(formatElapsed(999)).toBe('00:00');
    expect(formatElapsed(247_000)).toBe('04:07');
    expect(formatElapsed(3_847_500)).toBe('1:04:07');
    expect(formatElapsed(-5)).toBe('00:00');
  });
  it('shows the wall clock as 24-hour hours and minutes', () => {
    expect(formatClock(new Date(2020, 5, 13, 9, 5, 59))).toBe('09:05');
    expect(formatClock(new Date(2020, 5, 13, 21, 40))).toBe('21:40');
  });
});

describe('the stopwatch', () => {
  it('counts while running, keeps its time through a pause, and starts again from it', () => {
    const running = startAt(STOPWATCH_ZERO, 1000);
    expect(elapsedAt(running, 4000)).toBe(3000);
    expect(startAt(running, 9000)).toBe(running);
    const paused = pauseAt(running, 5000);
    expect(paused).toEqual({ since: null, banked: 4000 });
    expect(elapsedAt(paused, 60_000)).toBe(4000);
    expect(pauseAt(paused, 70_000)).toBe(paused);
    expect(elapsedAt(startAt(paused, 10_000), 12_000)).toBe(6000);
  });
});
