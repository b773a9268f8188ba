import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { type TimelineData, timelineSchema } from '../../data/timeline';
import { DEFAULT_VIEW, type ViewState } from '../../filters/filters';
import { timelineView } from './model';
import {
  emptyReason,
  figuresText,
  markLegend,
  periodText,
  sharedRangeNotes,
  timelineSummary,
  timelineTable,
  timelineTitle,
} from './text';

const data = timelineSchema.parse(JSON.parse(readFileSync('data/timeline.json', 'utf8')));
const v = (patch: Partial<ViewState>): ViewState => ({ ...DEFAULT_VIEW, ...patch });
const all = timelineView(data, DEFAULT_VIEW);

describe('timeline text', () => {
  it('states the finding as the title, from the data', () => {
    expect(timelineTitle(all, 'zh')).toBe('12件大事中有3件发生在2020年6月13日');
    expect(timelineTitle(all, 'en')).toBe('3 of 12 events took place on 13 Jun 2020');
    expect(timelineTitle(timelineView(data, v({ categories: ['cold-cases'] })), 'zh')).toBe(
      '4件大事,2017—2020年',
    );
    expect(timelineTitle(timelineView(data, v({ categories: ['service-reform'] })), 'en')).toBe(
      "One event: China's first household register moved across provinces online is handed over",
    );
  });

  it('names a single year as a year, not as a range from it to itself', () => {
    const jiangxi = timelineView(data, v({ regions: ['jiangxi'] }));
    expect(timelineTitle(jiangxi, 'en')).toBe('2 events, 2020');
    expect(timelineTitle(jiangxi, 'zh')).toBe('2件大事,2020年');
  });

  it('keeps the article’s own words for the period', () => {
    const plan = all.marks.find((m) => m.event.id === 'cold-case-1994-10-7');
    expect(periodText(plan?.event.date as never, 'zh')).toBe(
      '2017年—2020年6月(原文说法:“2017年以来”)',
    );
    const recent = all.marks.find((m) => m.event.id === 'first-zhejiang-jiangxi-judicial-aid');
    expect(periodText(recent?.event.date as never, 'en')).toBe('recently (reported Jun 2020)');
    expect(figuresText(recent as never, 'en')).toBe('Judicial aid paid 100,000 yuan');
    expect(figuresText(recent as never, 'zh')).toBe('司法救助金 10万元');
  });

  it('tabulates exactly the drawn events', () => {
    const table = timelineTable(timelineView(data, v({ regions: ['jiangxi'] })), 'en');
    expect(table.rows.map((r) => [r.number, r.period, r.mark])).toEqual([
      ['⑧', 'May 2020', 'period (bar)'],
      ['⑨', 'recently (reported Jun 2020)', 'hollow ring (reported recently)'],
    ]);
  });

  it('says the "this year" bar stops at the report month, and keeps the article’s words', () => {
    const cold = timelineView(data, v({ categories: ['cold-cases'] }));
    expect(markLegend(cold, 'en').map((l) => l.text)).toContain(
      'Bar with a tick: “this year”, drawn up to the report (Jun 2020)',
    );
    expect(markLegend(cold, 'zh').map((l) => l.text)).toContain(
      '末端竖线:原文说“今年”,只画到报道的2020年6月',
    );
    const row = timelineTable(cold, 'zh').rows.find((r) => r.event === '今年又连破7起命积案');
    expect([row?.period, row?.mark]).toEqual(['2020年(今年)', '时段条(截至报道月份)']);
    // Without such an event drawn, the legend has no line for it.
    const jiangxi = timelineView(data, v({ regions: ['jiangxi'] }));
    expect(markLegend(jiangxi, 'en').map((l) => l.kind)).toEqual(['day', 'span', 'recent']);
  });

  it('summarises every drawn event lane by lane', () => {
    const text = timelineSummary(all, 'zh');
    expect(text).toContain('区域协作:');
    expect(text).toContain('⑤ 2018年8月 长三角区域警务一体化领导小组成立');
    expect(text).toContain('⑨ 近日(2020年6月报道)');
  });

  it('explains the shared span of the cold cases and keeps their crime dates apart', () => {
    expect(sharedRangeNotes(all, 'en')).toEqual([
      '①②③: the article says only “2017年以来”; the dates are not reported, so each is drawn as the same bar, 2017–Jun 2020, stacked. The crimes themselves date from 1994 to 1998; those are not the dates they were solved, so they are listed in the details and not drawn on the axis.',
    ]);
  });

  it('gives reasons for an empty view', () => {
    expect(emptyReason(timelineView(data, v({ from: 1995, to: 1996 })), 'zh')).toBe(
      '所选年份没有大事记事件;事件在2017—2020年之间。',
    );
    expect(
      emptyReason(
        timelineView(data, v({ categories: ['cold-cases'], regions: ['jiangxi'] })),
        'en',
      ),
    ).toBe(
      'No timeline event matches the selected categories and the selected provinces together; each of them alone leaves events.',
    );
    expect(
      emptyReason(
        timelineView(data, v({ categories: ['cold-cases'], regions: ['jiangxi'] })),
        'zh',
      ),
    ).toBe('所选类别和所选省份同时筛选后没有大事记事件;单独按其中任何一项筛选都有事件。');
    // A province filter that alone leaves nothing still says which provinces the events involve.
    const noJiangxi: TimelineData = {
      ...data,
      events: data.events.filter((e) => !e.places.includes('jiangxi')),
    };
    expect(emptyReason(timelineView(noJiangxi, v({ regions: ['jiangxi'] })), 'en')).toBe(
      'No timeline events involve the selected provinces; the events involve Shanghai, Jiangsu, Zhejiang, Anhui.',
    );
  });
});
