import type { Figure } from '../../data/common';
import { REGION_LABELS } from '../../i18n/filter-labels';
import { fill, formatPeriod, listOf } from '../../i18n/format';
import type { Lang } from '../../i18n/lang';
import { sourceCell } from '../../model/sources';
import { ROW_SOURCE, type TableData } from '../../model/table';
import {
  CITIES_PERIOD,
  type JourneyStage,
  type MigrationView,
  placeName,
  REPORTED_MONTH,
} from './model';
import { figureText } from './option';
import { MIGRATION_WORDS as W } from './words';

/** A journey figure as the reader should read it: the article's own words in Chinese, the hedged figure in English. */
export function journeyWords(f: Figure, lang: Lang): string {
  return lang === 'zh' && f.reported ? f.reported : figureText(f, lang);
}

export function stageLabel(st: JourneyStage, lang: Lang): string {
  return (st.stage === 'before' ? W.stageBefore : W.stageAfter)[lang];
}

/** The key of the dashed arrows on the bars: one line for each hedge the volumes carry. */
export function hedgeNotes(view: MigrationView, lang: Lang): string[] {
  const hedges = new Set(view.volumes.map((f) => f.qualifier));
  return [
    ...(hedges.has('over') ? [W.hedgeOver[lang]] : []),
    ...(hedges.has('nearly') ? [W.hedgeNearly[lang]] : []),
  ];
}

/** Each stated duration on one line, as its card says it: the stage, then the article's words. */
export function durationLines(view: MigrationView, lang: Lang): string[] {
  return view.journey.flatMap((st) =>
    st.durations.map((f) => {
      const [open, close] = lang === 'zh' ? ['(', ')'] : [' (', ')'];
      const said = st.period.said
        ? `${open}${fill(W.stageSaid[lang], { said: st.period.said })}${close}`
        : '';
      const printed =
        lang === 'en' && f.reported ? ` (${fill(W.asPrinted.en, { reported: f.reported })})` : '';
      return `${stageLabel(st, lang)}${said}${lang === 'zh' ? ':' : ': '}${journeyWords(f, lang)}${printed}`;
    }),
  );
}

function citiesText(view: MigrationView, lang: Lang): string {
  return listOf(
    view.cityGroups.map(
      (g) =>
        `${REGION_LABELS[g.province][lang]}${lang === 'zh' ? '' : ' ('}${listOf(
          g.cities.map((c) => placeName(c.place, lang)),
          lang,
        )}${lang === 'zh' ? '' : ')'}`,
    ),
    lang,
  );
}

/** The finding as the title: the citizen's before/after when shown, else the largest volume, else the cities. */
export function migrationTitle(view: MigrationView, lang: Lang): string | undefined {
  const before = view.journey.find((s) => s.stage === 'before');
  const after = view.journey.find((s) => s.stage === 'after');
  if (before?.trips[0] && before.durations[0] && after?.trips[0] && after.durations[0]) {
    return fill(W.titleJourney[lang], {
      tripsBefore: journeyWords(before.trips[0], lang),
      timeBefore: journeyWords(before.durations[0], lang),
      tripsAfter: journeyWords(after.trips[0], lang),
      timeAfter: journeyWords(after.durations[0], lang),
    });
  }
  const biggest = [...view.volumes].sort((a, b) => b.value - a.value)[0];
  if (biggest)
    return fill(W.titleVolume[lang], {
      label: biggest.label[lang],
      figure: figureText(biggest, lang),
    });
  if (view.cityGroups.length > 0)
    return fill(W.titleCities[lang], { cities: citiesText(view, lang) });
  return undefined;
}

/** The chart's text summary: every figure shown, in words, hedges kept. */
export function migrationSummary(view: MigrationView, lang: Lang): string {
  const parts: string[] = [];
  if (view.cityGroups.length > 0)
    parts.push(fill(W.summaryCities[lang], { groups: citiesText(view, lang) }));
  if (view.volumes.length > 0)
    parts.push(
      fill(W.summaryVolumes[lang], {
        items: view.volumes
          .map((f) => `${f.label[lang]} ${figureText(f, lang)}`)
          .join(lang === 'zh' ? ';' : '; '),
      }),
    );
  const stage = (st: JourneyStage | undefined) =>
    st
      ? `${stageLabel(st, lang)} ${listOf(
          [...st.trips, ...st.durations].map((f) => journeyWords(f, lang)),
          lang,
        )}`
      : '';
  const before = view.journey.find((s) => s.stage === 'before');
  const after = view.journey.find((s) => s.stage === 'after');
  if (before || after)
    parts.push(fill(W.summaryJourney[lang], { before: stage(before), after: stage(after) }));
  return parts.join(' ');
}

/** Why the panel is empty, with what the data does hold. */
export function migrationEmptyReason(view: MigrationView, lang: Lang): string {
  switch (view.empty) {
    case 'categories':
      return W.noCategories[lang];
    case 'years':
      return fill(W.noYears[lang], {
        asOf: formatPeriod({ precision: 'month', month: REPORTED_MONTH }, lang),
        year: REPORTED_MONTH.slice(0, 4),
      });
    default:
      return fill(W.noRegions[lang], {
        cityProvinces: listOf(
          view.cityProvinces.map((p) => REGION_LABELS[p][lang]),
          lang,
        ),
      });
  }
}

/** Exactly what the panel shows: the cities, the volumes, the trips and the stated durations. */
export function migrationTable(view: MigrationView, lang: Lang): TableData {
  const c = W.columns;
  const sec = W.sections;
  const rows: TableData['rows'] = [];
  for (const g of view.cityGroups)
    for (const city of g.cities)
      rows.push({
        section: sec.city[lang],
        item: `${REGION_LABELS[g.province][lang]} · ${placeName(city.place, lang)}`,
        value: '',
        valueHigh: '',
        shown: '',
        reported: '',
        period: formatPeriod(CITIES_PERIOD, lang),
        [ROW_SOURCE]: sourceCell([city.source], lang),
      });
  const figureRow = (section: string, item: string, f: Figure) => ({
    section,
    item,
    value: f.value,
    valueHigh: f.valueHigh ?? '',
    shown: figureText(f, lang),
    reported: f.reported ?? '',
    period: formatPeriod(f.period, lang),
    [ROW_SOURCE]: sourceCell([f.source], lang),
  });
  for (const f of view.volumes) rows.push(figureRow(sec.volume[lang], f.label[lang], f));
  for (const st of view.journey) {
    for (const f of st.trips) rows.push(figureRow(sec.trips[lang], stageLabel(st, lang), f));
    for (const f of st.durations) rows.push(figureRow(sec.duration[lang], stageLabel(st, lang), f));
  }
  return {
    caption: W.tableCaption[lang],
    columns: [
      { key: 'section', label: c.section[lang] },
      { key: 'item', label: c.item[lang] },
      { key: 'value', label: c.value[lang], numeric: true },
      { key: 'valueHigh', label: c.valueHigh[lang], numeric: true },
      { key: 'shown', label: c.shown[lang] },
      { key: 'reported', label: c.reported[lang] },
      { key: 'period', label: c.period[lang] },
    ],
    rows,
  };
}
