import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { echarts } from '../../charts/echarts';
import { chartOnlySvg, chartToSvg } from '../../charts/export';
import { type ChartOption, finishOption } from '../../charts/option';
import { CHARACTERS, LABEL_EM, textWidth } from '../../charts/text-width';
import { THEME_NAMES, TOKENS, themeFor } from '../../charts/themes';
import { crimeSchema } from '../../data/crime';
import { timelineSchema } from '../../data/timeline';
import { DEFAULT_VIEW } from '../../filters/filters';
import { crimeTrendView } from './model';
import {
  CRIME_LAYOUT,
  crimeTrendExportOption,
  crimeTrendHeight,
  crimeTrendOption,
  labelAlign,
  milestoneLegend,
  solidRuns,
  valueScale,
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
    // In two lines, in both languages: on a phone one would run into the 2019 point's label.
    expect(gap[0].label.formatter).toBe('2011–2018年\n未报告');
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
    expect(svg).toContain('2011–2018年');
    expect(svg).toContain('未报告');
    expect(svg).toContain('1.5万');
  });
});

describe("crimeTrendOption: a metric's colour and pattern are its own", () => {
  type Model = {
    getSeries(): { id: string; getData(): { count(): number; getVisual(k: string): unknown } }[];
  };
  /** Each drawn series' colour and pattern (its decal's pattern), by id, as ECharts gives them out. */
  const dealt = (option: ChartOption, theme: (typeof THEME_NAMES)[number], patterns: boolean) => {
    const chart = echarts.init(null, theme, {
      renderer: 'svg',
      ssr: true,
      width: 640,
      height: 460,
    });
    chart.setOption(finishOption(option, { reducedMotion: true, patterns }));
    const model = (chart as unknown as { getModel(): Model }).getModel();
    const out: Record<string, { colour: unknown; decal: string }> = {};
    for (const s of model.getSeries())
      if (s.getData().count() > 0) {
        const { fill } = s.getData().getVisual('style') as { fill: unknown };
        const { dirty: _, ...decal } = (s.getData().getVisual('decal') ?? {}) as {
          dirty?: unknown;
        };
        out[s.id] = { colour: fill, decal: JSON.stringify(decal) };
      }
    chart.dispose();
    return out;
  };
  const alone = {
    'metric=criminal-cases': { ...DEFAULT_VIEW, metric: 'criminal-cases' as const },
    'metric=homicides': { ...DEFAULT_VIEW, metric: 'homicides' as const },
    // No criminal case reported up to 2009: homicides alone.
    'to=2009': { ...DEFAULT_VIEW, to: 2009 },
  };

  it.each(THEME_NAMES.flatMap((theme) => [false, true].map((patterns) => ({ theme, patterns }))))(
    '$theme, patterns $patterns: each metric drawn alone keeps the colour and pattern it has beside the other',
    ({ theme, patterns }) => {
      const both = dealt(
        crimeTrendOption(crimeTrendView(crime, timeline, DEFAULT_VIEW), 'zh'),
        theme,
        patterns,
      );
      const palette = TOKENS[theme].palette;
      expect(both['criminal-cases']?.colour).toBe(palette[0]);
      expect(both.homicides?.colour).toBe(palette[1]);
      if (patterns) expect(both.homicides?.decal).not.toBe(both['criminal-cases']?.decal);
      for (const [name, filters] of Object.entries(alone)) {
        const view = crimeTrendView(crime, timeline, filters);
        expect(view.metrics.length, name).toBe(1);
        const [id] = view.metrics.map((m) => m.series.id) as [string];
        for (const option of [crimeTrendOption(view, 'en'), crimeTrendExportOption(view, 'en')])
          expect(dealt(option, theme, patterns), name).toEqual({ [id]: both[id] });
      }
    },
  );

  it('the exported image draws homicides alone in their own colour', () => {
    const view = crimeTrendView(crime, timeline, { ...DEFAULT_VIEW, metric: 'homicides' });
    const { svg } = chartOnlySvg(crimeTrendExportOption(view, 'zh'), 'yrd-light', 'zh');
    const [cases, homicides] = TOKENS['yrd-light'].palette as [string, string];
    // What draws (the empty series in the criminal cases' slot leaves a path with nothing in it).
    const strokes = [...svg.matchAll(/<path d="([^"]+)"[^>]* stroke="([^"]+)"/g)].map((m) => m[2]);
    expect(strokes).toContain(homicides);
    expect(strokes).not.toContain(cases);
  });
});

