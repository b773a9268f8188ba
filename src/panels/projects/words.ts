/** The projects panel's own words. Numbers are never written here: they are filled in from the data. */
export const PROJECTS_WORDS = {
  kicker: { zh: '合作项目与机制', en: 'Projects and mechanism' },
  /** Titles that state the finding; each names the figures it is filled from. */
  titleWork: {
    zh: '{period}行动计划推进{tasks}重点任务,累计签订{agreements}合作协议',
    en: 'The {period} plan: {tasks} key tasks under way, {agreements} agreements signed so far',
  },
  titleMechanism: {
    zh: '协作机制涵盖{disciplines}、{departments}、{officers}联络员',
    en: 'A standing mechanism of {disciplines} police disciplines, {departments} departments and {officers} liaison officers',
  },
  titleNamed: {
    zh: '{date}签署{total}合作项目,文章点名其中{named}个',
    en: '{total} projects signed on {date}; the article names {named} of them',
  },
  titleGeneric: {
    zh: '长三角警务一体化:{label}{value}',
    en: 'YRD police integration: {label}, {value}',
  },
  workTitle: { zh: '计划的工作量', en: 'The plan’s work' },
  mechanismTitle: { zh: '协作机制的规模', en: 'The mechanism’s size' },
  /** Said on the open end of a bar for a figure the article gives as "more than". */
  openEnd: {
    zh: '{value}(至少{n},原文“{reported}”)',
    en: '{value} (at least {n}; printed “{reported}”)',
  },
  namedOf: {
    zh: '“{label}”共{total},文章点名了其中{named}{unit}:',
    en: 'The article names {named} of the {total}:',
  },
  namedOfAreas: {
    zh: '“{label}”共{total},文章点名了其中{named}{unit}的领域:',
    en: 'The article names the areas of {named} of the {total}:',
  },
  namedRest: {
    zh: '其余的文章未点名,这里不列出。',
    en: 'The others are not named in the article and are not listed here.',
  },
  namedHidden: {
    zh: '当前筛选只显示其中{shown}{unit}。',
    en: 'The filters show {shown} of them.',
  },
  stripNamed: { zh: '已点名', en: 'named' },
  stripUnnamed: { zh: '未点名', en: 'not named' },
  noScope: {
    zh: '这些数字属于长三角四省市(上海、江苏、浙江、安徽)的合作;所选省份没有这些数字。',
    en: 'These figures are for the cooperation of the four YRD provinces (Shanghai, Jiangsu, Zhejiang, Anhui); the selected provinces have none.',
  },
  noYears: {
    zh: '这些数字属于{years}年;所选年份范围不包含。',
    en: 'These figures are for {years}; the selected years leave them out.',
  },
  noCategory: {
    zh: '此面板的内容属于“{cats}”;所选类别没有。',
    en: 'This panel’s figures belong to “{cats}”; the selected categories have none.',
  },
  scopeNote: {
    zh: '这些数字是四省市合作的总数,文章没有按省份拆分。',
    en: 'These are totals for the four provinces together; the article does not split them by province.',
  },
  scalesNote: {
    zh: '两组数字计的是不同的东西,各用各的刻度,组与组之间的长短不可比较。',
    en: 'The two groups count different things, each on its own scale: bar lengths compare only within a group.',
  },
  openNote: {
    zh: '虚线箭头表示“{value}”只是下限(原文“{reported}”),实际数目至少为此。',
    en: 'A dashed arrow marks “{value}” as a lower bound (printed “{reported}”): at least that many.',
  },
  /** The same, when the label is already the printed form (130余名). */
  openNoteShort: {
    zh: '虚线箭头表示“{value}”只是下限,实际数目至少为此。',
    en: 'A dashed arrow marks “{value}” as a lower bound: at least that many.',
  },
  kinds: {
    work: { zh: '计划工作量', en: 'Plan’s work' },
    mechanism: { zh: '机制规模', en: 'Mechanism' },
    named: { zh: '文章点名的项目', en: 'Named in the article' },
  },
  columns: {
    group: { zh: '分组', en: 'Group' },
    item: { zh: '项目', en: 'Item' },
    value: { zh: '数值', en: 'Value' },
    unit: { zh: '单位', en: 'Unit' },
    qualifier: { zh: '限定', en: 'Qualifier' },
    reported: { zh: '原文写法', en: 'As printed' },
    period: { zh: '时间', en: 'Period' },
    note: { zh: '说明', en: 'Note' },
  },
  moreThan: { zh: '以上(至少)', en: 'more than (at least)' },
  partOf: { zh: '属于“{of}”', en: 'one of “{of}”' },
  tableCaption: {
    zh: '长三角警务一体化:合作项目与机制规模(文章报告的数字)',
    en: 'YRD police integration: projects and the mechanism’s size (figures the article reports)',
  },
  summaryGroup: { zh: '{group}:{items}。', en: '{group}: {items}.' },
  summaryNamed: { zh: '{statement}{items}。', en: '{statement} {items}.' },
} as const;
