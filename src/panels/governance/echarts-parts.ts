// What this panel's chart draws. It loads with ECharts' core (which it registers into) when the
// chart is wanted, never with the page's code; the chart owner waits for it before drawing. The
// tooltip and aria come with the core (src/charts/echarts.ts), which gives them to every chart.
// The option type is built from the same list, so the option builder cannot reach for a part
// not registered here.
import type { BarSeriesOption } from 'echarts/charts';
import { BarChart } from 'echarts/charts';
import type {
  AriaComponentOption,
  GridComponentOption,
  MarkLineComponentOption,
  TitleComponentOption,
  TooltipComponentOption,
} from 'echarts/components';
import { GridComponent, MarkLineComponent, TitleComponent } from 'echarts/components';
import type { ComposeOption } from 'echarts/core';
import { type EChartsPart, registerParts } from '../../charts/echarts';

export const GOVERNANCE_PARTS: readonly EChartsPart[] = [
  BarChart,
  GridComponent,
  MarkLineComponent,
  TitleComponent,
];

/** Registers the parts with ECharts' core (a part registered before is skipped). */
export function registerGovernanceParts(): void {
  registerParts(GOVERNANCE_PARTS);
}

export type GovernanceOption = ComposeOption<
  | BarSeriesOption
  | AriaComponentOption
  | GridComponentOption
  | MarkLineComponentOption
  | TitleComponentOption
  | TooltipComponentOption
>;
