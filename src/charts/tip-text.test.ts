import { describe, expect, it } from 'vitest';
import type { ChartOption } from './option';
import { tipText } from './tip-text';

const chart = (option: object) => option as ChartOption;

describe('tipText: a tooltip’s words for one datum, found as ECharts finds them', () => {
  it('calls the series’ formatter with the datum, its index, value and name', () => {
    const seen: unknown[] = [];
    const option = chart({
      series: [
        { type: 'bar', data: [1] },
        {
          type: 'bar',
          name: 'B',
          data: [{ value: 7, name: 'seven' }, 8],
          tooltip: {
            formatter: (p: unknown) => {
              seen.push(p);
              return 'words';
            },
          },
        },
      ],
    });
    expect(tipText(option, 1, 0)).toBe('words');
    expect(seen[0]).toMatchObject({
      seriesIndex: 1,
      seriesName: 'B',
      dataIndex: 0,
      name: 'seven',
      value: 7,
      data: { value: 7, name: 'seven' },
    });
    tipText(option, 1, 1);
    expect(seen[1]).toMatchObject({ dataIndex: 1, value: 8, data: 8, name: '' });
  });

  it('takes the datum’s own tooltip first, then the series’, then the chart’s', () => {
    const option = chart({
      tooltip: { trigger: 'item', formatter: () => 'chart' },
      series: [
        {
          type: 'bar',
          tooltip: { formatter: () => 'series' },
          data: [1, { value: 2, tooltip: { formatter: () => 'datum' } }],
        },
        { type: 'bar', data: [3] },
      ],
    });
    expect([tipText(option, 0, 0), tipText(option, 0, 1), tipText(option, 1, 0)]).toEqual([
      'series',
      'datum',
      'chart',
    ]);
  });

  it('fills a template that names the series or the datum; leaves a value or rich text to ECharts', () => {
    const option = (formatter: string) =>
      chart({
        series: [
          { type: 'line', name: 'S', data: [{ value: 5, name: 'N' }], tooltip: { formatter } },
        ],
      });
    expect(tipText(option('{a}: {b}'), 0, 0)).toBe('S: N');
    expect(tipText(option('{b}: {c}'), 0, 0)).toBeUndefined();
    expect(tipText(option('{bold|{b}}'), 0, 0)).toBeUndefined();
  });

  it('gives nothing where ECharts would give nothing or its own default words', () => {
    const words = () => 'words';
    expect(tipText(chart({ series: [{ type: 'bar', data: [1] }] }), 0, 0)).toBeUndefined();
    const off = chart({
      series: [{ type: 'bar', data: [1], tooltip: { show: false, formatter: words } }],
    });
    expect(tipText(off, 0, 0)).toBeUndefined();
    const on = chart({ series: [{ type: 'bar', data: [1, null], tooltip: { formatter: words } }] });
    expect([tipText(on, 0, 1), tipText(on, 0, 2), tipText(on, 1, 0)]).toEqual([
      undefined,
      undefined,
      undefined,
    ]);
    const empty = chart({
      series: [{ type: 'bar', data: [1], tooltip: { formatter: () => ' ' } }],
    });
    expect(tipText(empty, 0, 0)).toBeUndefined();
  });
});
