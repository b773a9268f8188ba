import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { echarts } from '../../charts/echarts';
import type { ChartOption } from '../../charts/option';
import { DEFAULT_VIEW, type ViewState } from '../../filters/filters';
import { projectsView } from './model';
import {
  barLabel,
  hasProjectsChart,
  nameLine,
  projectsChartHeight,
  projectsExportOption,
  projectsOption,
} from './option';
import { cooperationSchema } from './schema';

const data = cooperationSchema.parse(JSON.parse(readFileSync('data/cooperation.json', 'utf8')));
const viewOf = (patch: Partial<ViewState> = {}) =>
  projectsView(data, { ...DEFAULT_VIEW, ...patch });
const build = (patch: Partial<ViewState> = {}, lang: 'zh' | 'en' = 'zh') =>
  projectsOption(viewOf(patch), lang);

type MarkEnd = { coord: [number, number]; label?: { formatter: string } };
type Bar = {
  id: string;
  data: { value: number; id: string; label?: { show: boolean } }[];
  xAxisIndex: number;
  label: { formatter: (p: { dataIndex: number }) => string };
  markLine?: { data: [MarkEnd, MarkEnd][]; lineStyle: { type: unknown } };
};
const series = (o: ChartOption) => o.series as Bar[];

function svgOf(option: ChartOption, width: number, height: number, theme = 'yrd-light') {
  const chart = echarts.init(null, theme, { renderer: 'svg', ssr: true, width, height });
  chart.setOption({ ...option, animation: false });
  const svg = chart.renderToSVGString();
  chart.dispose();
  return svg;
}

describe('projectsOption on the shipped data', () => {
  const option = build();

  it('draws two groups, each in its own grid on its own axis', () => {
    expect(series(option).map((s) => [s.id, s.xAxisIndex, s.data.map((d) => d.value)])).toEqual([
      ['work', 0, [100, 26, 10]],
      ['mechanism', 1, [32, 128, 130]],
    ]);
    expect((option.grid as unknown[]).length).toBe(2);
    const axes = option.xAxis as { min: number; max: number; show: boolean }[];
    expect(axes.map((a) => [a.min, a.show])).toEqual([
      [0, false],
      [0, false],
    ]);
    // The scales differ: no shared axis between tasks and officers.
    expect(axes[0]?.max).toBe(100);
    expect(axes[1]?.max).toBeGreaterThan(130);
  });

  it('draws 130余 as at least 130: the bar stops at 130 and a dashed arrow runs past it, labelled 130余名', () => {
    const mech = series(option)[1] as Bar;
    const officers = mech.data[2];
    expect(officers?.value).toBe(130);
    expect(officers?.label?.show).toBe(false);
    const [from, to] = mech.markLine?.data[0] ?? [];
    expect(from?.coord).toEqual([130, 2]);
    expect(to?.coord[0]).toBeGreaterThan(130);
    expect(from?.label?.formatter).toBe('130余名');
    expect(mech.markLine?.lineStyle.type).not.toBe('solid');
    const en = series(build({}, 'en'))[1] as Bar;
    expect(en.markLine?.data[0]?.[0].label?.formatter).toBe('130+ officers');
    // No other bar is open-ended.
    expect((series(option)[0] as Bar).markLine).toBeUndefined();
  });

  it('labels every bar with its number and unit in the locale’s form', () => {
    const labels = series(option).map((s) =>
      s.data.map((_, i) => s.label.formatter({ dataIndex: i })),
    );
    expect(labels).toEqual([
      ['100项', '26项', '10个'],
      ['32个警种', '128个部门', '130余名'],
    ]);
    const f = data.figures.find((x) => x.id === 'departments');
    expect(f && barLabel(f, 'en')).toBe('128 departments');
  });

  it('names each bar with its period unless the label already names the date', () => {
    const names = (option.yAxis as { data: string[] }[]).map((a) => a.data);
    expect(names[0]).toEqual([
      '重点任务 · 2018年—2020年',
      '警务一体化合作协议(累计) · 截至2020年6月',
      '2020年6月13日签署的合作项目',
    ]);
    const tasks = data.figures.find((x) => x.id === 'key-tasks');
    expect(tasks && nameLine(tasks, 'en')).toBe('Key tasks in the 2018–2020 action plan');
  });

  it('renders to SVG with the Chinese labels on it, on a phone and in dark', () => {
    const svg = svgOf(option, 360, projectsChartHeight(viewOf(), 'zh'));
    for (const text of [
      '计划的工作量',
      '协作机制的规模',
      '重点任务',
      '100项',
      '130余名',
      '128个部门',
    ])
      expect(svg).toContain(text);
    expect(svgOf(build({}, 'en'), 1200, projectsChartHeight(viewOf(), 'en'), 'yrd-dark')).toContain(
      '130+ officers',
    );
  });
});

describe('projectsOption with filters', () => {
  it('draws only the plan for 2018–2019', () => {
    expect(series(build({ from: 2018, to: 2019 })).map((s) => [s.id, s.data.length])).toEqual([
      ['work', 1],
    ]);
  });

  it('has no chart for service reform alone (only named projects) or an empty panel', () => {
    expect(hasProjectsChart(viewOf({ categories: ['service-reform'] }))).toBe(false);
    expect(hasProjectsChart(viewOf({ regions: ['jiangxi'] }))).toBe(false);
  });

  it('gives long English names more room on a phone than on a desk', () => {
    expect(projectsChartHeight(viewOf(), 'en', { width: 340 })).toBeGreaterThan(
      projectsChartHeight(viewOf(), 'en', { width: 900 }),
    );
  });
});

describe('projectsExportOption', () => {
  it('adds the named items under the bars with the honest "3 of"', () => {
    const option = projectsExportOption(viewOf(), 'zh');
    expect(series(option).length).toBe(2);
    const titles = option.title as { subtext?: string }[];
    expect(titles.at(-1)?.subtext?.split('\n')).toEqual([
      '“警务一体化合作协议(累计)”共26项,文章点名了其中3项的领域:省际陆路口卡查控;智慧公安建设;打击食药环犯罪',
      '“2020年6月13日签署的合作项目”共10个,文章点名了其中3个:户籍事项证明开具“一网通办”;跨省户口网上迁移;公安可信身份认证互认',
      '其余的文章未点名,这里不列出。',
    ]);
  });
});
