import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { crimeSchema } from '../../data/crime';
import { timelineSchema } from '../../data/timeline';
import { DEFAULT_VIEW } from '../../filters/filters';
import { crimeTrendView, declinePercent, gapsBetween } from './model';

const crime = crimeSchema.parse(JSON.parse(readFileSync('data/crime.json', 'utf8')));
const timeline = timelineSchema.parse(JSON.parse(readFileSync('data/timeline.json', 'utf8')));

describe('crimeTrendView on the shipped data', () => {
  const view = crimeTrendView(crime, timeline, DEFAULT_VIEW);

  it('shows only the reported years', () => {
    expect(view.metrics.map((m) => [m.series.id, m.points.map((p) => p.year)])).toEqual([
      ['criminal-cases', [2010, 2019]],
      ['homicides', [2008, 2019]],
    ]);
  });

  it('derives the declines from the stored figures: 65.1 % and 87.0 %', () => {
    expect(view.metrics.map((m) => m.decline?.percent)).toEqual([65.1, 87]);
  });

  it('marks the unreported years between as a gap, not as data', () => {
    expect(view.metrics.map((m) => m.gaps.map((g) => [g.missingFrom, g.missingTo]))).toEqual([
      [[2011, 2018]],
      [[2009, 2018]],
    ]);
  });

  it('places the dated milestones on the axis (the solved cold cases have no date of their own)', () => {
    expect(view.milestones.map((m) => m.id)).toContain('leading-group-founded');
    expect(view.milestones.find((m) => m.id === 'leading-group-founded')?.at).toBeCloseTo(
      2018 + 7 / 12,
    );
    expect(view.milestones.map((m) => m.id)).not.toContain('cold-case-1995-11-29');
  });
});

describe('crimeTrendView with filters', () => {
  it('shows one metric when asked', () => {
    const view = crimeTrendView(crime, timeline, { ...DEFAULT_VIEW, metric: 'homicides' });
    expect(view.metrics.map((m) => m.series.id)).toEqual(['homicides']);
  });

  it('is empty, saying why, for a province the data does not cover', () => {
    expect(crimeTrendView(crime, timeline, { ...DEFAULT_VIEW, regions: ['jiangsu'] }).empty).toBe(
      'scope',
    );
    expect(crimeTrendView(crime, timeline, { ...DEFAULT_VIEW, from: 2011, to: 2018 }).empty).toBe(
      'years',
    );
  });

  it('calls no point the peak, and derives no decline, when the filter leaves the peak out', () => {
    const view = crimeTrendView(crime, timeline, { ...DEFAULT_VIEW, from: 2011 });
    expect(view.metrics.map((m) => [m.series.id, m.points.map((p) => p.year)])).toEqual([
      ['criminal-cases', [2019]],
      ['homicides', [2019]],
    ]);
    expect(view.metrics.map((m) => [m.peak, m.decline])).toEqual([
      [undefined, undefined],
      [undefined, undefined],
    ]);
    const withPeak = crimeTrendView(crime, timeline, { ...DEFAULT_VIEW, from: 2009 });
    expect(withPeak.metrics.map((m) => m.peak?.year)).toEqual([2010, undefined]);
    expect(withPeak.metrics.map((m) => m.decline?.percent)).toEqual([65.1, undefined]);
  });

  it('works without the timeline (its file may be broken)', () => {
    expect(crimeTrendView(crime, undefined, DEFAULT_VIEW).milestones).toEqual([]);
  });
});

describe('a deployer who adds annual values', () => {
  it('draws the added years with no code change, and gaps only where years are still missing', () => {
    const fixture = crimeSchema.parse(
      JSON.parse(readFileSync('tests/fixtures/crime-annual.json', 'utf8')),
    );
    const view = crimeTrendView(fixture, undefined, DEFAULT_VIEW);
    const cases = view.metrics[0];
    expect(cases?.points.map((p) => p.year)).toEqual([2010, 2011, 2012, 2019]);
    expect(cases?.gaps.map((g) => [g.missingFrom, g.missingTo])).toEqual([[2013, 2018]]);
  });
});

describe('pure helpers', () => {
  it('declinePercent rounds to one decimal', () => {
    expect(declinePercent(43000, 15000)).toBe(65.1);
    expect(declinePercent(54, 7)).toBe(87);
    expect(declinePercent(0, 7)).toBe(0);
  });

  it('gapsBetween finds no gap between adjacent years', () => {
    const p = (year: number) => ({
      id: `p${year}`,
      year,
      value: 1,
      source: { citation: 'test fixture' },
    });
    expect(gapsBetween([p(2010), p(2011)])).toEqual([]);
  });
});
