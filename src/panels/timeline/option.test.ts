import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { echarts } from '../../charts/echarts';
import { chartToSvg } from '../../charts/export';
import { timelineSchema } from '../../data/timeline';
import { DEFAULT_VIEW, type ViewState } from '../../filters/filters';
import { markNumber } from '../../i18n/format';
import { timelineMarks, timelineView, yearFraction } from './model';
import {
  packRows,
  timelineExportOption,
  timelineHeight,
  timelineLayout,
  timelineOption,
} from './option';

const data = timelineSchema.parse(JSON.parse(readFileSync('data/timeline.json', 'utf8')));
const v = (patch: Partial<ViewState>): ViewState => ({ ...DEFAULT_VIEW, ...patch });

type Datum = { id: string; value: number[] };
type AnySeries = { type: string; id: string; name: string; data: Datum[] };
const seriesOf = (o: ReturnType<typeof timelineOption>) => o.series as AnySeries[];
const markData = (o: ReturnType<typeof timelineOption>) =>
  seriesOf(o)
    .filter((s) => s.type === 'custom')
    .flatMap((s) => s.data);
const datum = (o: ReturnType<typeof timelineOption>, id: string) =>
  markData(o).find((d) => d.id === id) as Datum;

function render(option: ReturnType<typeof timelineOption>, width: number, height: number) {
  const chart = echarts.init(null, 'yrd-light', { renderer: 'svg', ssr: true, width, height });
  chart.setOption({ ...option, animation: false });
  const svg = chart.renderToSVGString();
  chart.dispose();
  return svg;
}

describe('timelineOption with the real data', () => {
  const view = timelineView(data, DEFAULT_VIEW);
  const option = timelineOption(view, 'zh');

  it('draws every event once, at its reported precision', () => {
    expect(
      markData(option)
        .map((d) => d.id)
        .sort(),
    ).toEqual(data.events.map((e) => e.id).sort());
    // [start, end, y, kind (0 day, 1 span, 2 recent), selected]
    const meeting = datum(option, 'huzhou-meeting-2020').value;
    expect(meeting[3]).toBe(0);
    expect((meeting[1] as number) - (meeting[0] as number)).toBeCloseTo(1 / 366, 6);
    const founded = datum(option, 'leading-group-founded').value;
    expect([founded[0], founded[1], founded[3]]).toEqual([
      yearFraction(2018, 8),
      yearFraction(2018, 9),
      1,
    ]);
    const plan = datum(option, 'three-year-action-plan').value;
    expect([plan[0], plan[1]]).toEqual([2018, 2021]);
    const thisYear = datum(option, 'seven-cold-homicides-2020').value;
    // "今年" in a report of June 2020: January to June, not through December.
    expect([thisYear[0], thisYear[1], thisYear[3]]).toEqual([2020, yearFraction(2020, 7), 3]);
    const recent = datum(option, 'first-zhejiang-jiangxi-judicial-aid').value;
    expect([recent[0], recent[3]]).toEqual([yearFraction(2020, 6), 2]);
  });

  it('stacks the three cold cases solved "since 2017" as identical bars on separate rows', () => {
    const bars = ['cold-case-1995-11-29', 'cold-case-1998-8-28', 'cold-case-1994-10-7'].map(
      (id) => datum(option, id).value,
    );
    for (const b of bars) expect([b[0], b[1]]).toEqual([2017, yearFraction(2020, 7)]);
    expect(new Set(bars.map((b) => b[2])).size).toBe(3);
  });

  it('keeps the crime dates of the cold cases off the axis', () => {
    const x = option.xAxis as { min: number; max: number };
    expect([x.min, x.max]).toEqual([2017, 2021]);
    for (const d of markData(option)) expect(d.value[0]).toBeGreaterThanOrEqual(2017);
  });

  it('never lets two marks (with their number labels) overlap in a lane row', () => {
    const layout = timelineLayout(view);
    for (const lane of layout.lanes) {
      const rows = new Map<number, { start: number; end: number }[]>();
      for (const p of layout.placed.filter((x) => x.mark.event.category === lane.category)) {
        const list = rows.get(p.row) ?? [];
        for (const other of list)
          expect(p.mark.start >= other.end || p.mark.end <= other.start).toBe(true);
        list.push({ start: p.mark.start, end: p.mark.end });
        rows.set(p.row, list);
      }
    }
    expect(timelineHeight(view)).toBeGreaterThan(200);
  });

  it('labels the lanes at their centres; a label is text, not a filter button', () => {
    const y = option.yAxis as {
      triggerEvent?: boolean;
      axisLabel: { customValues: number[]; formatter: (v: number) => string };
    };
    expect(y.triggerEvent).toBeUndefined();
    expect(y.axisLabel.customValues.map(y.axisLabel.formatter)).toEqual([
      '区域协作',
      '便民服务改革',
      '命积案侦破',
      '司法协作',
      '基层治理',
    ]);
  });

  it('keeps all five lanes as named series so a category keeps its palette colour when others are filtered', () => {
    const filtered = timelineOption(
      timelineView(data, v({ categories: ['judicial-cooperation'] })),
      'en',
    );
    const custom = seriesOf(filtered).filter((s) => s.type === 'custom');
    expect(custom.map((s) => s.name)).toEqual([
      'Regional cooperation',
      'Service reform',
      'Cold cases',
      'Judicial cooperation',
      'Grassroots governance',
    ]);
    expect(custom.map((s) => s.data.length)).toEqual([0, 0, 0, 3, 0]);
    const labels = seriesOf(filtered).filter((s) => s.type === 'scatter');
    expect(labels.map((s) => s.name)).toEqual(custom.map((s) => s.name));
  });

  it('marks the selected event', () => {
    const selected = timelineOption(timelineView(data, v({ event: 'huzhou-meeting-2020' })), 'zh');
    expect(datum(selected, 'huzhou-meeting-2020').value[4]).toBe(1);
    expect(markData(selected).filter((d) => d.value[4] === 1)).toHaveLength(1);
  });

  it('renders to SVG with the Chinese lane names, the year ticks and the numbers', () => {
    const svg = render(option, 640, timelineHeight(view));
    for (const text of ['区域协作', '命积案侦破', '司法协作', '2017', '2020', '①', '⑫'])
      expect(svg).toContain(text);
  });

  it('renders in English on a phone-sized chart', () => {
    const en = timelineOption(view, 'en');
    const svg = render(en, 340, timelineHeight(view));
    expect(svg).toContain('Cold cases');
    expect(svg).toContain('⑥');
  });
});

