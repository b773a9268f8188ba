/** The embed's own words (zh/en): the message for a wrong panel name, and its two small links. */
export const EMBED_WORDS = {
  pageTitle: { zh: '{panel} · 长三角警务数据看板', en: '{panel} · YRD Policing Dashboard' },
  unknownPanel: {
    zh: '没有名为“{panel}”的图表。',
    en: 'There is no chart named “{panel}”.',
  },
  missingPanel: {
    zh: '嵌入链接没有指定图表(panel=…)。',
    en: 'The embed link names no chart (panel=…).',
  },
  validPanels: {
    zh: '可用的 panel 值:',
    en: 'Valid values for panel:',
  },
  example: { zh: '例如:', en: 'For example:' },
  openDashboard: { zh: '在完整看板中打开', en: 'Open in the full dashboard' },
  newWindow: { zh: '(新窗口)', en: '(new window)' },
  resetView: { zh: '恢复嵌入时的筛选', en: 'Back to the embedded view' },
} as const;
