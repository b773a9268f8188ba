import { describe, expect, it } from 'vitest';
import type { ChartOption } from '../charts/option';
import { answeringShapes, bakeChartSvg, cspSafeSvg, drawChartSvg, fontOnce } from './chart-svg';

describe('cspSafeSvg: a baked drawing the strict CSP lets through', () => {
  it('turns styles into attributes, drops <style> and prefixes ids', () => {
    const svg =
      '<svg><style>.a{fill:red}</style><defs><clipPath id="zr0-c0"></clipPath></defs>' +
      '<text style="font-size:12px;font-family:\'Noto Sans\', sans-serif">x</text></svg>';
    expect(cspSafeSvg(svg, 'gov-w')).toBe(
      '<svg><defs><clipPath id="gov-w-c0"></clipPath></defs>' +
        '<text font-size="12px" font-family="\'Noto Sans\', sans-serif">x</text></svg>',
    );
  });
});

describe('answeringShapes: what the page reads of each shape', () => {
  it('keeps a series datum’s indexes, lets the pointer through silent shapes, and drops the rest', () => {
    const meta = (extra: string) =>
      `ecmeta_series_index="1" ecmeta_data_index="2" ecmeta_ssr_type="chart" ${extra}`;
    const svg =
      `<svg><path d="M1 1" ${meta('ecmeta_component="series"')}></path>` +
      `<path d="M0 0" pointer-events="visible" ${meta('ecmeta_component="series" ecmeta_silent="true"')}/>` +
      `<polygon ${meta('ecmeta_component="markArea" ecmeta_silent="true"')}></polygon>` +
      `<path d="M2 2" ${meta('ecmeta_component="markLine"')}></path><text x="1">a</text></svg>`;
    expect(answeringShapes(svg)).toBe(
      '<svg><path d="M1 1" ecmeta_series_index="1" ecmeta_data_index="2"></path>' +
        '<path d="M0 0" pointer-events="none"/>' +
        '<polygon pointer-events="none"></polygon>' +
        '<path d="M2 2"></path><text x="1">a</text></svg>',
    );
    // With the chart's words for a datum: on its shape alone, escaped, its lines kept.
    const asked: string[] = [];
    const words = (series: number, index: number) => {
      asked.push(`${series}/${index}`);
      return 'A "b" & <c>\n96.1%';
    };
    expect(answeringShapes(svg, words)).toBe(
      '<svg><path d="M1 1" ecmeta_series_index="1" ecmeta_data_index="2"' +
        ' data-tip="A &quot;b&quot; &amp; &lt;c&gt;&#10;96.1%"></path>' +
        '<path d="M0 0" pointer-events="none"/>' +
        '<polygon pointer-events="none"></polygon>' +
        '<path d="M2 2"></path><text x="1">a</text></svg>',
    );
    expect(asked).toEqual(['1/2']);
  });
});

describe('fontOnce: the drawing’s font said once', () => {
  it('moves the font most texts name onto the <svg>, leaving any other on its text', () => {
    const svg =
      '<svg viewBox="0 0 1 1"><text font-family="A" x="1">a</text><text x="2" font-family="A">b</text>' +
      '<text font-family="B">c</text><path font-family="A"></path></svg>';
    expect(fontOnce(svg)).toBe(
      '<svg font-family="A" viewBox="0 0 1 1"><text x="1">a</text><text x="2">b</text>' +
        '<text font-family="B">c</text><path font-family="A"></path></svg>',
    );
    expect(fontOnce('<svg><path></path></svg>')).toBe('<svg><path></path></svg>');
  });
});

describe('bakeChartSvg: which component drew each shape', () => {
  const option = {
    xAxis: { type: 'category', data: ['a', 'b'] },
    yAxis: { type: 'value' },
    series: [
      {
        type: 'bar',
        data: [1, 2],
        markLine: { symbol: 'none', data: [{ yAxis: 1.5, name: 'm' }] },
      },
    ],
  } as ChartOption;
  const opts = { theme: 'yrd-light', lang: 'zh', width: 300, height: 200, id: 't' } as const;

  it('tells a series’ data shapes from a mark line’s, which carry the series’ indexes too', () => {
    // What ECharts' SSR data says, before the page keeps only what it reads (answeringShapes).
    const raw = drawChartSvg(option, opts);
    const shapes = [...raw.matchAll(/ecmeta_data_index="(\d)"[^>]*ecmeta_component="(\w+)"/g)].map(
      (m) => `${m[2]} ${m[1]}`,
    );
    expect(shapes).toEqual(expect.arrayContaining(['series 0', 'series 1', 'markLine 0']));
    expect(shapes.filter((s) => s.startsWith('series'))).toHaveLength(2);
  });

  it('keeps on the page the series’ two bars alone as answering shapes, the font said once', () => {
    const svg = bakeChartSvg(option, opts);
    expect(svg.match(/ecmeta_data_index/g)).toHaveLength(2);
    // No formatter of the chart's own: no words baked (the live chart gives ECharts' default).
    expect(svg).not.toMatch(/data-tip=/);
    expect(svg).not.toMatch(/ecmeta_(component|ssr_type|silent)/);
    expect(svg).toMatch(/^<svg font-family="'Noto Sans CJK SC'/);
    expect(svg).not.toMatch(/<text[^>]* font-family=/);
  });

  it('writes on each bar the words its tooltip formatter says of it', () => {
    const said = {
      ...option,
      series: [
        {
          type: 'bar',
          data: [1, 2],
          tooltip: { formatter: (p: { value: number }) => `v ${p.value}` },
        },
      ],
    } as ChartOption;
    const tips = [
      ...bakeChartSvg(said, opts).matchAll(/ecmeta_data_index="(\d)" data-tip="([^"]*)"/g),
    ];
    expect(tips.map((m) => `${m[1]}: ${m[2]}`).sort()).toEqual(['0: v 1', '1: v 2']);
  });
});
