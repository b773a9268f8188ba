// What every panel provides, in two parts (types only):
//
// - PanelMeta, the light part (each panel's meta.ts): what the registry, the dashboard, present mode
//   and the embed need before the panel's code is there. It is in the page's first chunk, so it
//   holds plain values and a load() that imports the panel's view module as its own chunk (its
//   component, and its pure part for the slide deck).
// - PanelContent, the pure part (each panel's content.ts): from the validated data and the view
//   keys to the model, and from the model and the language to what the panel shows. ContentPanel
//   (panel-view.tsx) memoises these and renders them; each view (view.tsx) is a ContentPanel with
//   only what is its own (cards, lists, the timeline's detail).
//
// The speaker notes follow from the content (panels/notes.ts: the title, the chart's summary, the
// verbatim sources): on screen, the frame and the chart report the same lines to present mode
// (components/panel-context.ts); the slide deck reads them from speakerNotes().

import type { QueryClient } from '@tanstack/react-query';
import type * as z from 'zod/mini';
import type { ChartLayout } from '../charts/band-layout';
import type { ChartOption } from '../charts/option';
import type { Source } from '../data/common';
import type { ViewState } from '../filters/filters';
import type { Lang } from '../i18n/lang';
import type { TableData } from '../model/table';
import type { DatasetFile } from './datasets';

export type ViewKey = keyof ViewState;

/** A panel's plain values: what its view reads of its meta (the view's props). */
export interface PanelFacts<Keys extends ViewKey = ViewKey> {
  /** The panel's id: its section id, `data-panel`, the embed's `panel=` and the slide id. */
  readonly id: string;
  /** Its name, for the loading placeholder, slide lists, the embed's panel list and page title. */
  readonly name: { readonly zh: string; readonly en: string };
  /** The data file it draws, in data/ (fetched as soon as the panel is wanted, before its code). */
  readonly dataset: DatasetFile;
  /** That file's zod schema: what the loader and `check-data` validate it against (the registry
   *  lists every panel's file with it, see datasetsOf in ./datasets). */
  readonly schema: z.ZodMiniType;
  /** The view keys its model and view read: a change to any other key does not re-render it. */
  readonly viewKeys: readonly Keys[];
  /** Reserved heights in CSS px. `loading`: the frame's height until the data is there (PanelFrame
   *  minHeight), and the registry placeholder's until the code is. */
  readonly heights: { readonly loading: number };
}

/** A panel's code, from its view module (src/panels/<name>/view.tsx exports both). */
export interface PanelCode<View = unknown> {
  /** The panel's component. */
  View: View;
  /** Its pure content: the slide deck makes the panel's slide from it. */
  content: PanelContent<unknown, PanelModel, ViewKey>;
}

/** A panel's meta module: its facts, and the loaders of its code and data. */
export interface PanelMeta<Keys extends ViewKey = ViewKey, View = unknown>
  extends PanelFacts<Keys> {
  /** The panel's view module, a chunk of its own (the first panel's is in the page's own chunk,
   *  which modes/panel-registry.tsx imports, so it resolves at once). */
  load(): Promise<PanelCode<View>>;
  /** The data its content reads, through the page's query client, when that is more than its
   *  dataset (the crime panel's milestones come from timeline.json); absent: the dataset. */
  data?(client: QueryClient): Promise<unknown>;
}

/** The props of every panel's view: its own meta, so that no id, key or height is written twice. */
export interface PanelViewProps<M extends PanelFacts> {
  meta: M;
}

/** What every panel's model has: why it is empty (a short code, absent when it is not) and its sources. */
export interface PanelModel {
  readonly empty?: string;
  readonly sources: readonly Source[];
}

export interface PanelContent<Data, Model extends PanelModel, Keys extends ViewKey> {
  /** What the panel shows for the view: filtered, grouped, with its `empty` reason if nothing is left. */
  model(data: Data, view: Pick<ViewState, Keys>): Model;
  /** The finding, stated as the panel's title; undefined leaves the panel's name (its kicker). */
  title(model: Model, lang: Lang): string | undefined;
  /** The chart's text summary: every plotted value in words (screen readers, print, speaker notes). */
  summary(model: Model, lang: Lang): string;
  /** The table view and the CSV: exactly the plotted values; undefined when there is none. Asked
   *  only of a model that is not empty (an emptied panel has neither). */
  table(model: Model, lang: Lang): TableData | undefined;
  /** The chart's option at the panel's layout; undefined when no chart is drawn. */
  option(model: Model, lang: Lang, layout?: ChartLayout): ChartOption | undefined;
  /** The chart's height in CSS px at that layout. */
  chartHeight(model: Model, lang: Lang, layout?: ChartLayout): number;
  /** The PNG/SVG download: the chart with what the panel shows beside it (where the chart is all
   *  there is, its own option: the view then passes `option` as it is); undefined: no download. */
  exportOption(model: Model, lang: Lang): ChartOption | undefined;
  /** Why the panel is empty, in words (with what the data does hold); undefined when it is not. */
  emptyReason(model: Model, data: Data, lang: Lang): string | undefined;
  /** What a slide shows beside the chart as figure cards (the slide deck lays them out as text at
   *  slide size); absent or undefined: the slide is the export option's picture alone. */
  slideCards?(model: Model, lang: Lang): SlideCards | undefined;
}

/** One figure card on a slide: the number large, its unit, what it counts, and a small note line. */
export interface SlideCard {
  number: string;
  unit: string;
  label: string;
  /** The period, and a derived share where there is one. */
  note: string;
}

/** A slide's chart without its cards, the cards, and a line of what has no number. */
export interface SlideCards {
  /** The chart drawn beside the cards (they are not in it); undefined: the cards alone. */
  chart: ChartOption | undefined;
  cards: SlideCard[];
  /** Said under the cards (findings without a figure); undefined: nothing. */
  more: string | undefined;
}
