// The one panel component: every panel's view is this, given its meta, its content (the pure part,
// contract.ts) and its data, plus only what is truly its own (cards, lists, the timeline's detail).
// It does the memoising (an unchanged panel redraws nothing), keeps the chart mounted through an
// empty state, measures the chart's box where the option depends on its width, and renders the
// frame (title, actions, table view, notes, sources) around the body.
import { type ReactNode, useMemo } from 'react';
import { type ChartLayout, EXPORT_SIZE } from '../charts/band-layout';
import type { ChartOption } from '../charts/option';
import { Chart, type ChartEventHandler } from '../components/chart';
import { CrossFilterChips } from '../components/cross-filter-chips';
import { PanelFrame, type PanelQueryState } from '../components/panel-frame';
import { useKept } from '../components/use-kept';
import { useStructural } from '../components/use-structural';
import { useViewKeys } from '../components/use-ui';
import { useWidth } from '../components/use-width';
import { DEFAULT_VIEW, type ViewState } from '../filters/filters';
import type { Lang } from '../i18n/lang';
import type { TableData } from '../model/table';
import type { PanelContent, PanelFacts, PanelModel, ViewKey } from './contract';

/** A panel's data: the query its frame reports (loading, error, retry) with the data it draws. A
 *  panel drawing one dataset passes its useQuery() result as it is. */
export interface PanelData<Data> extends PanelQueryState {
  data: Data | undefined;
}

/** What a panel's own parts are given once its model is there. */
export interface PanelState<Model, Keys extends ViewKey> {
  view: Pick<ViewState, Keys | 'lang'>;
  lang: Lang;
  model: Model;
  /** Why the panel is empty, in words; undefined when it is not (its message is already shown). */
  empty: string | undefined;
  /** The chart's option as drawn (undefined: no chart). */
  option: ChartOption | undefined;
  /** Where the option depends on the chart's width: the ref of the box it is measured on. */
  chartBox: (el: HTMLElement | null) => void;
}

export interface ContentPanelProps<Data, Model extends PanelModel, Keys extends ViewKey> {
  meta: PanelFacts<Keys>;
  content: PanelContent<Data, Model, Keys>;
  source: PanelData<Data>;
  /** The panel's kicker, above the finding (its name in the panel's words). */
  kicker: { readonly zh: string; readonly en: string };
  /** 'width': the option is laid out at the width of `chartBox` (names wrap to it); or a fixed layout. */
  layout?: 'width' | ChartLayout;
  /** `data-chart` of the chart (default: the panel's id). */
  chartName?: string;
  /** The chart's event handlers, or a function of the panel's state giving them (they may change
   *  from render to render: the chart is not rebuilt). */
  onChartEvents?:
    | Record<string, ChartEventHandler>
    | ((state: PanelState<Model, Keys>) => Record<string, ChartEventHandler>);
  /** Notes under the body, once there is a model that is not empty. */
  notes?: (state: PanelState<Model, Keys>) => ReactNode;
  /** Above the empty message (the timeline's lane filters, which can undo it). */
  lead?: (state: PanelState<Model, Keys>) => ReactNode;
  /** The body around the chart, once there is a model (default: the chart alone). The panel hides
   *  its own parts while `empty` is set; the chart hides itself. */
  children?: (state: PanelState<Model, Keys>, chart: ReactNode) => ReactNode;
}

/** The layout an export is drawn at: the image's width. */
const EXPORT_LAYOUT: ChartLayout = { width: EXPORT_SIZE.width };

interface Drawn {
  option: ChartOption;
  summary: string;
  height: number;
}

