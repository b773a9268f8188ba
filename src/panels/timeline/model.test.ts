import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { inRegions as eventInRegions } from '../../data/places';
import { type TimelineData, timelineSchema } from '../../data/timeline';
import { DEFAULT_VIEW, type ViewState } from '../../filters/filters';
import {
  periodPosition,
  provincesInvolved,
  timelineMarks,
  timelineView,
  yearFraction,
  yearSpan,
} from './model';

const data = timelineSchema.parse(JSON.parse(readFileSync('data/timeline.json', 'utf8')));
const v = (patch: Partial<ViewState>): ViewState => ({ ...DEFAULT_VIEW, ...patch });
const ids = (view: ReturnType<typeof timelineView>) => view.marks.map((m) => m.event.id).sort();

describe('periodPosition', () => {
  it('keeps each precision: a day is a point in its day, a month spans the month, a year the year', () => {
    const day = periodPosition({ precision: 'day', date: '2020-06-13' });
    expect(day.kind).toBe('day');
    expect(day.start).toBeCloseTo(2020 + 164 / 366, 6);
    expect(day.end - day.start).toBeCloseTo(1 / 366, 6);
    expect(periodPosition({ precision: 'month', month: '2018-08' })).toEqual({
      kind: 'span',
      start: yearFraction(2018, 8),
      end: yearFraction(2018, 9),
    });
    expect(periodPosition({ precision: 'month', month: '2019-12' }).end).toBe(2020);
    expect(periodPosition({ precision: 'year', year: 2020 })).toEqual({
      kind: 'span',
      start: 2020,
      end: 2021,
    });
  });

  it('draws "this year" (今年) of a June 2020 report from January to June, never to December', () => {
    expect(periodPosition({ precision: 'year', year: 2020, said: '今年' })).toEqual({
      kind: 'toDate',
      start: 2020,
      end: yearFraction(2020, 7),
    });
  });

  it('spans a range from the start of `from` to the end of `to`', () => {
    expect(periodPosition({ precision: 'range', from: '2018', to: '2020' })).toEqual({
      kind: 'span',
      start: 2018,
      end: 2021,
    });
    const since2017 = periodPosition({ precision: 'range', from: '2017', to: '2020-06' });
    expect(since2017.start).toBe(2017);
    expect(since2017.end).toBe(yearFraction(2020, 7));
  });

  it('puts "recently" in its report month as an open mark, not on a made-up day', () => {
    expect(periodPosition({ precision: 'recent', asOf: '2020-06', said: '近日' })).toEqual({
      kind: 'recent',
      start: yearFraction(2020, 6),
      end: yearFraction(2020, 7),
    });
  });
});

describe('timelineMarks', () => {
  it('numbers every event once, in time order, the same whatever the filters', () => {
    const marks = timelineMarks(data);
    expect(marks.map((m) => m.number)).toEqual(marks.map((_, i) => i + 1));
    expect(marks.length).toBe(data.events.length);
    for (let i = 1; i < marks.length; i++)
      expect(marks[i]?.start).toBeGreaterThanOrEqual(marks[i - 1]?.start as number);
    const filtered = timelineView(data, v({ categories: ['judicial-cooperation'] }));
    const full = timelineView(data, DEFAULT_VIEW);
    for (const m of filtered.marks)
      expect(m.number).toBe(full.marks.find((x) => x.event.id === m.event.id)?.number);
  });

  it('never places a cold case at the date of the crime', () => {
    for (const m of timelineMarks(data).filter((x) => x.event.caseDate))
      expect(m.start).toBeGreaterThanOrEqual(2017);
  });
});

