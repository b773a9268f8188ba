// Baseline (a) for `npm run bench`: a bare page drawing one ECharts line chart with the app's own
// registration (the core of src/charts/echarts.ts and the crime trend's parts, the line chart's
// panel), so the ratio shows what the dashboard adds on top.
import { echarts } from '../../src/charts/echarts';
import { registerCrimeTrendParts } from '../../src/panels/crime-trend/echarts-parts';

registerCrimeTrendParts();

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
