import { type ReactNode, useMemo, useState } from 'react';
import type { ChartImage } from '../charts/option';
import type { Source } from '../data/common';
import type { Lang } from '../i18n/lang';
import { sourceEntries, sourceSentence } from '../model/sources';
import type { TableData } from '../model/table';
import { CitationContext, distinctSources } from './citations';
import { DataTable } from './data-table';
import { ErrorBoundary } from './error-boundary';
import { PanelActions } from './panel-actions';
import { usePanelLayout, useSlideNotes } from './panel-context';
import { PanelSources } from './panel-sources';
import { PanelError, PanelLoading } from './panel-state';
import { SentenceReader } from './sentence-reader';
import { useUi } from './use-ui';

export interface PanelQueryState {
  status: 'pending' | 'error' | 'success';
  error: unknown;
  refetch: () => unknown;
}

export interface PanelFrameProps {
  id: string;
  lang: Lang;
  /** The panel's name (湖州刑事案件与命案). */
  kicker: string;
  /** A title that states the finding; shown once the data is in. */
  title?: string;
  query: PanelQueryState;
  sources: readonly Source[];
  /** The panel's sources with no filter: how its citations are numbered in links (default: `sources`). */
  allSources?: readonly Source[];
  table?: TableData;
  /** The chart to export as PNG/SVG (the panel's main chart). */
  exportChart?: () => ChartImage | undefined;
  /** Height reserved for the body while loading, in px. */
  minHeight: number;
  /** Notes under the body: what is derived, what is not reported. */
  notes?: ReactNode;
  /** The filters left this panel nothing to show (printed as one line at the top: styles.css). */
  emptied?: boolean;
  children?: ReactNode;
}

/** The frame every panel shares: finding as title, body, table view, exports, and the source line with its sentences. */
export function PanelFrame(props: PanelFrameProps) {
  const { id, lang, kicker, title, query, minHeight } = props;
  const layout = usePanelLayout();
  const headingId = `${id}-title`;
  const shownTitle = query.status === 'success' && title ? title : kicker;
  const sentences = useMemo(
    () =>
      sourceEntries(props.sources, lang).map((e) => ({
        text: sourceSentence(e),
        cite: e.report && e.sentence ? { report: e.report, sentence: e.sentence } : undefined,
      })),
    [props.sources, lang],
  );
  useSlideNotes('frame', query.status === 'success' ? [shownTitle, ...sentences] : undefined);
  const all = props.allSources ?? props.sources;
  // A slide has no citations (its sentences are in the speaker notes); elsewhere each opens the reader.
  const citations = useMemo(
    () => (layout === 'slide' ? undefined : { panel: id, numbered: distinctSources(all) }),
    [layout, id, all],
  );
  return (
    <CitationContext.Provider value={citations}>
      <section
        className={`panel layout-${layout}`}
        id={id}
        aria-labelledby={headingId}
        data-panel={id}
        data-status={query.status}
        data-emptied={props.emptied || undefined}
      >
        <header className="panel-head">
          <p className="kicker">{kicker}</p>
          <h2 id={headingId}>{shownTitle}</h2>
        </header>
        <ErrorBoundary
          fallback={(error, reset) => <PanelError error={error} lang={lang} onRetry={reset} />}
        >
          {query.status === 'pending' && <PanelLoading lang={lang} height={minHeight} />}
          {query.status === 'error' && (
            <PanelError error={query.error} lang={lang} onRetry={() => query.refetch()} />
          )}
          {query.status === 'success' && <PanelBody {...props} />}
        </ErrorBoundary>
        {citations && query.status === 'success' && (
          <SentenceReader
            panel={id}
            lang={lang}
            numbered={citations.numbered}
            current={props.sources}
          />
        )}
      </section>
    </CitationContext.Provider>
  );
}

/**
 * A panel whose code is still loading: the same frame, heading and loading state as a panel whose
 * data is loading, at the same height, so the real panel replaces it without a shift.
 */
export function PanelPlaceholder({
  id,
  name,
  minHeight,
  error,
  onRetry,
}: {
  id: string;
  name: { zh: string; en: string };
  minHeight: number;
  /** The panel's code failed to load: said in the frame, with a retry. */
  error?: unknown;
  onRetry?: () => void;
}) {
  const layout = usePanelLayout();
  const lang = useUi((s) => s.view.lang);
  return (
    <section
      className={`panel layout-${layout}`}
      id={id}
      aria-labelledby={`${id}-title`}
      data-panel={id}
      data-status={error ? 'error' : 'pending'}
    >
      <header className="panel-head">
        <p className="kicker">{name[lang]}</p>
        <h2 id={`${id}-title`}>{name[lang]}</h2>
      </header>
      {error ? (
        <PanelError error={error} lang={lang} onRetry={onRetry} />
      ) : (
        <PanelLoading lang={lang} height={minHeight} />
      )}
    </section>
  );
}

/** Below the heading once the data is in: the actions, the chart or its table, the notes and the sources. */
function PanelBody(props: PanelFrameProps) {
  const { id, lang, kicker, title, sources, table, exportChart, notes, children } = props;
  const layout = usePanelLayout();
  const [showTable, setShowTable] = useState(false);

  if (layout === 'slide') {
    return (
      <>
        <div className="panel-body">{children}</div>
        <PanelSources sources={sources} lang={lang} lineOnly />
      </>
    );
  }

  return (
    <>
      {layout !== 'embed-bare' && (
        <PanelActions
          id={id}
          lang={lang}
          kicker={kicker}
          title={title}
          sources={sources}
          table={table}
          exportChart={exportChart}
          showTable={showTable}
          onToggleTable={() => setShowTable((v) => !v)}
        />
      )}
      <div className="panel-body">
        {showTable && table ? <DataTable table={table} /> : children}
      </div>
      {notes && <div className="panel-notes">{notes}</div>}
      <PanelSources sources={sources} lang={lang} />
    </>
  );
}
