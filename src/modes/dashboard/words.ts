/** The dashboard shell's own words on a phone: the header's menu, the filter sheet and its chips. */
export const SHELL_WORDS = {
  menu: { zh: '菜单', en: 'Menu' },
  menuLabel: {
    zh: '菜单:语言、深色、图案填充、演示',
    en: 'Menu: language, theme, patterns, present',
  },
  filters: { zh: '筛选', en: 'Filters' },
  /** The filter button's name with the count: "筛选 · 2". */
  filtersOn: { zh: '筛选 · {n}', en: 'Filters · {n}' },
  done: { zh: '完成', en: 'Done' },
  inEffect: { zh: '生效的筛选', en: 'Filters in effect' },
  removeFilter: { zh: '清除筛选:{label}', en: 'Remove filter: {label}' },
  yearsBoth: { zh: '{from}–{to}年', en: '{from}–{to}' },
  yearsFrom: { zh: '{from}年起', en: 'From {from}' },
  yearsTo: { zh: '至{to}年', en: 'To {to}' },
} as const;
