import { describe, expect, it } from 'vitest';
import { offerTips, watchBakedCharts } from './chart-wake';

// A baked chart answers a pointer from its drawing before the engine is there. A tap made while the
// page was still hydrating is answered as soon as its chart offers its words (at its first effect),
// not only once every chart's bake has been checked (untilUsed, a task later for each chart).
describe('offerTips', () => {
  const shown = () => {
    const tip = document.querySelector<HTMLElement>('.chart-tip');
    return tip && !tip.hidden ? tip.textContent : undefined;
  };

  it('answers a tap made before its chart could, and takes the answer away when withdrawn', () => {
    document.body.innerHTML =
      '<div class="chart" data-chart="governance"><div class="chart-baked"><svg>' +
      '<path ecmeta_series_index="0" ecmeta_data_index="1"></path></svg></div></div>';
    const box = document.querySelector<HTMLElement>('[data-chart]') as HTMLElement;
    const bar = document.querySelector('path') as Element;
    // jsdom lays nothing out: the tap's point is the bar.
    document.elementFromPoint = () => bar;
    watchBakedCharts();
    bar.dispatchEvent(new MouseEvent('pointerdown', { bubbles: true, clientX: 40, clientY: 50 }));
    expect(shown()).toBeUndefined();

    const withdraw = offerTips(
      'governance',
      box,
      (series, index) => `series ${series}, datum ${index}`,
    );
    expect(shown()).toBe('series 0, datum 1');

    withdraw();
    expect(shown()).toBeUndefined();
    // Withdrawn, the chart answers no more.
    bar.dispatchEvent(new MouseEvent('pointerdown', { bubbles: true, clientX: 40, clientY: 50 }));
    expect(shown()).toBeUndefined();
  });

  it('is not needed where the bake wrote the words on the shape: those answer at once', () => {
    document.body.innerHTML =
      '<div class="chart" data-chart="crime"><div class="chart-baked"><svg>' +
      '<path ecmeta_series_index="1" ecmeta_data_index="0" data-tip="命案&#10;2008: 54 起"></path>' +
      '</svg></div></div>';
    const point = document.querySelector('path') as Element;
    document.elementFromPoint = () => point;
    watchBakedCharts();
    point.dispatchEvent(new MouseEvent('pointermove', { bubbles: true, clientX: 4, clientY: 5 }));
    expect(shown()).toBe('命案\n2008: 54 起');
  });
});
