import type { Figure, Period, Qualifier, Unit } from '../data/common';
import type { Lang } from './lang';

/** At most one decimal, trailing zero dropped: 4.25 → "4.3", 43000 → "43000". */
function oneDecimal(value: number): string {
  return String(Math.round(value * 10) / 10);
}

/**
 * A number in the locale's own form: 43000 → "4.3万" (zh) / "43,000" (en).
 * Chinese uses 万 from 10,000 up (亿 from 10^8), as the article does; below that, plain digits
 * (1171). Written out rather than through Intl.NumberFormat, whose first use costs a long task on a
 * slow phone; src/i18n/format.test.ts holds it to Intl's output.
 */
export function formatNumber(value: number, lang: Lang): string {
  const abs = Math.abs(Math.round(value * 10) / 10);
  if (lang === 'zh') {
    // 99,999,999 rounds to 10000万: that is 1亿.
    if (Math.round(abs / 1e3) >= 1e5) return `${oneDecimal(value / 1e8)}亿`;
    if (abs >= 1e4) return `${oneDecimal(value / 1e4)}万`;
    return oneDecimal(value);
  }
  const [int = '', frac] = oneDecimal(value).split('.');
  const grouped = int.replace(/\B(?=(\d{3})+$)/g, ',');
  return frac ? `${grouped}.${frac}` : grouped;
}

/**
 * A percentage with one decimal, as the article prints them (96.1 → "96.1%", 87 → "87.0%"); a change
 * keeps its sign ("−70.6%"). Both locales print a share this way (a point, no grouping below 1000),
 * so no Intl formatter is built for it: the first one costs a long task on a slow phone.
 */
export function formatPercent(value: number, _lang: Lang, signed = false): string {
  const text = `${Math.abs(value).toFixed(1)}%`;
  if (!signed || value === 0) return text;
  return `${value < 0 ? '−' : '+'}${text}`;
}

const UNIT_WORDS: Record<Unit, { zh: string; en: [string, string] }> = {
  cases: { zh: '起', en: ['case', 'cases'] },
  people: { zh: '人', en: ['person', 'people'] },
  'people-per-year': { zh: '人/年', en: ['person a year', 'people a year'] },
  percent: { zh: '', en: ['', ''] },
  'percent-change': { zh: '', en: ['', ''] },
  yuan: { zh: '元', en: ['yuan', 'yuan'] },
  tasks: { zh: '项', en: ['task', 'tasks'] },
  agreements: { zh: '项', en: ['agreement', 'agreements'] },
  projects: { zh: '个', en: ['project', 'projects'] },
  disciplines: { zh: '个警种', en: ['police discipline', 'police disciplines'] },
  departments: { zh: '个部门', en: ['department', 'departments'] },
  officers: { zh: '名', en: ['officer', 'officers'] },
  titles: { zh: '连冠', en: ['consecutive title', 'consecutive titles'] },
  times: { zh: '次', en: ['time', 'times'] },
  months: { zh: '个月', en: ['month', 'months'] },
  weeks: { zh: '周', en: ['week', 'weeks'] },
  trips: { zh: '趟', en: ['trip', 'trips'] },
};

export function unitWord(unit: Unit, value: number, lang: Lang): string {
  const w = UNIT_WORDS[unit];
  return lang === 'zh' ? w.zh : w.en[value === 1 ? 0 : 1];
}

const QUALIFIER_WORDS: Record<Qualifier, { zh: [string, string]; en: string }> = {
  nearly: { zh: ['近', ''], en: 'nearly' },
  over: { zh: ['超过', ''], en: 'over' },
  'more-than': { zh: ['', '余'], en: 'more than' },
  under: { zh: ['不到', ''], en: 'under' },
};

/** The short form used on charts: "130+" for 130余, "~100,000" is never written; hedges stay words. */
export function qualifierMark(
  q: Qualifier | undefined,
  lang: Lang,
): { before: string; after: string } {
  if (!q) return { before: '', after: '' };
  if (lang === 'en')
    return q === 'more-than'
      ? { before: '', after: '+' }
      : { before: `${QUALIFIER_WORDS[q].en} `, after: '' };
  const [before, after] = QUALIFIER_WORDS[q].zh;
  return { before, after };
}

