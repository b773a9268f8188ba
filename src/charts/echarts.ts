// The one place ECharts parts are registered: only what the panels draw, SVG renderer only
// (few points per chart: lighter than canvas, and sharp when a projector scales the page).
import { BarChart, CustomChart, LineChart, ScatterChart } from 'echarts/charts';
import {
  AriaComponent,
  GridComponent,
  MarkAreaComponent,
  MarkLineComponent,
  TitleComponent,
  TooltipComponent,
} from 'echarts/components';
import { dispose, getInstanceByDom, init, registerTheme, use } from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';
import { registerThemes } from './themes';

use([
  LineChart,
  BarChart,
  ScatterChart,
  CustomChart,
  GridComponent,
  TooltipComponent,
  TitleComponent,
  MarkLineComponent,
  MarkAreaComponent,
  AriaComponent,
  SVGRenderer,
]);
registerThemes({ registerTheme });

/**
 * What the app and echarts-for-react call of ECharts' core, and nothing else of it: passing the
 * module's namespace around (`import * as echarts`) kept every export of echarts/core in the
 * bundle, map registration and GeoJSON parsing among them (4.9 KB gzip of the chart chunk).
 */
export const echarts = { init, dispose, getInstanceByDom };
