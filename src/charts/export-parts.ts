// Every part any panel draws, for the PNG/SVG exporter: it may draw a panel whose chart never
// loaded (a panel a filter emptied still exports its counts), so it registers them all. It loads
// only when a reader downloads an image. tests/unit/echarts-parts.test.ts keeps this list the union
// of the panels' own (src/panels/<name>/echarts-parts.ts), and ChartOption (./option.ts) its type.
import { BarChart, CustomChart, LineChart, ScatterChart } from 'echarts/charts';
import {
  GridComponent,
  MarkAreaComponent,
  MarkLineComponent,
  TitleComponent,
} from 'echarts/components';
import type { EChartsPart } from './echarts';

export const EXPORT_PARTS: readonly EChartsPart[] = [
  LineChart,
  BarChart,
  ScatterChart,
  CustomChart,
  GridComponent,
  TitleComponent,
  MarkLineComponent,
  MarkAreaComponent,
];
