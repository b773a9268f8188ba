import { describe, expect, it } from 'vitest';
import { chartToSvg, type ExportText } from './export';
import type { ChartOption } from './option';

const sizeOf = (svg: string) => {
  const m = /^<svg [^>]*width="(\d+)" height="(\d+)"/.exec(svg);
  return m ? [Number(m[1]), Number(m[2])] : [];
};
const text: ExportText = { title: '标题', footer: ['来源:《报道》(2020年6月)'], lang: 'zh' };
/** The chart's height in the image: the total less the title (one line) and the footer (one line). */
const chartHeight = (svg: string) => (sizeOf(svg)[1] as number) - (24 + 26) - (16 + 18);

describe('chartToSvg', () => {
  const plot: ChartOption = {
    grid: { top: 10, bottom: 30 },
    xAxis: { type: 'value' },
    yAxis: { type: 'value' },
    series: [
      {
        type: 'line',
        data: [
          [1, 2],
          [3, 4],
        ],
      },
    ],
  };

  it('keeps the size asked for when the chart draws inside it', () => {
    const svg = chartToSvg(plot, 'yrd-light', text);
    expect(sizeOf(svg)[0]).toBe(960);
    expect(chartHeight(svg)).toBe(480);
  });

  it('grows the image to what the option draws below that height, so nothing is cut off', () => {
    const below: ChartOption = { ...plot, title: [{ text: '一\n二\n三', top: 470, left: 700 }] };
    const svg = chartToSvg(below, 'yrd-light', text);
    expect(chartHeight(svg)).toBeGreaterThan(480 + 30);
    expect(svg).toContain('三');
  });

  it('breaks an English title between words and sets English in a Latin face', () => {
    const title =
      'Moving a registration across provinces: from 3–4 trips and over 1 month to 1 trip and under 1 week';
    const svg = chartToSvg(plot, 'yrd-light', { title, footer: [], lang: 'en' }, 600);
    const lines = [...svg.matchAll(/font-size="20" font-weight="bold"[^>]*>([^<]*)</g)].map(
      (m) => m[1],
    );
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.join(' ')).toBe(title);
    expect(svg).toMatch(/^<svg [^>]*font-family='Segoe UI/);
    expect(chartToSvg(plot, 'yrd-light', text)).toMatch(/^<svg [^>]*font-family='Noto Sans CJK SC/);
    expect(chartToSvg(plot, 'yrd-light', { ...text, lang: 'en' })).toMatch(/font-family='Segoe UI/);
  });
});
