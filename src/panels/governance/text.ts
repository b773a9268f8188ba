import { changeText, governanceOption, hasGovernanceChart, shareLine } from './option';

export { shareLine };

import { SLIDE_BESIDE_CARDS_WIDTH } from '../../charts/band-layout';
import type { Figure, Source } from '../../data/common';
import { FIGURE_FILTERS, FIGURE_NOUN, noneTogether } from '../../i18n/empty-together';
import { quotedCategories } from '../../i18n/filter-labels';
import {
  fill,
  formatFigure,
  formatNumber,
  formatPercent,
  formatPeriod,
  listOf,
  qualifierMark,
  unitWord,
} from '../../i18n/format';
import type { Lang } from '../../i18n/lang';
import { sourceCell, sourceEntries } from '../../model/sources';
import { ROW_SOURCE, type TableData } from '../../model/table';
import { periodYears } from '../../model/years';
import type { SlideCards } from '../contract';
import { type GovernanceView, governanceCategory } from './model';
import type { GovernanceData } from './schema';
import { GOVERNANCE_WORDS } from './words';

const w = GOVERNANCE_WORDS;

/** A count split for a card: the number large, the unit small ("1,171" + "people"). */
export function countParts(f: Figure, lang: Lang): { number: string; unit: string } {
  const { before, after } = qualifierMark(f.qualifier, lang);
  return {
    number: `${before}${formatNumber(f.value, lang)}${after}`,
    unit: unitWord(f.unit, f.value, lang),
  };
}

/** The number (1-based) of a source in the frame's "show the sentences" list. */
export function sourceNumber(source: Source, all: readonly Source[], lang: Lang): number {
  const entries = sourceEntries(all, lang);
  const [one] = sourceEntries([source], lang);
  return entries.findIndex((e) => e.origin === one?.origin && e.sentence === one?.sentence) + 1;
}

const byId = (view: GovernanceView, id: string): Figure | undefined =>
  [...view.rates, ...view.changes, ...view.counts.map((c) => c.figure)].find((f) => f.id === id);

const yearOf = (f: Figure) => periodYears(f.period)[0] ?? '';

/** The finding, stated as the panel's title, filled from the figures on show. */
export function governanceTitle(view: GovernanceView, lang: Lang): string | undefined {
  if (view.empty) return undefined;
  const rate = byId(view, 'dispute-resolution-rate');
  const change = byId(view, 'work-safety-accidents-change');
  if (rate && change)
    return fill(w.titleRateChange[lang], {
      year: yearOf(rate),
      rate: formatPercent(rate.value, lang),
      dir: (change.value < 0 ? w.down : w.up)[lang],
      pct: formatPercent(Math.abs(change.value), lang),
    });
  const cold = byId(view, 'cold-homicides-solved-2020');
  if (cold && view.rates.length === 0)
    return fill(w.titleColdCases[lang], {
      year: yearOf(cold),
      n: formatNumber(cold.value, lang),
    });
  const first = view.rates[0] ?? view.changes[0] ?? view.counts[0]?.figure;
  if (!first) return undefined;
  return fill(w.titleGeneric[lang], {
    label: first.label[lang],
    value: figureValue(first, lang),
  });
}

/** A figure's value as the reader should say it: "96.1%", "▼ −70.6%", "1171人" / "1,171 people". */
export function figureValue(f: Figure, lang: Lang): string {
  if (f.kind === 'change') return changeText(f.value, lang);
  return formatFigure(f, lang);
}

/** The chart's (and the panel's) text summary: every figure shown, said in words. */
export function governanceSummary(view: GovernanceView, lang: Lang): string {
  const sep = lang === 'zh' ? ';' : '; ';
  const say = (f: Figure) =>
    lang === 'zh'
      ? `${f.label.zh} ${figureValue(f, lang)}(${formatPeriod(f.period, lang)})`
      : `${f.label.en} ${figureValue(f, lang)} (${formatPeriod(f.period, lang)})`;
  const parts: string[] = [];
  if (view.rates.length)
    parts.push(fill(w.summaryRates[lang], { items: view.rates.map(say).join(sep) }));
  if (view.changes.length)
    parts.push(fill(w.summaryChanges[lang], { items: view.changes.map(say).join(sep) }));
  if (view.counts.length)
    parts.push(
      fill(w.summaryCounts[lang], {
        items: view.counts
          .map((c) => {
            const share = shareLine(c, lang);
            return share ? `${say(c.figure)}${lang === 'zh' ? ',' : ', '}${share}` : say(c.figure);
          })
          .join(sep),
      }),
    );
  if (view.findings.length)
    parts.push(
      fill(w.summaryFindings[lang], { items: view.findings.map((f) => f.label[lang]).join(sep) }),
    );
  return parts.join(' ');
}

