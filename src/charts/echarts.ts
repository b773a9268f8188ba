// ECharts' core as every chart gets it: the SVG renderer (few points per chart: lighter than
// canvas, and sharp when a projector scales the page), the themes, the tooltip and aria's decals
// (finishOption gives them to every chart) and the grid (every panel draws one: kept with the core,
// it is one chunk fewer). The chart types and the other components are each panel's own
// (src/panels/<name>/echarts-parts.ts): they load with this core when a chart is wanted and
// register into it, so the embed of one panel loads only what that panel draws.
import { AriaComponent, GridComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';
import { registerThemes } from './themes';

echarts.use([SVGRenderer, TooltipComponent, AriaComponent, GridComponent]);
registerThemes(echarts);

/** A chart type or component from echarts/charts or echarts/components. */
export type EChartsPart = Extract<Parameters<typeof echarts.use>[0], unknown[]>[number];

/** Registers parts with ECharts (a part registered before is skipped). */
export function registerParts(parts: readonly EChartsPart[]): void {
  echarts.use([...parts]);
}

export { echarts };
