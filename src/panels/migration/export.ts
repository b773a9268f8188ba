import { titlesOf, UNDER_LINE, withLinesUnder } from '../../charts/band-layout';
import type { ChartOption } from '../../charts/option';
import type { Lang } from '../../i18n/lang';
import type { MigrationView } from './model';
import { MIGRATION_LEFT, migrationHeight, migrationOption } from './option';
import { durationLines, hedgeNotes } from './text';
import { MIGRATION_WORDS as W } from './words';

/** The text under the chart, in px: its line (withLinesUnder's), the space between its blocks, and
 *  its inset (at the chart's own headings: its left plus ECharts' 5 px title padding). */
const LINE = UNDER_LINE;
const GAP = 12;
const INSET = MIGRATION_LEFT + 5;

/**
 * What the PNG/SVG export draws: the chart and, under it, what the panel shows beside it and the
 * title relies on: the key of the dashed arrows ("over", "nearly") and the stated durations before
 * and after (over a month, under a week: the article's words, never days), so the image says it all.
 */
export function migrationExportOption(view: MigrationView, lang: Lang): ChartOption {
  const base = migrationOption(view, lang);
  const hedges = hedgeNotes(view, lang);
  const durations = durationLines(view, lang);
  // The chart's own height ends a little below its last axis labels: room enough before the key.
  let top = migrationHeight(view, lang);
  const key = hedges.length
    ? [
        {
          text: hedges.join('\n'),
          left: INSET,
          top,
          padding: 0,
          textStyle: { fontSize: 13, fontWeight: 'normal' as const, lineHeight: LINE },
        },
      ]
    : [];
  top += hedges.length ? hedges.length * LINE + GAP : 0;
  const option = { ...base, title: [...titlesOf(base), ...key] };
  if (durations.length === 0) return option;
  return withLinesUnder(option, {
    heading: W.durationHeading[lang],
    lines: durations,
    top,
    inset: INSET,
    gap: 6,
  });
}