describe('crimeTrendOption: no label on a line or on another label', () => {
  type Grid = { top: number; height: number; left: number; right: number };
  type Title = {
    subtext: string;
    top: number;
    padding?: number;
    itemGap?: number;
    textStyle?: { lineHeight?: number };
    subtextStyle?: { lineHeight?: number };
  };
  type Label = {
    show?: boolean;
    position?: string;
    distance?: number;
    align?: string;
    lineHeight?: number;
    padding?: number[];
    formatter: string | ((p: { value: [number, number] }) => string);
  };
  type Drawn = Series & {
    z?: number;
    label: Label;
    markLine: { z?: number; data: ({ xAxis?: number; label: Label } | unknown[])[] };
    markArea?: { z?: number };
  };
  // The series that draw, one a grid in grid order (a metric's slot with nothing drawn in it
  // holds an empty series, see "keeps each metric's colour").
  const drawn = (o: ReturnType<typeof crimeTrendOption>) =>
    (o.series as Drawn[]).filter((s) => s.data.length > 0);
  const grids = (o: ReturnType<typeof crimeTrendOption>) => o.grid as Grid[];
  const milestoneMarks = (s: Drawn) =>
    s.markLine.data.filter((d): d is { xAxis: number; label: Label } => !Array.isArray(d));
  const labelText = (s: Drawn, year: number, value: number) =>
    typeof s.label.formatter === 'string'
      ? s.label.formatter
      : s.label.formatter({ value: [year, value] });

  /** The theme's type: 13 px, titles 1.2× it (ECharts' line is about the type's size unless set). */
  const FONT = TOKENS['yrd-light'].fontSize;
  const TITLE_FONT = Math.round(FONT * 1.2);
  /** A line series' default (ECharts: 5 px between a point's symbol and its label) and the theme's symbol. */
  const LABEL_DISTANCE = 5;
  const SYMBOL = Math.round(FONT * 0.7);
  /** The chart's width on a 390 px phone (measured in Chromium; the page's and panel's padding take the rest). */
  const PHONE = 349;

  /** Where a title's text ends, in px from the chart's top (ECharts pads a title by 5 px unless told). */
  const titleBottom = (t: Title) =>
    t.top +
    (t.padding ?? 5) +
    (t.textStyle?.lineHeight ?? TITLE_FONT) +
    (t.subtext ? (t.itemGap ?? 10) + (t.subtextStyle?.lineHeight ?? FONT) : 0);
  /** The top of the `i`th value axis: a number, or a function of the data's extent. */
  const yMax = (o: ReturnType<typeof crimeTrendOption>, i: number) => {
    const max = (o.yAxis as { max: number | ((e: { max: number }) => number) }[])[i]?.max;
    const values = (drawn(o)[i]?.data ?? [])
      .filter((d) => d !== '-')
      .map((d) => (d as { value: [number, number] }).value[1]);
    return typeof max === 'function' ? max({ max: Math.max(...values) }) : (max as number);
  };
  /** A year's x in px on a chart `width` px wide. */
  const xPx = (o: ReturnType<typeof crimeTrendOption>, year: number, width: number) => {
    const g = grids(o)[0] as Grid;
    const axis = (o.xAxis as { min: number; max: number }[])[0] as { min: number; max: number };
    return g.left + ((year - axis.min) / (axis.max - axis.min)) * (width - g.left - g.right);
  };

  const views = {
    'both metrics': DEFAULT_VIEW,
    'criminal cases': { ...DEFAULT_VIEW, metric: 'criminal-cases' as const },
    homicides: { ...DEFAULT_VIEW, metric: 'homicides' as const },
    '2015–2020': { ...DEFAULT_VIEW, from: 2015, to: 2020 },
  };
  const cases = Object.entries(views).flatMap(([name, filters]) =>
    (['zh', 'en'] as const).flatMap((lang) =>
      [1, 0.95].map((scale) => ({
        name,
        lang,
        scale,
        view: crimeTrendView(crime, timeline, filters),
      })),
    ),
  );

  it.each(cases)(
    '$name, $lang, scale $scale: each subtitle ends at least its type size above its grid’s top line',
    ({ view, lang, scale }) => {
      const o = crimeTrendOption(view, lang, { scale });
      const titles = o.title as Title[];
      grids(o).forEach((g, i) => {
        const t = titles[i] as Title;
        expect(g.top - titleBottom(t)).toBeGreaterThanOrEqual(FONT);
        // And under the time axis of the grid above (its labels: 8 px off the axis, one line).
        const above = grids(o)[i - 1];
        if (above) expect(t.top).toBeGreaterThanOrEqual(above.top + above.height + 8 + FONT);
      });
    },
  );

  it.each(cases)(
    '$name, $lang, scale $scale: the milestones’ numbers are in a row above the first grid, off their lines and clear of every value label',
    ({ view, lang, scale }) => {
      const o = crimeTrendOption(view, lang, { scale });
      const g = grids(o)[0] as Grid;
      const first = drawn(o)[0] as Drawn;
      const top = titleBottom((o.title as Title[])[0] as Title);
      const marks = milestoneMarks(first);
      expect(marks.length).toBeGreaterThan(0);
      for (const m of marks) {
        expect(m.label).toMatchObject({ show: true, position: 'end', align: 'left' });
        // 'end' of an upward line: the label's bottom `distance` px above the grid's top line.
        const bottom = g.top - (m.label.distance ?? 5);
        expect(bottom).toBeLessThan(g.top);
        expect(bottom - (m.label.lineHeight ?? FONT)).toBeGreaterThanOrEqual(top + 2);
      }
      // Every value label (above its point, its box from the point's y) is inside the grid.
      for (const d of first.data.filter((d) => d !== '-')) {
        const [, v] = (d as { value: [number, number] }).value;
        const y = g.top + g.height * (1 - v / yMax(o, 0));
        expect(y - SYMBOL / 2 - LABEL_DISTANCE - FONT).toBeGreaterThanOrEqual(g.top);
      }
    },
  );

  it.each(['zh', 'en'] as const)('%s: on a phone, ① (2018) and ②–⑦ (2020) do not touch', (lang) => {
    const o = crimeTrendOption(crimeTrendView(crime, timeline, DEFAULT_VIEW), lang);
    const [a, b] = milestoneMarks(drawn(o)[0] as Drawn).map((m) => {
      // Circled numbers are full-width in the CJK face: every character counted as 1 em.
      const w = textWidth(m.label.formatter as string, CHARACTERS, FONT);
      // ECharts centres the label over the end of an upward line unless it is aligned.
      const left = xPx(o, m.xAxis, PHONE) - (m.label.align === 'left' ? 0 : w / 2);
      return { text: m.label.formatter, left, right: left + w };
    });
    if (!a || !b) throw new Error('two milestone marks expected');
    expect([a.text, b.text]).toEqual(['①', '②–⑦']);
    expect(b.left - a.right).toBeGreaterThanOrEqual(4);
  });

  it.each(['zh', 'en'] as const)(
    '%s: 2019’s value label, wider on a phone than the year from ① to ②–⑦, is drawn over their lines on a plate',
    (lang) => {
      const o = crimeTrendOption(crimeTrendView(crime, timeline, DEFAULT_VIEW), lang);
      for (const s of drawn(o)) {
        const [a, b] = milestoneMarks(s).map((m) => xPx(o, m.xAxis, PHONE));
        const point = s.data.find((d) => d !== '-' && (d as { value: number[] }).value[0] === 2019);
        const [, value] = (point as { value: [number, number] }).value;
        const half = textWidth(labelText(s, 2019, value), LABEL_EM, FONT) / 2;
        const x = xPx(o, 2019, PHONE);
        // No place between the lines: the label spans one of them wherever it goes (for 7 too).
        if (s.id === 'criminal-cases') {
          expect((b as number) - (a as number)).toBeLessThan(2 * half);
          expect(x - half).toBeLessThan(a as number);
        }
        // So the mark lines are drawn under the series and its labels, each label on a plate.
        expect(s.markLine.z).toBeLessThan(s.z ?? 3);
        expect(s.label.padding?.[1]).toBeGreaterThanOrEqual(2);
        // The shaded period over the plates, so a plate does not show as a box inside it.
        expect(s.markArea?.z).toBeGreaterThan(s.z ?? 3);
      }
      for (const name of THEME_NAMES) {
        const theme = themeFor(TOKENS[name]);
        expect(theme.line.label.backgroundColor).toBe(TOKENS[name].background);
        expect(theme.markLine.label.backgroundColor).toBe(TOKENS[name].background);
      }
    },
  );

  it('in the SVG at a phone’s width, 2019’s plate is drawn after the dotted lines and covers ①’s', () => {
    const chart = echarts.init(null, 'yrd-light', {
      renderer: 'svg',
      ssr: true,
      width: PHONE,
      height: 460,
    });
    chart.setOption({
      ...crimeTrendOption(crimeTrendView(crime, timeline, DEFAULT_VIEW), 'zh'),
      animation: false,
    });
    const svg = chart.renderToSVGString();
    chart.dispose();
    const num = '(-?[\\d.]+)';
    const plate = new RegExp(
      `<path d="M${num} ${num}l${num} 0l0 ${num}l-?[\\d.]+ 0Z" transform="translate\\(${num} ${num}\\)" fill="${TOKENS['yrd-light'].background}"[^>]*></path>\\s*<text[^>]*>1\\.5万</text>`,
    ).exec(svg);
    if (!plate) throw new Error('no plate under 1.5万');
    const [x0, , w, , tx] = plate.slice(1).map(Number) as number[];
    const dotted = [
      ...svg.matchAll(
        new RegExp(`<path d="M${num} ${num}L${num} ${num}"[^>]*stroke-dasharray="1"`, 'g'),
      ),
    ];
    expect(dotted.length).toBe(4);
    for (const line of dotted) expect(line.index).toBeLessThan(plate.index);
    const left = (tx as number) + (x0 as number);
    expect(dotted.some((l) => Number(l[1]) > left && Number(l[1]) < left + (w as number))).toBe(
      true,
    );
  });

  it('a point’s label starts at the point where the line or connector into it comes down from the left', () => {
    const aligns = (v: ReturnType<typeof crimeTrendView>) =>
      drawn(crimeTrendOption(v, 'zh')).map((s) =>
        s.data
          .filter((d) => d !== '-')
          .map((d) => (d as { label?: { align?: string } }).label?.align ?? 'centred'),
      );
    expect(aligns(crimeTrendView(crime, timeline, DEFAULT_VIEW))).toEqual([
      ['centred', 'left'],
      ['centred', 'left'],
    ]);
    expect(aligns(crimeTrendView(annual, timeline, DEFAULT_VIEW))[0]).toEqual([
      'centred',
      'left',
      'left',
      'left',
    ]);
    const p = (year: number, value: number) => ({
      id: `p${year}`,
      year,
      value,
      source: { citation: 't' },
    });
    // A line up to a higher point after it: the label ends at the point; a valley or a peak: centred.
    expect([0, 1, 2].map((i) => labelAlign([p(2010, 5), p(2011, 9), p(2012, 3)], i))).toEqual([
      'right',
      undefined,
      'left',
    ]);
    expect(labelAlign([p(2010, 9), p(2011, 3), p(2012, 9)], 1)).toBeUndefined();
  });

  it.each([
    ['every milestone', timeline],
    ['no milestone (no timeline file)', undefined],
  ] as const)(
    'with %s, the time axis leaves room on a phone for the labels at both ends',
    (_, tl) => {
      for (const filters of Object.values(views))
        for (const lang of ['zh', 'en'] as const) {
          const o = crimeTrendOption(crimeTrendView(crime, tl, filters), lang);
          const g = grids(o)[0] as Grid;
          for (const s of drawn(o)) {
            const points = s.data.filter((d) => d !== '-') as {
              value: [number, number];
              label?: { align?: string };
            }[];
            const box = (d: (typeof points)[number]) => {
              const w =
                textWidth(labelText(s, ...d.value), LABEL_EM, FONT) + 2 * CRIME_LAYOUT.plate;
              const x = xPx(o, d.value[0], PHONE);
              const align = d.label?.align;
              const left = align === 'left' ? x : align === 'right' ? x - w : x - w / 2;
              return { left, right: left + w };
            };
            const [first, last] = [points[0], points[points.length - 1]];
            if (!first || !last) continue;
            // Clear of the value axis; inside the chart (the grid's right margin may take a label).
            expect(box(first).left).toBeGreaterThanOrEqual(g.left + 2);
            expect(box(last).right).toBeLessThanOrEqual(PHONE - 2);
          }
        }
    },
  );

  it('the dashed connector’s label ends, on a phone, more than half 2019’s label away from 2019', () => {
    for (const lang of ['zh', 'en'] as const) {
      const o = crimeTrendOption(crimeTrendView(crime, timeline, DEFAULT_VIEW), lang);
      drawn(o).forEach((s, i) => {
        const g = grids(o)[i] as Grid;
        const [from, to] = s.markLine.data[0] as [
          { coord: [number, number]; label: Label },
          { coord: [number, number] },
        ];
        const dx = xPx(o, to.coord[0], PHONE) - xPx(o, from.coord[0], PHONE);
        const dy = ((from.coord[1] - to.coord[1]) / yMax(o, i)) * g.height;
        const longest = Math.max(
          ...(from.label.formatter as string).split('\n').map((l) => textWidth(l, LABEL_EM, FONT)),
        );
        // Centred along the connector: from its end to the 2019 point, along the line.
        const clear = (Math.hypot(dx, dy) - longest) / 2;
        const half = textWidth(labelText(s, ...to.coord), LABEL_EM, FONT) / 2 + CRIME_LAYOUT.plate;
        expect(clear).toBeGreaterThanOrEqual(half + 4);
      });
    }
  });

  it.each(cases)(
    '$name, $lang, scale $scale: the top of each value axis is a tick',
    ({ view, lang, scale }) => {
      for (const y of crimeTrendOption(view, lang, { scale }).yAxis as {
        max: number;
        interval: number;
      }[])
        expect(y.max % y.interval).toBe(0);
    },
  );
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
    expect(last.top + last.height + CRIME_LAYOUT.axisBand).toBeCloseTo(437, 0);
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

describe('valueScale', () => {
  it('tops the axis at least 30 % above the highest value, on a tick', () => {
    expect(valueScale(54)).toEqual({ max: 80, interval: 20 });
    expect(valueScale(43000)).toEqual({ max: 60000, interval: 20000 });
    expect(valueScale(15000)).toEqual({ max: 20000, interval: 5000 });
    expect(valueScale(7)).toEqual({ max: 10, interval: 5 });
    expect(valueScale(1)).toEqual({ max: 2, interval: 1 });
    expect(valueScale(0)).toEqual({ max: 1, interval: 1 });
    for (const v of [1, 3, 7, 9, 12, 54, 99, 130, 999, 15000, 43000, 123456]) {
      const { max, interval } = valueScale(v);
      expect(max).toBeGreaterThanOrEqual(v * 1.3);
      expect(Number.isInteger(interval) && max % interval === 0).toBe(true);
      expect(max / interval).toBeGreaterThanOrEqual(2);
      expect(max / interval).toBeLessThanOrEqual(5);
    }
  });
});

describe('crimeTrendOption: the marks explain themselves on hover', () => {
  it('① and ②–⑦ name their milestones, the dashed connector says the years were not reported', () => {
    const option = crimeTrendOption(crimeTrendView(crime, timeline, DEFAULT_VIEW), 'zh');
    const first = (
      option.series as { markLine?: { silent?: boolean; tooltip?: unknown; data: unknown[] } }[]
    )[0];
    expect(first?.markLine?.silent).toBe(false);
    expect(first?.markLine?.tooltip).toEqual({ formatter: '{b}' });
    const names = (first?.markLine?.data ?? []).map((d) =>
      Array.isArray(d) ? (d[0] as { name?: string }).name : (d as { name?: string }).name,
    );
    expect(names[0]).toBe('2011–2018年 未报告');
    const marks = names.slice(1).join('\n');
    expect(marks).toMatch(/^① \S/);
    expect(marks).toContain('\n② ');
    expect(marks).toContain('\n⑦ ');
  });
});
