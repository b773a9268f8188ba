// What this panel's chart draws. It loads with ECharts' core (which it registers into) when the
// chart is wanted, never with the page's code; the chart owner waits for it before drawing. The
// tooltip and aria come with the core (src/charts/echarts.ts), which gives them to every chart.
// The option type is built from the same list, so the option builder cannot reach for a part
// not registered here.
import type { CustomSeriesOption, ScatterSeriesOption } from 'echarts/charts';
import { CustomChart, ScatterChart } from 'echarts/charts';
import type {
  AriaComponentOption,
  GridComponentOption,
  MarkAreaComponentOption,
  TooltipComponentOption,
} from 'echarts/components';
import { GridComponent, MarkAreaComponent } from 'echarts/components';
import type { ComposeOption } from 'echarts/core';
import { type EChartsPart, registerParts } from '../../charts/echarts';

export const TIMELINE_PARTS: readonly EChartsPart[] = [
  CustomChart,
  ScatterChart,
  GridComponent,
  MarkAreaComponent,
];

/** Registers the parts with ECharts' core (a part registered before is skipped). */
export function registerTimelineParts(): void {
  registerParts(TIMELINE_PARTS);
}

export type TimelineOption = ComposeOption<
  | CustomSeriesOption
  | ScatterSeriesOption
  | AriaComponentOption
  | GridComponentOption
  | MarkAreaComponentOption
  | TooltipComponentOption
>;
