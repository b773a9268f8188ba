import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { echarts } from '../../charts/echarts';
import type { ChartOption } from '../../charts/option';
import { tipText } from '../../charts/tip-text';
import { DEFAULT_VIEW, type ViewState } from '../../filters/filters';
import { governanceView } from './model';
import {
  changeText,
  governanceChartHeight,
  governanceExportOption,
  governanceOption,
  hasGovernanceChart,
} from './option';
import { governanceSchema } from './schema';

const data = governanceSchema.parse(JSON.parse(readFileSync('data/governance.json', 'utf8')));
const build = (patch: Partial<ViewState> = {}, lang: 'zh' | 'en' = 'zh') =>
  governanceOption(governanceView(data, { ...DEFAULT_VIEW, ...patch }), lang);

type Bar = {
  id: string;
  data: { value: number; id: string }[];
  xAxisIndex: number;
  yAxisIndex: number;
  showBackground?: boolean;
  label: { formatter: (p: { value: number }) => string };
};
type ValueAxis = { min: number; max: number; gridIndex: number };
const series = (o: ChartOption) => o.series as Bar[];
const xAxes = (o: ChartOption) => o.xAxis as ValueAxis[];

function svgOf(option: ChartOption, width: number, height: number, theme = 'yrd-light') {
  const chart = echarts.init(null, theme, { renderer: 'svg', ssr: true, width, height });
  chart.setOption({ ...option, animation: false });
  const svg = chart.renderToSVGString();
  chart.dispose();
  return svg;
}

describe('governanceOption on the shipped data', () => {
  const option = build();

  it('draws exactly the two rates and the one change as data, nothing else', () => {
    expect(series(option).map((s) => [s.id, s.data.map((d) => [d.id, d.value])])).toEqual([
      [
        'rates',
        [
          ['dispute-resolution-rate', 96.1],
          ['hazard-rectification-rate', 91.8],
        ],
      ],
      ['changes', [['work-safety-accidents-change', -70.6]]],
    ]);
  });

  it('puts the rates on a fixed 0–100 % axis and the change on its own axis centred on 0', () => {
    const [rates, changes] = series(option);
    expect(rates?.xAxisIndex).toBe(0);
    expect(changes?.xAxisIndex).toBe(1);
    expect(xAxes(option).map((a) => [a.min, a.max])).toEqual([
      [0, 100],
      [-100, 100],
    ]);
    // The rate bars have a track (the whole); the change does not.
    expect(rates?.showBackground).toBe(true);
    expect(changes?.showBackground).toBe(false);
  });

  it('labels rates as percentages and the change with its sign and direction', () => {
    const [rates, changes] = series(option);
    expect(rates?.label.formatter({ value: 96.1 })).toBe('96.1%');
    expect(changes?.label.formatter({ value: -70.6 })).toBe('▼ −70.6%');
    expect(changeText(3, 'en')).toBe('▲ +3.0%');
  });

  it('names each bar with its label and period, in both languages', () => {
    const names = (o: ChartOption) => (o.yAxis as { data: string[] }[]).map((a) => a.data);
    expect(names(option)).toEqual([
      ['矛盾纠纷化解率 · 2020年(今年)', '安全隐患整改率 · 2020年(今年)'],
      ['安全生产事故数同比变化 · 2020年(今年)'],
    ]);
    expect(names(build({}, 'en'))[0]?.[0]).toBe('Disputes resolved · 2020 (“this year”)');
  });

  it('never draws a count', () => {
    const drawn = series(option).flatMap((s) => s.data.map((d) => d.id));
    for (const f of data.figures.filter((f) => f.kind === 'count'))
      expect(drawn).not.toContain(f.id);
  });

  it('renders to SVG with the Chinese labels and values on it, on a phone and in dark', () => {
    const view = governanceView(data, DEFAULT_VIEW);
    const svg = svgOf(option, 360, governanceChartHeight(view, 'zh'));
    for (const text of ['矛盾纠纷化解率', '安全隐患整改率', '96.1%', '91.8%', '▼ −70.6%', '100%'])
      expect(svg).toContain(text);
    expect(svgOf(build({}, 'en'), 1200, governanceChartHeight(view, 'en'), 'yrd-dark')).toContain(
      'Safety hazards rectified',
    );
  });
});

describe('governanceOption with filters', () => {
  it('has no chart for the cold cases alone (they are a count: a card)', () => {
    const view = governanceView(data, { ...DEFAULT_VIEW, categories: ['cold-cases'] });
    expect(hasGovernanceChart(view)).toBe(false);
  });

  it('has no chart when the filters empty the panel', () => {
    expect(
      hasGovernanceChart(governanceView(data, { ...DEFAULT_VIEW, regions: ['jiangsu'] })),
    ).toBe(false);
    expect(hasGovernanceChart(governanceView(data, { ...DEFAULT_VIEW, to: 2019 }))).toBe(false);
  });

  it('grows with the projector scale', () => {
    const view = governanceView(data, DEFAULT_VIEW);
    expect(governanceChartHeight(view, 'zh', { scale: 2 })).toBe(
      governanceChartHeight(view, 'zh') * 2,
    );
  });

  it('wraps long names on a narrow chart and makes room for them', () => {
    const view = governanceView(data, DEFAULT_VIEW);
    const wide = governanceChartHeight(view, 'en', { width: 900 });
    const narrow = governanceChartHeight(view, 'en', { width: 300 });
    expect(narrow).toBeGreaterThan(wide);
    const option = governanceOption(view, 'en', { width: 300 });
    const label = (option.yAxis as { axisLabel: { width: number; overflow: string } }[])[1]
      ?.axisLabel;
    expect(label).toMatchObject({ overflow: 'break' });
    expect(label?.width).toBeLessThan(300);
  });
});

describe('governanceExportOption', () => {
  const subtexts = (o: ChartOption) =>
    (o.title as { text: string; subtext?: string }[]).map((t) => t.subtext ?? '');

  it('adds every card and finding under the chart, so the image holds every figure', () => {
    const option = governanceExportOption(governanceView(data, DEFAULT_VIEW), 'zh');
    expect(series(option).length).toBe(2);
    const lines = subtexts(option).at(-1)?.split('\n') ?? [];
    expect(lines).toEqual([
      '13连冠 · 平安湖州连冠 · 截至2020年6月',
      '13次 · 平安指数全省第一次数 · 在公布的20个月中 · 占65.0%(推算) · 截至2020年6月',
      '7起 · 今年连破命积案 · 2020年(今年)',
      '1171人 · “防范之星” · 截至2020年6月',
      '100人 · “陈建如式优秀民警” · 截至2020年6月',
      '文章的其他结论(无数字):全省命积案最少的地市;群众安全感满意度名列全省前茅',
    ]);
  });

  it('still exports the cold-case card when it is all the filters leave', () => {
    const option = governanceExportOption(
      governanceView(data, { ...DEFAULT_VIEW, categories: ['cold-cases'] }),
      'en',
    );
    expect(option.series).toBeUndefined();
    expect(subtexts(option)[0]).toContain('7 cases · Cold homicide cases solved this year');
  });
});

describe('governance chart: its tooltip’s words without ECharts (a baked chart’s first answer)', () => {
  it('says of each bar what its tooltip formatter says: the figure’s name, value and period', () => {
    expect(tipText(build(), 0, 0)).toBe('矛盾纠纷化解率\n96.1%\n2020年(今年)');
    expect(tipText(build({}, 'en'), 0, 0)).toContain('96.1%');
    expect(tipText(build(), 1, 0)).toMatch(/^安全生产事故数同比变化\n.*70\.6%/);
  });
});
