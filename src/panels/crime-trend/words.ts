export const CRIME_WORDS = {
  kicker: { zh: '湖州刑事案件与命案', en: 'Huzhou: criminal cases and homicides' },
  // Along the dashed connector, which on a phone is barely longer than the Chinese in one line:
  // both in two lines, so the label stays clear of the point labels at its ends.
  notReported: { zh: '{from}–{to}年\n未报告', en: '{from}–{to}\nnot reported' },
  /** One year missing between two drawn: not "2016–2016". */
  notReportedOne: { zh: '{year}年\n未报告', en: '{year}\nnot reported' },
  peak: { zh: '峰值', en: 'peak' },
  derivedDecline: {
    zh: '较{year}年峰值下降{pct}(推算)',
    en: '{pct} below the {year} peak (derived)',
  },
  unitCases: { zh: '起', en: 'cases' },
  milestones: { zh: '大事记', en: 'Milestones' },
  noScope: {
    zh: '湖州属浙江省;所选省份没有犯罪数据。',
    en: 'Huzhou is in Zhejiang; there is no crime data for the selected provinces.',
  },
  noYears: { zh: '所选年份内没有已报告的数据。', en: 'No reported figures in the selected years.' },
  gapNote: {
    zh: '只画出文章报告的年份;虚线只连接两个已报告年份,中间年份未报告,不是数据。',
    en: 'Only the years the article reports are drawn; a dashed line joins two reported years, and the years between were not reported — it is not data.',
  },
  /** The note when the year filter leaves no dashed line (a single reported year per metric). */
  reportedOnlyNote: {
    zh: '只画出文章报告的年份。',
    en: 'Only the years the article reports are drawn.',
  },
  /** The notes above, once a year cited from another source than the article is drawn. */
  gapNoteCited: {
    zh: '只画出有出处的年份:文章报告的,以及另注出处的(见来源);虚线只连接两个有数字的年份,中间年份未报告,不是数据。',
    en: 'Only years with a source are drawn: the article’s, and those cited from elsewhere (see the sources); a dashed line joins two years with figures, and the years between were not reported — it is not data.',
  },
  reportedOnlyNoteCited: {
    zh: '只画出有出处的年份:文章报告的,以及另注出处的(见来源)。',
    en: 'Only years with a source are drawn: the article’s, and those cited from elsewhere (see the sources).',
  },
  derivedNote: {
    zh: '降幅由存储的两个数字计算得出,文章未直接给出。',
    en: 'Declines are computed from the two stored figures; the article does not state them.',
  },
  timelineNotLoaded: {
    zh: '大事记数据文件无法获取,未显示里程碑。',
    en: 'The timeline file could not be loaded; milestones are not shown.',
  },
  timelineInvalid: {
    zh: '大事记数据文件有误,未显示里程碑。',
    en: 'The timeline file is not valid; milestones are not shown.',
  },
  columns: {
    metric: { zh: '指标', en: 'Metric' },
    year: { zh: '年份', en: 'Year' },
    value: { zh: '数值', en: 'Value' },
    unit: { zh: '单位', en: 'Unit' },
    reported: { zh: '原文写法', en: 'As printed' },
    note: { zh: '说明', en: 'Note' },
  },
  tableCaption: {
    zh: '湖州刑事案件与命案(仅已报告年份)',
    en: 'Huzhou criminal cases and homicides (reported years only)',
  },
  titleBoth: {
    zh: '湖州刑事案件从峰值下降{cases},命案下降{homicides}',
    en: 'Huzhou’s criminal cases fell {cases} from their peak, homicides {homicides}',
  },
  titleOne: {
    zh: '湖州{metric}从{peakYear}年峰值下降{pct}',
    en: 'Huzhou’s {metric} fell {pct} from the {peakYear} peak',
  },
  /** A metric the year filter leaves without a point: why its chart is not there. */
  outOfYears: {
    zh: '{metric}在所选年份内没有已报告的数字,因此未画出(已报告的年份:{years})。',
    en: '{metric} not drawn: no reported figure in the selected years (reported years: {years}).',
  },
  /** A clicked point's detail. */
  point: { zh: '{metric} {year}年:{value}起', en: '{metric}, {year}: {value} cases' },
  pointPeak: { zh: '(峰值)', en: ' (the peak)' },
  pointHeading: { zh: '所点数据点', en: 'The point you chose' },
  filterToYear: { zh: '按此筛选:只看 {year} 年', en: 'Filter to this: {year} only' },
  closePoint: { zh: '关闭', en: 'Close' },
  closePointLabel: { zh: '关闭此数据点的详情', en: 'Close this point’s detail' },
  summary: {
    zh: '{metric}:{points}。',
    en: '{metric}: {points}.',
  },
} as const;
