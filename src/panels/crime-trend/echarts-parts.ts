// What this panel's chart draws. It loads with ECharts' core (which it registers into) when the
// chart is wanted, never with the page's code; the chart owner waits for it before drawing. The
// tooltip and aria come with the core (src/charts/echarts.ts), which gives them to every chart.
// The option type is built from the same list, so the option builder cannot reach for a part
// not registered here.
import type { LineSeriesOption } from 'echarts/charts';
import { LineChart } from 'echarts/charts';
import type {
  AriaComponentOption,
  GridComponentOption,
  MarkAreaComponentOption,
  MarkLineComponentOption,
  TitleComponentOption,
  TooltipComponentOption,
} from 'echarts/components';
import {
  GridComponent,
  MarkAreaComponent,
  MarkLineComponent,
  TitleComponent,
} from 'echarts/components';
import type { ComposeOption } from 'echarts/core';
import { type EChartsPart, registerParts } from '../../charts/echarts';

export const CRIME_TREND_PARTS: readonly EChartsPart[] = [
  LineChart,
  GridComponent,
  MarkAreaComponent,
  MarkLineComponent,
  TitleComponent,
];

/** Registers the parts with ECharts' core (a part registered before is skipped). */
export function registerCrimeTrendParts(): void {
  registerParts(CRIME_TREND_PARTS);
}

export type CrimeTrendOption = ComposeOption<
  | LineSeriesOption
  | AriaComponentOption
  | GridComponentOption
  | MarkAreaComponentOption
  | MarkLineComponentOption
  | TitleComponentOption
  | TooltipComponentOption
>;
