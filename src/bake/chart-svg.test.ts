import { describe, expect, it } from 'vitest';
import type { ChartOption } from '../charts/option';
import { bakeChartSvg, cspSafeSvg } from './chart-svg';

describe('cspSafeSvg: a baked drawing the strict CSP lets through', () => {
  it('turns styles into attributes, drops <style>, prefixes ids, and lets the pointer through silent shapes', () => {
    const svg =
      '<svg><style>.a{fill:red}</style><defs><clipPath id="zr0-c0"></clipPath></defs>' +
      '<text style="font-size:12px;font-family:\'Noto Sans\', sans-serif">x</text>' +
      '<path d="M0 0" ecmeta_silent="true" pointer-events="visible"></path>' +
      '<rect ecmeta_silent="true"/><path d="M1 1" ecmeta_data_index="0"></path></svg>';
    expect(cspSafeSvg(svg, 'gov-w')).toBe(
      '<svg><defs><clipPath id="gov-w-c0"></clipPath></defs>' +
        '<text font-size="12px" font-family="\'Noto Sans\', sans-serif">x</text>' +
        '<path d="M0 0" ecmeta_silent="true" pointer-events="none"></path>' +
        '<rect ecmeta_silent="true" pointer-events="none"/><path d="M1 1" ecmeta_data_index="0"></path></svg>',
    );
  });
});

describe('bakeChartSvg: which component drew each shape', () => {
  it('marks a series’ data shapes as the series’, a mark line’s as its own', () => {
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
    const svg = bakeChartSvg(option, {
      theme: 'yrd-light',
      lang: 'zh',
      width: 300,
      height: 200,
      id: 't',
    });
    const shapes = [...svg.matchAll(/ecmeta_data_index="(\d)"[^>]*ecmeta_component="(\w+)"/g)].map(
      (m) => `${m[2]} ${m[1]}`,
    );
    expect(shapes).toEqual(expect.arrayContaining(['series 0', 'series 1', 'markLine 0']));
    expect(shapes.filter((s) => s.startsWith('series'))).toHaveLength(2);
  });
});
