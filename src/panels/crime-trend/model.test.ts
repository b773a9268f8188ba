import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { crimeSchema } from '../../data/crime';
import { timelineSchema } from '../../data/timeline';
import { DEFAULT_VIEW } from '../../filters/filters';
import { crimeTrendView, declinePercent, gapsBetween, metricsOutOfYears, pointById } from './model';
import { outOfYearsNote, pointText } from './text';

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

describe('what the panel says of a point and of a metric the years leave out', () => {
  it('names the metric a year filter leaves without a point, with its reported years', () => {
    const view = { ...DEFAULT_VIEW, from: 2010, to: 2010 };
    const out = metricsOutOfYears(crime, view);
    expect(out.map((h) => [h.series.id, h.years])).toEqual([['homicides', [2008, 2019]]]);
    expect(out[0] && outOfYearsNote(out[0], 'zh')).toBe(
      '命案在所选年份内没有已报告的数字,因此未画出(已报告的年份:2008、2019)。',
    );
    // Not the metric the reader chose to leave out, nor one the provinces leave out.
    expect(metricsOutOfYears(crime, { ...view, metric: 'criminal-cases' })).toEqual([]);
    expect(metricsOutOfYears(crime, { ...view, regions: ['anhui'] })).toEqual([]);
    expect(metricsOutOfYears(crime, DEFAULT_VIEW)).toEqual([]);
  });

  it('finds a drawn point by its chart id and says what it is', () => {
    const view = crimeTrendView(crime, timeline, DEFAULT_VIEW);
    const peak = view.metrics[0]?.peak;
    const hit = peak && pointById(view, peak.id);
    expect(hit && pointText(hit.metric, hit.point, 'zh')).toBe('刑事案件总量 2010年:4.3万起(峰值)');
    expect(hit && pointText(hit.metric, hit.point, 'en')).toBe(
      'Criminal cases, 2010: 43,000 cases (the peak)',
    );
    expect(
      pointById(crimeTrendView(crime, timeline, { ...DEFAULT_VIEW, to: 2009 }), peak?.id ?? ''),
    ).toBeUndefined();
  });
});
