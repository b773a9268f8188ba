/** The migration panel's own words. Slots in braces are filled with `fill` from ./crime. */
export const MIGRATION_WORDS = {
  kicker: { zh: '跨省户口网上迁移', en: 'Online household-registration transfer' },
  titleJourney: {
    zh: '跨省迁户口:从跑{tripsBefore}、{timeBefore},到跑{tripsAfter}、{timeAfter}',
    en: 'Moving a registration across provinces: from {tripsBefore} and {timeBefore} to {tripsAfter} and {timeAfter}',
  },
  titleVolume: { zh: '{label}{figure}', en: '{label}: {figure}' },
  titleCities: {
    zh: '跨省户口网上迁移已在{cities}推开',
    en: 'Online registration transfer has started in {cities}',
  },
  citiesHeading: {
    zh: '率先推开网上迁移的城市',
    en: 'Cities where online transfer started first',
  },
  /** Said after the heading on a screen only (not on a slide, not in print). */
  citiesHint: { zh: '(点击省份筛选)', en: ' (click a province to filter)' },
  cityCount: { zh: '{n}市', en: '{n} cities' },
  volumesHeading: { zh: '每年户口迁移量', en: 'Registration transfers a year' },
  tripsHeading: {
    zh: '跑几趟(一位市民的亲身经历:安徽→湖州)',
    en: 'Trips needed (one citizen’s account: Anhui → Huzhou)',
  },
  durationHeading: {
    zh: '办完要多久(原文说法,未换算成天数)',
    en: 'How long it took (as stated, not converted to days)',
  },
  stageBefore: { zh: '以前', en: 'Before' },
  stageAfter: { zh: '网上迁移', en: 'Online transfer' },
  stageSaid: { zh: '原文:“{said}”', en: 'the article: “{said}”' },
  asPrinted: { zh: '原文“{reported}”', en: 'as printed “{reported}”' },
  hedgeOver: {
    zh: '→ 虚线箭头:原文为“超过”,实际数大于条长',
    en: '→ dashed arrow: the article says “over”; the true number is larger than the bar',
  },
  hedgeNearly: {
    zh: '← 虚线箭头:原文为“近”,实际数略小于条长',
    en: '← dashed arrow: the article says “nearly”; the true number is a little below the bar',
  },
  rangeNote: {
    zh: '“{reported}”画为从{low}到{high}的区间,不是平均数。',
    en: '“{reported}” is drawn as the range {low} to {high}, not as an average.',
  },
  partOf: {
    zh: '浙江与沪苏皖之间的迁移包含在长三角总量之内;两者为不同范围,不能相加。',
    en: 'Transfers between Zhejiang and the other three are part of the YRD total; the two are different scopes and do not add up.',
  },
  noCategories: {
    zh: '此面板属于“便民服务改革”类别;所选类别不包括它。',
    en: 'This panel belongs to the “Service reform” category, which the selected categories leave out.',
  },
  noYears: {
    zh: '这些数字均为{asOf}报道(每年的迁移量、现在与以前的对比);所选年份不包括{year}年。',
    en: 'These figures were all reported in {asOf} (yearly volumes, now against before); the selected years leave out {year}.',
  },
  noRegions: {
    zh: '所选省份没有相关数字:首批城市在{cityProvinces},迁移量涉及长三角四省市,市民经历为安徽→湖州。',
    en: 'No figures for the selected provinces: the first cities are in {cityProvinces}, the volumes cover the four YRD provinces, the citizen’s move was Anhui → Huzhou.',
  },
  noCitiesHere: {
    zh: '所选省份没有首批网上迁移城市(首批城市在{provinces})。',
    en: 'None of the first online-transfer cities is in the selected provinces (they are in {provinces}).',
  },
  noJourneyHere: {
    zh: '市民经历为安徽→湖州(浙江),不在所选省份。',
    en: 'The citizen’s move was Anhui → Huzhou (Zhejiang), outside the selected provinces.',
  },
  noVolumesHere: {
    zh: '所选省份没有迁移量数字。',
    en: 'No transfer volumes for the selected provinces.',
  },
  summaryCities: {
    zh: '首批推开网上迁移的城市:{groups}。',
    en: 'First cities with online transfer: {groups}.',
  },
  summaryVolumes: { zh: '每年户口迁移量:{items}。', en: 'Registration transfers a year: {items}.' },
  summaryJourney: {
    zh: '一位市民的经历:{before};{after}。',
    en: 'One citizen’s account: {before}; {after}.',
  },
  columns: {
    section: { zh: '部分', en: 'Section' },
    item: { zh: '项目', en: 'Item' },
    value: { zh: '数值', en: 'Value' },
    valueHigh: { zh: '上限', en: 'Upper end' },
    shown: { zh: '显示为', en: 'Shown as' },
    reported: { zh: '原文写法', en: 'As printed' },
    period: { zh: '时间', en: 'When' },
  },
  sections: {
    city: { zh: '首批城市', en: 'First cities' },
    volume: { zh: '每年迁移量', en: 'Yearly transfers' },
    trips: { zh: '跑的趟数', en: 'Trips' },
    duration: { zh: '耗时', en: 'Time taken' },
  },
  tableCaption: {
    zh: '跨省户口网上迁移(图中所示数字)',
    en: 'Online household-registration transfer (the figures shown)',
  },
} as const;
