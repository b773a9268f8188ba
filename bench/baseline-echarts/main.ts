// Baseline (a) for `npm run bench`: a bare page drawing one ECharts line chart with the app's own
// registration (src/charts/echarts.ts), so the ratio shows what the dashboard adds on top.
import { echarts } from '../../src/charts/echarts';

declare global {
  interface Window {
    __benchDone?: number;
  }
}

const chart = echarts.init(document.getElementById('chart'), 'yrd-light', { renderer: 'svg' });
chart.on('finished', () => {
  window.__benchDone ??= performance.now();
});
chart.setOption({
  xAxis: { type: 'value', min: 2007, max: 2021 },
  yAxis: { type: 'value' },
  series: [
    {
      type: 'line',
      data: [
        [2010, 43000],
        [2019, 15000],
      ],
      label: { show: true },
    },
  ],
});
