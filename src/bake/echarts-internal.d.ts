// The one internal module of ECharts the bake reads (src/bake/chart-svg.ts); the package exports it
// (`./*`) without a declaration beside it. Its declaration is in ECharts' own types/src.
declare module 'echarts/lib/util/innerStore.js' {
  export { getECData } from 'echarts/types/src/util/innerStore';
}