describe('timelineExportOption: the timeline with the key of its numbers', () => {
  const view = timelineView(data, DEFAULT_VIEW);
  type Title = { text: string; subtext?: string };
  const texts = (o: ReturnType<typeof timelineOption>, joiner: string) =>
    (o.title as Title[]).flatMap((t) =>
      [t.text, t.subtext ?? ''].map((x) => x.split('\n').join(joiner)),
    );

  it.each([
    ['zh', '', '图中编号', '实心点:具体日期'],
    ['en', ' ', 'The numbered events', 'Dot: a reported day'],
  ] as const)(
    'in %s: ① to ⑫ each with its event’s label, and how the marks are drawn',
    (lang, joiner, heading, day) => {
      const key = texts(timelineExportOption(view, lang), joiner);
      expect(key).toContain(heading);
      for (const m of view.marks) {
        expect(key).toContain(markNumber(m.number));
        expect(key).toContain(m.event.label[lang]);
      }
      expect(key.some((t) => t.startsWith(day))).toBe(true);
      // The shared span of ①②③ is explained; where the crimes' dates are (the dashboard's details) is not.
      expect(key.some((t) => t.startsWith('①②③'))).toBe(true);
      expect(key.join(' ')).not.toMatch(/详情|details/);
    },
  );

  it('keeps the rows at their own height, whatever height the image takes', () => {
    const grid = timelineExportOption(view, 'en').grid as {
      top: number;
      height: number;
      bottom?: number;
      right: number;
    };
    expect(grid.top + grid.height + 30).toBe(timelineHeight(view));
    expect(grid.bottom).toBeUndefined();
    expect(grid.right).toBeGreaterThan(300);
  });

  it('prints the key into the exported SVG', () => {
    const svg = chartToSvg(timelineExportOption(view, 'zh'), 'yrd-light', {
      title: '大事记',
      footer: [],
      lang: 'zh',
    });
    for (const text of ['图中编号', '⑫', '长三角区域警务一体化领导小组成立', '今年又连破7起命积案'])
      expect(svg).toContain(text);
  });
});

describe('packRows', () => {
  it('puts overlapping marks on new rows and reuses a row once it is free', () => {
    const [a, b, c] = timelineMarks(data).filter(
      (m) => m.event.category === 'judicial-cooperation',
    );
    expect(packRows([a, b, c].filter(Boolean) as never, 0)).toEqual([0, 0, 0]);
    expect(packRows([a, b, c].filter(Boolean) as never, 0.3)).toEqual([0, 1, 2]);
  });
});

describe('the time axis and the year filter', () => {
  it('reaches the filter’s ends (from=2010&to=2020: 2010 to the end of 2020), and never cuts a mark', () => {
    const wide = timelineLayout(timelineView(data, v({ from: 2010, to: 2020 })));
    expect([wide.minX, wide.maxX]).toEqual([2010, 2021]);
    const open = timelineLayout(timelineView(data, v({})));
    const narrow = timelineLayout(timelineView(data, v({ from: 2019 })));
    expect(narrow.maxX).toBe(open.maxX);
    expect(narrow.minX).toBeLessThanOrEqual(2019);
  });
});
