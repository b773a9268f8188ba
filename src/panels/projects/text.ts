import { barLabel, isOpenEnded, namedStatement } from './option';

export { namedStatement };

import { FIGURE_FILTERS, FIGURE_NOUN, noneTogether } from '../../i18n/empty-together';
import { quotedCategories } from '../../i18n/filter-labels';
import {
  fill,
  formatFigure,
  formatNumber,
  formatPeriod,
  qualifierMark,
  unitWord,
} from '../../i18n/format';
import type { Lang } from '../../i18n/lang';
import { sourceCell } from '../../model/sources';
import { ROW_SOURCE, type TableData } from '../../model/table';
import { periodYears } from '../../model/years';
import {
  type CooperationFigure,
  type NamedGroup,
  type ProjectsView,
  projectsCategory,
} from './model';
import type { CooperationData } from './schema';
import { PROJECTS_WORDS } from './words';

const w = PROJECTS_WORDS;

/** A figure for a sentence: with its unit in Chinese ("130余名"), the bare hedged number in English ("130+"). */
function inSentence(f: CooperationFigure, lang: Lang): string {
  if (lang === 'zh') return formatFigure(f, lang);
  const { before, after } = qualifierMark(f.qualifier, lang);
  return `${before}${formatNumber(f.value, lang)}${after}`;
}

/** Said when the filters hide some of the named items of a group. */
export function namedHiddenNote(g: NamedGroup, lang: Lang): string | undefined {
  if (g.items.length === g.namedTotal) return undefined;
  return fill(w.namedHidden[lang], {
    shown: formatNumber(g.items.length, lang),
    unit: unitWord(g.of.unit, g.items.length, lang),
  });
}

const find = (list: readonly CooperationFigure[], id: string) => list.find((f) => f.id === id);

/** The finding, stated as the panel's title, filled from the figures on show. */
export function projectsTitle(view: ProjectsView, lang: Lang): string | undefined {
  if (view.empty) return undefined;
  const tasks = find(view.work, 'key-tasks');
  const agreements = find(view.work, 'agreements');
  if (tasks && agreements)
    return fill(w.titleWork[lang], {
      period: formatPeriod(tasks.period, lang),
      tasks: inSentence(tasks, lang),
      agreements: inSentence(agreements, lang),
    });
  const disciplines = find(view.mechanism, 'police-disciplines');
  const departments = find(view.mechanism, 'departments');
  const officers = find(view.mechanism, 'liaison-officers');
  if (disciplines && departments && officers)
    return fill(w.titleMechanism[lang], {
      disciplines: inSentence(disciplines, lang),
      departments: inSentence(departments, lang),
      officers: inSentence(officers, lang),
    });
  const projects = view.named.find((g) => g.of.id === 'projects-signed-2020');
  if (projects)
    return fill(w.titleNamed[lang], {
      date: formatPeriod(projects.of.period, lang),
      total: inSentence(projects.of, lang),
      named: formatNumber(projects.namedTotal, lang),
    });
  const first = view.work[0] ?? view.mechanism[0] ?? view.named[0]?.of;
  if (!first) return undefined;
  return fill(w.titleGeneric[lang], { label: first.label[lang], value: barLabel(first, lang) });
}

/** The chart's (and panel's) text summary: every bar and every named item, said in words. */
export function projectsSummary(view: ProjectsView, lang: Lang): string {
  const sep = lang === 'zh' ? ';' : '; ';
  const say = (f: CooperationFigure) =>
    lang === 'zh'
      ? `${f.label.zh} ${barLabel(f, lang)}(${formatPeriod(f.period, lang)})`
      : `${f.label.en} ${barLabel(f, lang)} (${formatPeriod(f.period, lang)})`;
  const parts: string[] = [];
  if (view.work.length)
    parts.push(
      fill(w.summaryGroup[lang], { group: w.workTitle[lang], items: view.work.map(say).join(sep) }),
    );
  if (view.mechanism.length)
    parts.push(
      fill(w.summaryGroup[lang], {
        group: w.mechanismTitle[lang],
        items: view.mechanism.map(say).join(sep),
      }),
    );
  for (const g of view.named)
    parts.push(
      fill(w.summaryNamed[lang], {
        statement: namedStatement(g, lang),
        items: g.items.map((i) => i.label[lang]).join(sep),
      }),
    );
  return parts.join(' ');
}

/** One note per open-ended bar: "a dashed arrow marks “130余名” as a lower bound (printed “130余名”)". */
export function openEndNotes(view: ProjectsView, lang: Lang): string[] {
  return [...view.work, ...view.mechanism].filter(isOpenEnded).map((f) => {
    const value = barLabel(f, lang);
    return !f.reported || f.reported === value
      ? fill(w.openNoteShort[lang], { value })
      : fill(w.openNote[lang], { value, reported: f.reported });
  });
}

/** Exactly what the panel shows: every bar (with its hedge) and every named item. */
export function projectsTable(view: ProjectsView, lang: Lang): TableData {
  const c = w.columns;
  const rows: TableData['rows'] = [];
  const bar = (f: CooperationFigure) => ({
    group: f.group === 'work' ? w.kinds.work[lang] : w.kinds.mechanism[lang],
    item: f.label[lang],
    value: f.value,
    unit: unitWord(f.unit, f.value, lang),
    qualifier: isOpenEnded(f) ? w.moreThan[lang] : '',
    reported: f.reported ?? '',
    period: formatPeriod(f.period, lang),
    note: isOpenEnded(f) ? barLabel(f, lang) : '',
    [ROW_SOURCE]: sourceCell([f.source], lang),
  });
  for (const f of [...view.work, ...view.mechanism]) rows.push(bar(f));
  for (const g of view.named)
    for (const item of g.items)
      rows.push({
        group: w.kinds.named[lang],
        item: item.label[lang],
        value: '',
        unit: '',
        qualifier: '',
        reported: '',
        period: formatPeriod(g.of.period, lang),
        note: fill(w.partOf[lang], { of: g.of.label[lang] }),
        [ROW_SOURCE]: sourceCell([item.source], lang),
      });
  return {
    caption: w.tableCaption[lang],
    columns: [
      { key: 'group', label: c.group[lang] },
      { key: 'item', label: c.item[lang] },
      { key: 'value', label: c.value[lang], numeric: true },
      { key: 'unit', label: c.unit[lang] },
      { key: 'qualifier', label: c.qualifier[lang] },
      { key: 'reported', label: c.reported[lang] },
      { key: 'period', label: c.period[lang] },
      { key: 'note', label: c.note[lang] },
    ],
    rows,
  };
}

/** Why the panel is empty, in words, with the years and categories taken from the data. */
export function projectsEmptyText(
  view: ProjectsView,
  data: CooperationData,
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
      const years = data.figures.flatMap((f) => periodYears(f.period));
      const from = Math.min(...years);
      const to = Math.max(...years);
      return fill(w.noYears[lang], { years: from === to ? String(from) : `${from}–${to}` });
    }
    case 'category': {
      const used = new Set([
        ...data.figures.map(() => projectsCategory({})),
        ...data.namedItems.map((i) => projectsCategory(i)),
      ]);
      return fill(w.noCategory[lang], { cats: quotedCategories(used, lang) });
    }
    default:
      return undefined;
  }
}
