import type { Figure, Period, Qualifier, Unit } from '../data/common';
import type { Lang } from './lang';

const LOCALES: Record<Lang, string> = { zh: 'zh-CN', en: 'en-GB' };

const numberFormats = new Map<string, Intl.NumberFormat>();
function numberFormat(lang: Lang, compact: boolean): Intl.NumberFormat {
  const key = `${lang}:${compact}`;
  let f = numberFormats.get(key);
  if (!f) {
    f = new Intl.NumberFormat(
      LOCALES[lang],
      compact
        ? { notation: 'compact', maximumFractionDigits: 1 }
        : // Chinese prints counts below 万 without separators, as the article does (1171名).
          { maximumFractionDigits: 1, useGrouping: lang === 'en' },
    );
    numberFormats.set(key, f);
  }
  return f;
}

/**
 * A number in the locale's own form: 43000 → "4.3万" (zh) / "43,000" (en).
 * Chinese uses 万 from 10,000 up, as the article does; below that, plain digits (1171).
 */
export function formatNumber(value: number, lang: Lang): string {
  if (lang === 'zh' && Math.abs(value) >= 10_000) return numberFormat(lang, true).format(value);
  return numberFormat(lang, false).format(value);
}

const percentFormats = new Map<Lang, Intl.NumberFormat>();

/** A percentage with one decimal, as the article prints them (96.1 → "96.1%", 87 → "87.0%"); a change keeps its sign ("−70.6%"). */
export function formatPercent(value: number, lang: Lang, signed = false): string {
  let f = percentFormats.get(lang);
  if (!f) {
    f = new Intl.NumberFormat(LOCALES[lang], {
      minimumFractionDigits: 1,
      maximumFractionDigits: 1,
    });
    percentFormats.set(lang, f);
  }
  const text = `${f.format(Math.abs(value))}%`;
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