/**
 * A figure as a reader should say it, hedge and unit included:
 * "近10万人/年" / "nearly 100,000 people a year", "130余名" / "130+ officers", "3–4趟" / "3–4 trips".
 */
export function formatFigure(
  f: Pick<Figure, 'value' | 'valueHigh' | 'unit' | 'qualifier'>,
  lang: Lang,
): string {
  const { before, after } = qualifierMark(f.qualifier, lang);
  if (f.unit === 'percent') return `${before}${formatPercent(f.value, lang)}${after}`;
  if (f.unit === 'percent-change') return `${before}${formatPercent(f.value, lang, true)}${after}`;
  const number =
    f.valueHigh === undefined
      ? formatNumber(f.value, lang)
      : `${formatNumber(f.value, lang)}–${formatNumber(f.valueHigh, lang)}`;
  const unit = unitWord(f.unit, f.valueHigh ?? f.value, lang);
  if (lang === 'zh') return `${before}${number}${after}${unit}`;
  return `${before}${number}${after}${unit ? ` ${unit}` : ''}`;
}

const MONTHS_EN = [
  'Jan',
  'Feb',
  'Mar',
  'Apr',
  'May',
  'Jun',
  'Jul',
  'Aug',
  'Sep',
  'Oct',
  'Nov',
  'Dec',
];

function yearMonth(text: string, lang: Lang): string {
  const [y, m] = text.split('-');
  if (!m) return lang === 'zh' ? `${y}年` : `${y}`;
  return lang === 'zh' ? `${y}年${Number(m)}月` : `${MONTHS_EN[Number(m) - 1]} ${y}`;
}

/** A date or period at the precision the article gives: "2018年8月" / "Aug 2018", never a made-up day. */
export function formatPeriod(p: Period, lang: Lang): string {
  switch (p.precision) {
    case 'day': {
      const [y, m, d] = p.date.split('-').map(Number) as [number, number, number];
      return lang === 'zh' ? `${y}年${m}月${d}日` : `${d} ${MONTHS_EN[m - 1]} ${y}`;
    }
    case 'month':
      return yearMonth(p.month, lang);
    case 'year':
      return lang === 'zh'
        ? `${p.year}年${p.said ? `(${p.said})` : ''}`
        : `${p.year}${p.said === '今年' ? ' (“this year”)' : ''}`;
    case 'range':
      return lang === 'zh'
        ? `${yearMonth(p.from, lang)}—${yearMonth(p.to, lang)}`
        : `${yearMonth(p.from, lang)}–${yearMonth(p.to, lang)}`;
    case 'asOf':
      return lang === 'zh' ? `截至${yearMonth(p.date, lang)}` : `as of ${yearMonth(p.date, lang)}`;
    case 'recent':
      return lang === 'zh'
        ? `近日(${yearMonth(p.asOf, lang)}报道)`
        : `recently (reported ${yearMonth(p.asOf, lang)})`;
    case 'perYear':
      return lang === 'zh'
        ? `每年(${yearMonth(p.asOf, lang)}报道)`
        : `a year (reported ${yearMonth(p.asOf, lang)})`;
    case 'approx':
      return lang === 'zh'
        ? `${p.said}(${yearMonth(p.asOf, lang)}报道)`
        : `“${p.said}” (reported ${yearMonth(p.asOf, lang)})`;
  }
}

/** Items in a run: "A、B、C" / "A, B, C". */
export function listOf(items: readonly (string | number)[], lang: Lang): string {
  return items.join(lang === 'zh' ? '、' : ', ');
}

/** Fills {name} slots in a message. */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (_, k: string) => String(values[k] ?? `{${k}}`));
}

const CIRCLED = '①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳';

/** A numbered mark as drawn beside a chart's mark (1-based): ① … ⑳, then plain digits. */
export function markNumber(n: number): string {
  return CIRCLED[n - 1] ?? String(n);
}
