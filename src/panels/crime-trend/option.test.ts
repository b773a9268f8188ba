import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { echarts } from '../../charts/echarts';
import { chartToSvg } from '../../charts/export';
import { crimeSchema } from '../../data/crime';
import { timelineSchema } from '../../data/timeline';
import { DEFAULT_VIEW } from '../../filters/filters';
import { crimeTrendView } from './model';
import {
  crimeTrendExportOption,
  crimeTrendHeight,
  crimeTrendOption,
  headroom,
  milestoneLegend,
  solidRuns,
} from './option';

const crime = crimeSchema.parse(JSON.parse(readFileSync('data/crime.json', 'utf8')));
const timeline = timelineSchema.parse(JSON.parse(readFileSync('data/timeline.json', 'utf8')));
const annual = crimeSchema.parse(
  JSON.parse(readFileSync('tests/fixtures/crime-annual.json', 'utf8')),
);

type Series = { id: string; data: unknown[]; xAxisIndex: number; yAxisIndex: number };
const seriesOf = (option: ReturnType<typeof crimeTrendOption>) => option.series as Series[];
const plottedYears = (s: Series) =>
  s.data.filter((d) => d !== '-').map((d) => (d as { value: [number, number] }).value[0]);

describe('crimeTrendOption', () => {
  const option = crimeTrendOption(crimeTrendView(crime, timeline, DEFAULT_VIEW), 'zh');

  it('never draws an unreported year as a data point', () => {
    const reported = new Set(crime.series.flatMap((s) => s.points.map((p) => `${s.id}:${p.year}`)));
    for (const s of seriesOf(option))
      for (const y of plottedYears(s)) expect(reported.has(`${s.id}:${y}`)).toBe(true);
    expect(seriesOf(option).map(plottedYears)).toEqual([
      [2010, 2019],
      [2008, 2019],
    ]);
  });

  it('breaks the line across unreported years and joins them with a labelled dashed mark line instead', () => {
    const cases = seriesOf(option)[0] as Series & { markLine: { data: unknown[] } };
    expect(cases.data[1]).toBe('-');
    const gap = cases.markLine.data[0] as [
      { lineStyle: { type: string }; label: { formatter: string } },
      unknown,
    ];
    expect(gap[0].lineStyle.type).toBe('dashed');
    expect(gap[0].label.formatter).toBe('2011–2018年未报告');
    // In English, two lines: on a phone one would run into the 2019 point's label.
    const en = seriesOf(
      crimeTrendOption(crimeTrendView(crime, timeline, DEFAULT_VIEW), 'en'),
    )[0] as Series & {
      markLine: { data: [{ label: { formatter: string } }, unknown][] };
    };
    expect(en.markLine.data[0]?.[0].label.formatter).toBe('2011–2018\nnot reported');
  });

  it('puts each metric on its own axes (small multiples, never a shared scale)', () => {
    expect(seriesOf(option).map((s) => [s.xAxisIndex, s.yAxisIndex])).toEqual([
      [0, 0],
      [1, 1],
    ]);
    expect((option.yAxis as unknown[]).length).toBe(2);
  });

  it('labels the derived decline as derived, in both languages', () => {
    const en = crimeTrendOption(crimeTrendView(crime, timeline, DEFAULT_VIEW), 'en');
    expect((option.title as { subtext: string }[]).map((t) => t.subtext)).toEqual([
      '较2010年峰值下降65.1%(推算)',
      '较2008年峰值下降87.0%(推算)',
    ]);
    expect((en.title as { subtext: string }[])[0]?.subtext).toBe(
      '65.1% below the 2010 peak (derived)',
    );
  });

  it('draws added annual values as data, solid between adjacent years', () => {
    const withYears = crimeTrendOption(crimeTrendView(annual, undefined, DEFAULT_VIEW), 'en');
    const cases = seriesOf(withYears)[0] as Series;
    expect(plottedYears(cases)).toEqual([2010, 2011, 2012, 2019]);
    expect(cases.data.indexOf('-')).toBe(3);
  });

  it('renders to SVG with the Chinese labels on it', () => {
    const chart = echarts.init(null, 'yrd-light', {
      renderer: 'svg',
      ssr: true,
      width: 640,
      height: 460,
    });
    chart.setOption({ ...option, animation: false });
    const svg = chart.renderToSVGString();
    chart.dispose();
    expect(svg).toContain('峰值 4.3万');
    expect(svg).toContain('2011–2018年未报告');
    expect(svg).toContain('1.5万');
  });
});

describe('crimeTrendExportOption: the chart with the key of its milestones', () => {
  const view = crimeTrendView(crime, timeline, DEFAULT_VIEW);
  type Title = { text: string };
  const keyTexts = (o: ReturnType<typeof crimeTrendOption>, joiner: string) =>
    (o.title as Title[]).map((t) => t.text.split('\n').join(joiner));

  it.each([
    ['zh', '', '大事记', '长三角区域警务一体化领导小组成立'],
    ['en', ' ', 'Milestones', 'YRD police-integration leading group founded'],
  ] as const)(
    'in %s: every numbered mark and the shaded period with its label',
    (lang, joiner, heading, first) => {
      const texts = keyTexts(crimeTrendExportOption(view, lang), joiner);
      expect(texts).toContain(heading);
      const legend = milestoneLegend(view.milestones);
      expect(legend.map((m) => m.mark)).toEqual(['①', '②', '③', '④', '⑤', '⑥', '⑦', '▒']);
      for (const m of legend) {
        expect(texts).toContain(m.mark);
        expect(texts).toContain(m.label[lang]);
      }
      expect(texts).toContain(first);
    },
  );

  it('is the chart alone when no milestone is shown (the timeline file is missing)', () => {
    const alone = crimeTrendView(crime, undefined, DEFAULT_VIEW);
    const [exported, shown] = [crimeTrendExportOption(alone, 'zh'), crimeTrendOption(alone, 'zh')];
    expect([exported.title, exported.grid]).toEqual([shown.title, shown.grid]);
  });

  it('prints the key into the exported SVG, beside the plot', () => {
    const svg = chartToSvg(crimeTrendExportOption(view, 'zh'), 'yrd-light', {
      title: '湖州刑事案件从峰值下降65.1%',
      footer: [],
      lang: 'zh',
    });
    for (const text of ['大事记', '①', '⑦', '今年又连破7起命积案', '峰值 4.3万'])
      expect(svg).toContain(text);
  });
});

describe('crimeTrendOption on a slide (scale below 1)', () => {
  it('lays the two grids out inside the shorter height', () => {
    const view = crimeTrendView(crime, timeline, DEFAULT_VIEW);
    const option = crimeTrendOption(view, 'zh', { scale: 0.95 });
    const grids = option.grid as { top: number; height: number }[];
    const last = grids[1] as { top: number; height: number };
    expect(crimeTrendHeight(view, 0.95)).toBe(437);
    expect(last.top + last.height + 36).toBeCloseTo(437, 0);
  });
});

describe('solidRuns', () => {
  it('inserts a break between non-adjacent years only', () => {
    const p = (year: number) => ({ id: `p${year}`, year, value: 1, source: { citation: 'test' } });
    expect(solidRuns([p(2010), p(2011), p(2019)]).map((x) => (x === '-' ? '-' : x.year))).toEqual([
      2010,
      2011,
      '-',
      2019,
    ]);
  });
});

describe('headroom', () => {
  it('rounds about 30 % above the highest value', () => {
    expect(headroom(54)).toBe(80);
    expect(headroom(43000)).toBe(60000);
    expect(headroom(0)).toBe(1);
  });
});