export function ContentPanel<Data, Model extends PanelModel, Keys extends ViewKey>(
  props: ContentPanelProps<Data, Model, Keys>,
) {
  const { meta, content: C, source, layout: layoutProp } = props;
  const view = useViewKeys<Keys | 'lang'>('lang', ...meta.viewKeys);
  const { lang } = view;
  const [width, chartBox] = useWidth(layoutProp === 'width');
  const layout = useMemo(
    () => (layoutProp === 'width' ? { width } : layoutProp),
    [layoutProp, width],
  );
  const { data } = source;
  // Same content, same object: an unchanged panel redraws nothing.
  const { value: model, json: modelKey } = useStructural(
    useMemo(() => (data ? C.model(data, view) : undefined), [C, data, view]),
  );
  // The sources with no filter: a citation's number in a link (sentence=<panel>.<n>) stays the
  // same whatever the filters. Under the default view they are the model's own (no second model).
  const atDefault = meta.viewKeys.every(
    (k) => JSON.stringify(view[k]) === JSON.stringify(DEFAULT_VIEW[k]),
  );
  const allSources = useMemo(
    () => (data && !atDefault ? C.model(data, DEFAULT_VIEW).sources : undefined),
    [C, data, atDefault],
  );
  const option = useMemo(
    () => (model ? C.option(model, lang, layout) : undefined),
    [C, model, lang, layout],
  );
  const text = useMemo(
    () =>
      model && {
        title: C.title(model, lang),
        summary: C.summary(model, lang),
        // One rule for every panel: a panel its filters emptied has no table view and no CSV
        // (a table of headers alone says nothing the empty message does not).
        table: model.empty ? undefined : (C.table(model, lang) as TableData | undefined),
        empty: data ? C.emptyReason(model, data, lang) : undefined,
      },
    [C, model, data, lang],
  );
  const drawn = useKept<Drawn>(
    useMemo(
      () =>
        option && model && text
          ? { option, summary: text.summary, height: C.chartHeight(model, lang, layout) }
          : undefined,
      [C, option, model, text, lang, layout],
    ),
    // What the drawing is made of: brought back by a filter, the kept one is shown as it was.
    `${lang} ${JSON.stringify(layout)} ${modelKey}`,
  );
  const state: PanelState<Model, Keys> | undefined = model &&
    text && {
      view,
      lang,
      model,
      empty: text.empty,
      option: drawn.hidden ? undefined : drawn.value?.option,
      chartBox,
    };
  // The image a download draws (the chart with its key): built on the click, not at every change.
  const exportChart = useMemo(
    () =>
      model && state?.option
        ? () => {
            const option = C.exportOption(model, lang);
            return option && { option, height: C.chartHeight(model, lang, EXPORT_LAYOUT) };
          }
        : undefined,
    [C, model, lang, state?.option],
  );
  // A chart laid out to its width, at another width: the bake draws it at each of its widths, and
  // a baked drawing stays while it is the one the chart has at that width (components/chart-bake).
  const at = useMemo(
    () =>
      layoutProp === 'width' && model
        ? (w: number) => ({
            option: C.option(model, lang, { width: w }),
            height: C.chartHeight(model, lang, { width: w }),
          })
        : undefined,
    [C, model, lang, layoutProp],
  );
  const events = props.onChartEvents;
  const chart = drawn.value && (
    <Chart
      name={props.chartName ?? meta.id}
      option={drawn.value.option}
      summary={drawn.value.summary}
      height={drawn.value.height}
      onEvents={typeof events === 'function' ? state && events(state) : events}
      hidden={drawn.hidden}
      at={drawn.hidden ? undefined : at}
    />
  );

  return (
    <PanelFrame
      id={meta.id}
      lang={lang}
      kicker={props.kicker[lang]}
      title={text?.title}
      query={source}
      sources={model?.sources ?? []}
      allSources={allSources}
      table={text?.table}
      exportChart={exportChart}
      minHeight={meta.heights.loading}
      emptied={Boolean(model?.empty)}
      notes={state && !model?.empty && props.notes?.(state)}
    >
      {state && <CrossFilterChips panel={meta.id} />}
      {state && props.lead?.(state)}
      {state?.empty && (
        <p className="panel-empty" data-empty={state.model.empty}>
          {state.empty}
        </p>
      )}
      {state && (props.children ? props.children(state, chart) : chart)}
    </PanelFrame>
  );
}