describe('timelineView', () => {
  it('shows every event in its lane by default, lanes in category order', () => {
    const view = timelineView(data, DEFAULT_VIEW);
    expect(view.marks.length).toBe(data.events.length);
    expect(view.lanes.map((l) => [l.category, l.marks.length])).toEqual([
      ['regional-cooperation', 3],
      ['service-reform', 1],
      ['cold-cases', 4],
      ['judicial-cooperation', 3],
      ['grassroots-governance', 1],
    ]);
    expect(view.empty).toBeUndefined();
  });

  it('keeps the chosen categories only', () => {
    const view = timelineView(data, v({ categories: ['cold-cases', 'service-reform'] }));
    expect(view.lanes.map((l) => l.category)).toEqual(['service-reform', 'cold-cases']);
  });

  it('filters by province through the places (a city counts for its province)', () => {
    expect(ids(timelineView(data, v({ regions: ['jiangxi'] })))).toEqual([
      'first-zhejiang-jiangxi-judicial-aid',
      'judicial-aid-cross-province-call',
    ]);
    // Huzhou is in Zhejiang, so the cold cases count for Zhejiang, not for Shanghai.
    expect(ids(timelineView(data, v({ regions: ['zhejiang'] })))).toContain('cold-case-1995-11-29');
    expect(ids(timelineView(data, v({ regions: ['shanghai'] })))).toEqual([
      'delegates-visit-huzhou',
      'huzhou-meeting-2020',
      'leading-group-founded',
      'three-year-action-plan',
    ]);
    expect(eventInRegions(['yrd'], ['anhui'])).toBe(true);
    expect(eventInRegions(['huzhou'], ['anhui'])).toBe(false);
  });

  it('keeps periods that touch the year range (a span counts for every year it covers)', () => {
    expect(ids(timelineView(data, v({ from: 2019, to: 2019 })))).toEqual([
      'cold-case-1994-10-7',
      'cold-case-1995-11-29',
      'cold-case-1998-8-28',
      'three-year-action-plan',
    ]);
    expect(ids(timelineView(data, v({ to: 2017 })))).toEqual([
      'cold-case-1994-10-7',
      'cold-case-1995-11-29',
      'cold-case-1998-8-28',
    ]);
  });

  it('says which filter left nothing', () => {
    expect(timelineView(data, v({ categories: ['cold-cases'], regions: ['jiangxi'] })).empty).toBe(
      'regions',
    );
    expect(
      timelineView(data, v({ categories: ['service-reform'], from: 2018, to: 2019 })).empty,
    ).toBe('years');
    const oneLane: TimelineData = {
      ...data,
      events: data.events.filter((e) => e.category === 'cold-cases'),
    };
    expect(timelineView(oneLane, v({ categories: ['service-reform'] })).empty).toBe('categories');
    expect(timelineView(data, v({ from: 1995, to: 1996 })).empty).toBe('years');
  });

  it('says when filters leave nothing only together (each alone leaves events)', () => {
    const coldInJiangxi = timelineView(
      data,
      v({ categories: ['cold-cases'], regions: ['jiangxi'] }),
    );
    expect(coldInJiangxi.emptyWith).toEqual(['categories']);
    expect(timelineView(data, v({ from: 1995, to: 1996 })).emptyWith).toBeUndefined();
    expect(timelineView(data, v({ regions: ['jiangxi'], to: 2019 })).emptyWith).toEqual([
      'regions',
    ]);
  });

  it('opens the event named in the link, shows nothing for an unknown id, and flags a filtered-out one', () => {
    const open = timelineView(data, v({ event: 'first-zhejiang-jiangxi-judicial-aid' }));
    expect(open.selected?.mark.event.id).toBe('first-zhejiang-jiangxi-judicial-aid');
    expect(open.selected?.visible).toBe(true);
    expect(timelineView(data, v({ event: 'no-such-event' })).selected).toBeUndefined();
    const hidden = timelineView(
      data,
      v({ event: 'first-zhejiang-jiangxi-judicial-aid', regions: ['shanghai'] }),
    );
    expect(hidden.selected?.visible).toBe(false);
  });

  it('groups the cold cases solved "since 2017" as one shared span, with their crime years apart', () => {
    const [group, ...rest] = timelineView(data, DEFAULT_VIEW).sharedRanges;
    expect(rest).toEqual([]);
    expect(group?.marks.map((m) => m.event.id).sort()).toEqual([
      'cold-case-1994-10-7',
      'cold-case-1995-11-29',
      'cold-case-1998-8-28',
    ]);
    expect(group?.caseYears).toEqual({ from: 1994, to: 1998 });
    expect(group?.period).toMatchObject({ from: '2017', to: '2020-06', said: '2017年以来' });
  });

  it('lists the sources of the drawn events only', () => {
    const view = timelineView(data, v({ regions: ['jiangxi'] }));
    expect(view.sources.every((s) => 'report' in s && s.report === 'r4')).toBe(true);
  });

  it('gives the span of years and the provinces involved for empty-state reasons', () => {
    const all = timelineMarks(data);
    expect(yearSpan(all)).toEqual({ first: 2017, last: 2020 });
    expect(provincesInvolved(all)).toEqual(['shanghai', 'jiangsu', 'zhejiang', 'anhui', 'jiangxi']);
  });
});
