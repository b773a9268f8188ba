import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { echarts } from '../../charts/echarts';
import { DEFAULT_VIEW, type ViewState } from '../../filters/filters';
import type { Lang } from '../../i18n/lang';
import { migrationView } from './model';
import { migrationHeight, migrationOption, niceMax, wrapText } from './option';
import { migrationSchema } from './schema';

const data = migrationSchema.parse(JSON.parse(readFileSync('data/migration.json', 'utf8')));
const v = (patch: Partial<ViewState>): ViewState => ({ ...DEFAULT_VIEW, ...patch });

type Series = {
  type: string;
  id: string;
  data: { value: unknown }[];
  markLine?: { symbol: string[]; data: [{ coord: number[] }, { coord: number[] }][] };
};
const seriesOf = (o: ReturnType<typeof migrationOption>) => o.series as Series[];
const titles = (o: ReturnType<typeof migrationOption>) =>
  (o.title as { text: string; subtext?: string }[]).flatMap((t) => [t.text, t.subtext ?? '']);

function render(view: ReturnType<typeof migrationView>, lang: Lang, width: number) {
  const chart = echarts.init(null, 'yrd-light', {
    renderer: 'svg',
    ssr: true,
    width,
    height: migrationHeight(view, lang),
  });
  chart.setOption({ ...migrationOption(view, lang), animation: false });
  const svg = chart.renderToSVGString();
  chart.dispose();
  return svg;
}

describe('migrationOption with the real data', () => {
  const view = migrationView(data, DEFAULT_VIEW);
  const zh = migrationOption(view, 'zh');
  const en = migrationOption(view, 'en');

  it('draws each yearly volume as a bar at its stated value, on one shared scale', () => {
    const bars = seriesOf(zh).filter((s) => s.type === 'bar');
    expect(bars.map((s) => s.data.map((d) => d.value))).toEqual([[100000], [400000]]);
    const maxes = (zh.xAxis as { max?: number; gridIndex: number }[]).slice(0, 2).map((x) => x.max);
    expect(new Set(maxes).size).toBe(1);
    expect(maxes[0]).toBeGreaterThan(400000);
  });

  it('keeps the hedges on the marks: "over" points out past the end, "nearly" back onto it', () => {
    const [nearly, over] = seriesOf(zh).filter((s) => s.type === 'bar');
    const [nFrom, nTo] = nearly?.markLine?.data[0] ?? [];
    expect(nTo?.coord[0]).toBe(100000);
    expect(nFrom?.coord[0]).toBeGreaterThan(100000);
    const [oFrom, oTo] = over?.markLine?.data[0] ?? [];
    expect(oFrom?.coord[0]).toBe(400000);
    expect(oTo?.coord[0]).toBeGreaterThan(400000);
    expect(over?.markLine?.symbol).toEqual(['none', 'arrow']);
    expect(titles(zh)).toEqual(expect.arrayContaining(['近10万人/年', '超过40万人/年']));
    expect(titles(en)).toEqual(
      expect.arrayContaining(['nearly 100,000 people a year', 'over 400,000 people a year']),
    );
  });

  it('draws the trips "三四趟" as the range 3 to 4 (never 3.5) against a single trip', () => {
    const trips = seriesOf(zh).filter((s) => s.type === 'line');
    expect(trips.map((s) => s.data.map((d) => d.value))).toEqual([
      [
        [3, 0],
        [4, 0],
      ],
      [[1, 1]],
    ]);
    expect(JSON.stringify(zh)).not.toContain('3.5');
  });

  it('leaves the durations out of the chart (they stay words, never converted to days)', () => {
    const text = JSON.stringify([titles(zh), titles(en)]);
    expect(text).not.toMatch(/天|days|一个多月|不到一周/);
  });

  it('drops the volumes or the trips that the province filter leaves out', () => {
    const sh = migrationOption(migrationView(data, v({ regions: ['shanghai'] })), 'zh');
    expect(seriesOf(sh).map((s) => s.type)).toEqual(['bar', 'bar']);
  });

  it('renders to SVG with the hedged Chinese labels', () => {
    const svg = render(view, 'zh', 640);
    for (const text of ['近10万人/年', '超过40万人/年', '3–4趟', '1趟', '以前', '网上迁移', '40万'])
      expect(svg).toContain(text);
  });

  it('renders in English on a phone-sized chart', () => {
    const svg = render(view, 'en', 340);
    for (const text of ['nearly 100,000 people a year', '3–4 trips', '1 trip'])
      expect(svg).toContain(text);
  });
});

describe('helpers', () => {
  it('wraps long labels by words in English and by characters in Chinese', () => {
    expect(wrapText('Registration transfers across the whole YRD', 20)).toBe(
      'Registration\ntransfers across the\nwhole YRD',
    );
    expect(wrapText('整个长三角区域户口迁移总量', 6)).toBe('整个长三角区\n域户口迁移总\n量');
    expect(wrapText('short', 20)).toBe('short');
  });

  it('rounds the axis up past the largest value, leaving room for the arrow', () => {
    expect(niceMax(400000)).toBe(500000);
    expect(niceMax(100000)).toBe(200000);
  });
});
