/** The governance panel's own words. Numbers are never written here: they are filled in from the data. */
export const GOVERNANCE_WORDS = {
  kicker: { zh: '基层治理成效', en: 'Grassroots governance results' },
  /** Titles that state the finding; each names the figures it is filled from. */
  titleRateChange: {
    zh: '湖州{year}年矛盾纠纷化解率{rate},安全生产事故数同比{dir}{pct}',
    en: 'Huzhou resolved {rate} of disputes in {year}; work-safety accidents {dir} {pct}',
  },
  titleColdCases: {
    zh: '湖州{year}年又连破{n}起命积案',
    en: 'Huzhou solved {n} cold homicide cases in {year}',
  },
  titleGeneric: { zh: '湖州:{label}{value}', en: 'Huzhou: {label}, {value}' },
  down: { zh: '下降', en: 'fell' },
  up: { zh: '上升', en: 'rose' },
  /** The label on a change bar. */
  changeDown: { zh: '▼ 同比下降{pct}', en: '▼ down {pct} on the year before' },
  changeUp: { zh: '▲ 同比上升{pct}', en: '▲ up {pct} on the year before' },
  ratesTitle: { zh: '比率(刻度固定为{min}–{max}%)', en: 'Rates (fixed {min}–{max} % scale)' },
  changesTitle: {
    zh: '同比变化(以{zero}为中线)',
    en: 'Change on the year before (centred on {zero})',
  },
  countsHeading: { zh: '数字', en: 'Counts' },
  findingsHeading: { zh: '文章的其他结论(无数字)', en: 'Also reported (no figure)' },
  derivedShare: {
    zh: '在公布的{whole}中 · 占{pct}(推算)',
    en: 'in the {whole} published · {pct} of them (derived)',
  },
  sourceMark: { zh: '原句{n}', en: 'source {n}' },
  sourceMarkLabel: {
    zh: '出处:“查看原句”中的第{n}句;点击在原文中阅读',
    en: 'Source: sentence {n} under “Show the sentences”; opens it in its report',
  },
  noScope: {
    zh: '这些数字属于湖州市(浙江省);所选省份没有这些数字。',
    en: 'These figures are for Huzhou (Zhejiang); the selected provinces have none.',
  },
  noYears: {
    zh: '这些数字均属{years}年;所选年份范围不包含{years}年。',
    en: 'These figures are all for {years}; the selected years leave {years} out.',
  },
  noCategory: {
    zh: '此面板的数字属于“{cats}”;所选类别没有这些数字。',
    en: 'This panel’s figures belong to “{cats}”; the selected categories have none.',
  },
  scopeNote: {
    zh: '所有数字均为湖州市(浙江省)的。',
    en: 'All figures are Huzhou’s (a city in Zhejiang).',
  },
  formsNote: {
    zh: '比率画在固定的0–100%刻度上;同比变化画在单独的、以0为中线的刻度上;计数以数字卡片显示,不与比率混画。',
    en: 'Rates are drawn on a fixed 0–100 % scale; the change on its own scale centred on 0; counts are figure cards, never drawn on the rate scale.',
  },
  derivedNote: {
    zh: '标“推算”的占比由两个已报告的数字计算得出,文章未直接给出。',
    en: 'Shares marked “derived” are computed from two reported figures; the article does not state them.',
  },
  kinds: {
    rate: { zh: '比率', en: 'Rate' },
    change: { zh: '同比变化', en: 'Change' },
    count: { zh: '计数', en: 'Count' },
    derived: { zh: '推算占比', en: 'Derived share' },
    finding: { zh: '结论', en: 'Finding' },
  },
  columns: {
    figure: { zh: '指标', en: 'Figure' },
    kind: { zh: '类型', en: 'Kind' },
    value: { zh: '数值', en: 'Value' },
    unit: { zh: '单位', en: 'Unit' },
    reported: { zh: '原文写法', en: 'As printed' },
    period: { zh: '时间', en: 'Period' },
    note: { zh: '说明', en: 'Note' },
  },
  tableCaption: {
    zh: '湖州基层治理成效(文章报告的数字)',
    en: 'Huzhou grassroots governance results (figures the article reports)',
  },
  summaryRates: { zh: '比率:{items}。', en: 'Rates: {items}.' },
  summaryChanges: { zh: '同比变化:{items}。', en: 'Change on the year before: {items}.' },
  summaryCounts: { zh: '计数:{items}。', en: 'Counts: {items}.' },
  summaryFindings: { zh: '结论:{items}。', en: 'Findings: {items}.' },
} as const;