/** Exactly what the panel shows: the charted rates and change, every card, the derived share, the findings. */
export function governanceTable(view: GovernanceView, lang: Lang): TableData {
  const c = w.columns;
  const rows: TableData['rows'] = [];
  const row = (f: Figure, kind: keyof typeof w.kinds) => ({
    figure: f.label[lang],
    kind: w.kinds[kind][lang],
    value: f.value,
    unit:
      f.unit === 'percent' || f.unit === 'percent-change' ? '%' : unitWord(f.unit, f.value, lang),
    reported: f.reported ?? '',
    period: formatPeriod(f.period, lang),
    note: f.qualifier ? formatFigure(f, lang) : '',
    [ROW_SOURCE]: sourceCell([f.source], lang),
  });
  for (const f of view.rates) rows.push(row(f, 'rate'));
  for (const f of view.changes) rows.push(row(f, 'change'));
  for (const card of view.counts) {
    rows.push(row(card.figure, 'count'));
    if (card.of && card.sharePercent !== undefined) {
      rows.push(row(card.of, 'count'));
      rows.push({
        figure: `${card.figure.label[lang]} / ${card.of.label[lang]}`,
        kind: w.kinds.derived[lang],
        value: card.sharePercent,
        unit: '%',
        reported: '',
        period: formatPeriod(card.figure.period, lang),
        note: shareLine(card, lang) ?? '',
        [ROW_SOURCE]: sourceCell([card.figure.source, card.of.source], lang),
      });
    }
  }
  for (const f of view.findings)
    rows.push({
      figure: f.label[lang],
      kind: w.kinds.finding[lang],
      value: '',
      unit: '',
      reported: '',
      period: formatPeriod(f.period, lang),
      note: '',
      [ROW_SOURCE]: sourceCell([f.source], lang),
    });
  return {
    caption: w.tableCaption[lang],
    columns: [
      { key: 'figure', label: c.figure[lang] },
      { key: 'kind', label: c.kind[lang] },
      { key: 'value', label: c.value[lang], numeric: true },
      { key: 'unit', label: c.unit[lang] },
      { key: 'reported', label: c.reported[lang] },
      { key: 'period', label: c.period[lang] },
      { key: 'note', label: c.note[lang] },
    ],
    rows,
  };
}

/** Why the panel is empty, in words, with the years and categories taken from the data. */
export function governanceEmptyText(
  view: GovernanceView,
  data: GovernanceData,
  lang: Lang,
): string | undefined {
  if (view.empty && view.emptyWith)
    return noneTogether(
      [...view.emptyWith, view.empty].map((f) => FIGURE_FILTERS[f]),
      FIGURE_NOUN,
      lang,
    );
  switch (view.empty) {
    case 'scope':
      return w.noScope[lang];
    case 'years': {
      const years = [
        ...new Set([...data.figures, ...data.findings].flatMap((f) => periodYears(f.period))),
      ].sort();
      return fill(w.noYears[lang], { years: listOf(years, lang) });
    }
    case 'category': {
      const used = new Set(
        [...data.figures, ...data.findings].map((f) => governanceCategory(f.id)),
      );
      return fill(w.noCategory[lang], { cats: quotedCategories(used, lang) });
    }
    default:
      return undefined;
  }
}

/**
 * The slide's figure cards, as the panel shows them beside its chart: each count with its unit,
 * label, period and derived share, and the findings without a figure said under them; the chart
 * laid out for its width beside the cards, without the cards' lines (the deck sets them as text).
 */
export function governanceSlideCards(view: GovernanceView, lang: Lang): SlideCards | undefined {
  if (view.empty || (view.counts.length === 0 && view.findings.length === 0)) return undefined;
  const sep = lang === 'zh' ? ';' : '; ';
  return {
    chart: hasGovernanceChart(view)
      ? governanceOption(view, lang, { width: SLIDE_BESIDE_CARDS_WIDTH })
      : undefined,
    cards: view.counts.map((c) => ({
      ...countParts(c.figure, lang),
      label: c.figure.label[lang],
      note: [formatPeriod(c.figure.period, lang), shareLine(c, lang)].filter(Boolean).join(' · '),
    })),
    more: view.findings.length
      ? `${w.findingsHeading[lang]}${lang === 'zh' ? ':' : ': '}${view.findings.map((f) => f.label[lang]).join(sep)}`
      : undefined,
  };
}
