import type { ChartOption } from '../../charts/option';
import { errorLine } from '../../components/error-line';
import { listedProblems, panelErrorHeading } from '../../components/panel-error-text';
import { DatasetError } from '../../data/problems';
import type { TimelineData } from '../../data/timeline';
import { clearFilters, type ViewState } from '../../filters/filters';
import { filtersInEffect } from '../../i18n/filter-labels';
import type { Lang } from '../../i18n/lang';
import { PRESENT_WORDS as W } from '../../i18n/present';
import { problemText } from '../../i18n/problems';
import { sourceLine } from '../../model/sources';
import type { SlideCards } from '../../panels/contract';
import { speakerNotes } from '../../panels/notes';
import { sourceReports, titleSlideText } from '../present/fixed-slide-text';
import type { ReadyPanel } from './deck-panels';
import { DECK_WORDS as D } from './words';

/** One slide of the deck, in words and options only (deck-pptx.ts lays it out). */
export type DeckSlide =
  | {
      kind: 'title';
      title: string;
      subtitle: string;
      meeting: string | undefined;
      asOf: string;
      /** The filters in effect (filtersInEffect); undefined: none. */
      filters: string | undefined;
      notes: string[];
    }
  | {
      kind: 'panel';
      id: string;
      kicker: string;
      title: string;
      /** The chart with its key (the panel's export option); undefined: the slide says `message`. */
      chart: ChartOption | undefined;
      /** The figure cards the panel shows beside its chart (then `chart` is drawn without them),
       *  laid out as text boxes; undefined: none. */
      cards: Omit<SlideCards, 'chart'> | undefined;
      /** Why there is no chart: the panel is empty for these filters, or its data failed. */
      message: string | undefined;
      source: string;
      /** The filters in effect, when they change what this slide shows; else undefined. */
      filters: string | undefined;
      notes: string[];
    }
  | {
      kind: 'sources';
      title: string;
      intro: string;
      reports: { title: string; translation: string | undefined; byline: string }[];
      derived: string;
      notes: string[];
    };

/** A panel's data as the deck got it: the data, or the error that stopped it. */
export type DeckData = { data: unknown } | { error: unknown };

function titleSlide(view: ViewState, timeline: TimelineData | undefined): DeckSlide {
  const filters = filtersInEffect(view, view.lang);
  const text = titleSlideText(view.lang, timeline);
  return {
    kind: 'title',
    ...text,
    filters,
    notes: filters ? [...text.notes, filters] : text.notes,
  };
}

function sourcesSlide(lang: Lang): DeckSlide {
  return {
    kind: 'sources',
    title: W.sourcesTitle[lang],
    intro: D.sourcesIntro[lang],
    reports: sourceReports(lang),
    derived: W.derivedNote[lang],
    notes: [D.sourcesIntro[lang], W.derivedNote[lang]],
  };
}

/**
 * What the slide of a panel whose data failed says, in the deck's language and in the words the
 * panel says it on the page (panel-state.tsx): the heading with the file, then each problem on a
 * line of its own. The data layer words its problems in English; problemText gives the Chinese.
 */
function failedMessage(error: unknown, lang: Lang): string {
  const heading = panelErrorHeading(error, lang);
  if (!(error instanceof DatasetError)) return `${heading}\n${errorLine(error)}`;
  const { listed, more } = listedProblems(error.problems);
  const lines = listed.map((p) => `${p.path ? `${p.path}: ` : ''}${problemText(p.message, lang)}`);
  return [`${heading}: data/${error.file}`, ...lines, ...(more ? [more] : [])].join('\n');
}

function panelSlide(panel: ReadyPanel, got: DeckData, view: ViewState): DeckSlide {
  const { lang } = view;
  const { meta, content } = panel;
  const kicker = meta.name[lang];
  if ('error' in got) {
    const message = failedMessage(got.error, lang);
    return {
      kind: 'panel',
      id: meta.id,
      kicker,
      title: kicker,
      chart: undefined,
      cards: undefined,
      message,
      source: '',
      filters: undefined,
      notes: [kicker, message],
    };
  }
  const model = content.model(got.data, view);
  const empty = content.emptyReason(model, got.data, lang);
  // Named where the filters change the slide: what it shows differs from the unfiltered view's.
  const plain = content.model(got.data, clearFilters(view));
  const changed =
    !!model.empty !== !!plain.empty ||
    (!model.empty && content.summary(model, lang) !== content.summary(plain, lang));
  const filters = changed ? filtersInEffect(view, lang) : undefined;
  const cards = empty ? undefined : content.slideCards?.(model, lang);
  return {
    kind: 'panel',
    id: meta.id,
    kicker,
    title: content.title(model, lang) ?? kicker,
    chart: empty ? undefined : cards ? cards.chart : content.exportOption(model, lang),
    cards: cards && { cards: cards.cards, more: cards.more },
    message: empty,
    source: model.sources.length > 0 ? sourceLine(model.sources, lang) : '',
    filters,
    notes: [...speakerNotes(content, model, lang, kicker), ...(filters ? [filters] : [])],
  };
}

/**
 * The deck for the view (its language and filters): a title slide, one slide per panel in the
 * show's order, and the sources slide, as present mode shows them. Pure: the data comes in.
 */
export function deckSlides(
  panels: readonly ReadyPanel[],
  data: readonly DeckData[],
  view: ViewState,
  timeline: TimelineData | undefined,
): DeckSlide[] {
  return [
    titleSlide(view, timeline),
    ...panels.map((p, i) => panelSlide(p, data[i] ?? { error: 'no data' }, view)),
    sourcesSlide(view.lang),
  ];
}
