import type { Lang } from './lang';

/** The app's own words (not the data's): header, controls, states. Panels keep their words in their folders. */
const zh = {
  appTitle: '长三角警务数据看板',
  appSubtitle: '湖州治理成效 · 长三角区域警务一体化',
  dataAsOf: '数据截至2020年6月',
  switchToOther: 'English',
  switchToOtherLabel: 'Switch to English',
  themeDark: '深色',
  patterns: '图案填充',
  patternsHint: '供色觉障碍读者和黑白打印使用:除颜色外,还以图案区分各系列',
  loading: '正在加载数据…',
  retry: '重试',
  dataError: '数据文件有误,此面板无法显示',
  fetchError: '数据文件无法获取',
  // What a reader is told (the details are for the site's staff, behind a disclosure).
  readerDataError: '此图表的数据无法读取。',
  readerFetchError: '此图表的数据暂时无法获取。',
  readerOthersFine: '其他图表不受影响。',
  readerTellData: '请告知本网站的管理员,以便修正数据。',
  readerTellFetch: '请稍后重试;如仍无法显示,请告知本网站的管理员。',
  errorDetails: '技术细节(供网站管理员)',
  howToFix: '请修正该文件后刷新页面;在项目目录中运行 npm run check-data 可列出所有问题。',
  howToFixFetch: '请检查服务器上有没有该文件、能否访问;文件恢复后点“重试”即可显示。',
  renderError: '此面板显示出错',
  skipToContent: '跳到看板内容',
  footer: '所有数字均来自2020年6月浙江一家报纸同一版面的四篇报道;每个数字均可查看原句。',
  noticeTitle: '链接中有无法识别的设置,已忽略:',
  dismiss: '关闭',
  showTable: '表格',
  showChart: '图表',
  showTableLabel: '以表格查看数据',
  showChartLabel: '返回图表',
  copyLink: '复制链接',
  exportFailed: '导出失败,请重试或刷新页面。',
  copyEmbed: '复制嵌入代码',
  copied: '已复制',
  copyFailed: '无法复制,请手动复制:',
  sourcesCount: '查看原句',
  filters: '筛选',
  clearFilters: '清除全部筛选',
  present: '演示',
  presentLabel: '全屏演示模式(投影)',
  presentThis: '演示此图',
} as const;

export type MessageKey = keyof typeof zh;

const en: Record<MessageKey, string> = {
  appTitle: 'YRD Policing Dashboard',
  appSubtitle: 'Huzhou governance results · Yangtze River Delta police integration',
  dataAsOf: 'Data as of June 2020',
  switchToOther: '中文',
  switchToOtherLabel: '切换到中文',
  themeDark: 'Dark',
  patterns: 'Patterns',
  patternsHint:
    'For colour-blind readers and greyscale print: tell series apart by pattern as well as colour',
  loading: 'Loading data…',
  retry: 'Retry',
  dataError: 'A data file is wrong; this panel cannot be shown',
  fetchError: 'A data file could not be loaded',
  readerDataError: "This chart's data could not be read.",
  readerFetchError: "This chart's data could not be loaded just now.",
  readerOthersFine: 'The other charts are not affected.',
  readerTellData: "Please tell the site's administrator, so that the data can be fixed.",
  readerTellFetch:
    "Try again in a moment; if it still fails, please tell the site's administrator.",
  errorDetails: "Details for the site's administrator",
  howToFix:
    'Fix the file and reload the page; npm run check-data in the project lists every problem.',
  howToFixFetch:
    'Check that the file is on the server and can be reached; once it is back, Retry draws the chart.',
  renderError: 'This panel failed to display',
  skipToContent: 'Skip to the dashboard',
  footer:
    'Every figure comes from four reports on one page of a Zhejiang newspaper, June 2020; each links to its sentence.',
  noticeTitle: 'Some settings in the link were not understood and were ignored:',
  dismiss: 'Dismiss',
  showTable: 'Table',
  showChart: 'Chart',
  showTableLabel: 'View the data as a table',
  showChartLabel: 'Back to the chart',
  copyLink: 'Copy link',
  exportFailed: 'Export failed; try again or reload the page.',
  copyEmbed: 'Copy embed code',
  copied: 'Copied',
  copyFailed: 'Could not copy; copy it by hand:',
  sourcesCount: 'Show the sentences',
  filters: 'Filters',
  clearFilters: 'Clear all filters',
  present: 'Present',
  presentLabel: 'Full-screen present mode (projector)',
  presentThis: 'Present this',
};

export const MESSAGES: Record<Lang, Record<MessageKey, string>> = { zh, en };

export function t(lang: Lang, key: MessageKey): string {
  return MESSAGES[lang][key];
}
