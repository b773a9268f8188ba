/** The timeline panel's own words. Slots in braces are filled with `fill` from ./crime. */
export const TIMELINE_WORDS = {
  kicker: { zh: '长三角警务一体化大事记', en: 'YRD police-integration timeline' },
  titleSameDay: {
    zh: '{n}件大事中有{k}件发生在{day}',
    en: '{k} of {n} events took place on {day}',
  },
  titleSpan: { zh: '{n}件大事,{first}—{last}年', en: '{n} events, {first}–{last}' },
  titleYear: { zh: '{n}件大事,{year}年', en: '{n} events, {year}' },
  titleOne: { zh: '1件大事:{label}', en: 'One event: {label}' },
  summaryIntro: {
    zh: '长三角警务一体化大事记,{n}件事,按类别排列。',
    en: 'YRD police-integration timeline: {n} events in category lanes.',
  },
  summaryLane: { zh: '{lane}:{events}。', en: '{lane}: {events}.' },
  lanes: { zh: '类别(点击筛选)', en: 'Lanes (click to filter)' },
  marks: { zh: '图例', en: 'Marks' },
  markDay: { zh: '实心点:具体日期', en: 'Dot: a reported day' },
  markSpan: {
    zh: '横条:只报道到月、年或时段,画满整个时段',
    en: 'Bar: reported only to the month, year or span — drawn across all of it',
  },
  markRecent: {
    zh: '空心圈:报道称“近日”,画在报道月份',
    en: 'Hollow ring: reported as “recently”, drawn at the report month',
  },
  markToDate: {
    zh: '末端竖线:原文说“今年”,只画到报道的{month}',
    en: 'Bar with a tick: “this year”, drawn up to the report ({month})',
  },
  reportedRecently: { zh: '近日报道', en: 'reported recently' },
  markKind: {
    day: { zh: '日期点', en: 'day (dot)' },
    span: { zh: '时段条', en: 'period (bar)' },
    recent: { zh: '空心圈(近日报道)', en: 'hollow ring (reported recently)' },
    toDate: { zh: '时段条(截至报道月份)', en: 'period (bar) up to the report month' },
  },
  sharedRange: {
    zh: '{marks}:文章只说“{said}”侦破,具体日期未报道,因此同画为{period}的横条,上下并列。',
    en: '{marks}: the article says only “{said}”; the dates are not reported, so each is drawn as the same bar, {period}, stacked.',
  },
  caseDates: {
    zh: '这些案件的案发日期({from}—{to}年)是案件本身的日期,不是侦破日期,只在详情中列出,不画在时间轴上。',
    en: 'The crimes themselves date from {from} to {to}; those are not the dates they were solved, so they are listed in the details and not drawn on the axis.',
  },
  keyHeading: { zh: '图中编号', en: 'The numbered events' },
  listHeading: { zh: '事件列表', en: 'Events' },
  /** Said after the heading on screen only (print has no clicks). */
  listHint: { zh: '(点击查看详情与原文)', en: ' (open for details and sources)' },
  detailHeading: { zh: '事件详情', en: 'Event detail' },
  close: { zh: '关闭详情', en: 'Close detail' },
  period: { zh: '时间', en: 'When' },
  places: { zh: '地点', en: 'Places' },
  category: { zh: '类别', en: 'Category' },
  figures: { zh: '数字', en: 'Figures' },
  asPrinted: { zh: '原文', en: 'as printed' },
  sources: { zh: '原文句子', en: 'Source sentences' },
  caseDateTerm: { zh: '案发日期', en: 'Crime date' },
  caseDate: {
    zh: '{date}(案件本身的日期,不是侦破日期,不画在时间轴上)',
    en: '{date} (the crime itself, not the date it was solved; not drawn on the axis)',
  },
  said: { zh: '原文说法:“{said}”', en: 'The article says: “{said}”' },
  hiddenByFilters: {
    zh: '此事件不在当前筛选范围内,图中未显示。',
    en: 'This event is outside the current filters and is not drawn.',
  },
  noCategories: {
    zh: '所选类别没有大事记事件。',
    en: 'No timeline events in the selected categories.',
  },
  noRegions: {
    zh: '所选省份没有大事记事件;事件涉及{places}。',
    en: 'No timeline events involve the selected provinces; the events involve {places}.',
  },
  /** What the panel lists, for the reason its filters empty it only together (i18n/empty-together.ts). */
  eventNoun: {
    one: { zh: '大事记事件', en: 'timeline event' },
    some: { zh: '事件', en: 'events' },
  },
  noYears: {
    zh: '所选年份没有大事记事件;事件在{first}—{last}年之间。',
    en: 'No timeline events in the selected years; the events fall between {first} and {last}.',
  },
  columns: {
    number: { zh: '编号', en: 'No.' },
    lane: { zh: '类别', en: 'Lane' },
    event: { zh: '事件', en: 'Event' },
    period: { zh: '时间(按原文精度)', en: 'When (as precise as reported)' },
    mark: { zh: '画法', en: 'Drawn as' },
    places: { zh: '地点', en: 'Places' },
    figures: { zh: '数字', en: 'Figures' },
  },
  tableCaption: {
    zh: '长三角警务一体化大事记(图中所画事件)',
    en: 'YRD police-integration timeline (the events drawn)',
  },
} as const;
