import { type ReactNode, useMemo, useState } from 'react';
import type { ChartOption } from '../charts/option';
import { chartThemeName } from '../charts/themes';
import type { Source } from '../data/common';
import { enterPresent } from '../filters/store';
import { panelLink } from '../filters/url';
import type { Lang } from '../i18n/lang';
import { t } from '../i18n/messages';
import { embedSnippet } from '../model/embed-snippet';
import { sourceEntries, sourceLine } from '../model/sources';
import { type TableData, tableToCsv } from '../model/table';
import { usePanelLayout, useSlideNotes } from './chart-context';
import { DataTable } from './data-table';
import { copyText, downloadBlob } from './download';
import { ErrorBoundary } from './error-boundary';
import { rememberFocus } from './focus-return';
import { PanelError, PanelLoading } from './panel-state';
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
  table?: TableData;
  /** The chart to export as PNG/SVG (the panel's main chart). */
  exportChart?: ChartOption;
  /** Height reserved for the body while loading, in px. */
  minHeight: number;
  /** Notes under the body: what is derived, what is not reported. */
  notes?: ReactNode;
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
      sourceEntries(props.sources, lang).map((e) =>
        e.sentence ? `“${e.sentence}” — ${e.origin}` : e.origin,
      ),
    [props.sources, lang],
  );
  useSlideNotes('frame', query.status === 'success' ? [shownTitle, ...sentences] : undefined);
  return (
    <section
      className={`panel layout-${layout}`}
      id={id}
      aria-labelledby={headingId}
      data-panel={id}
      data-status={query.status}
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
    </section>
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

function PanelBody({
  id,
  lang,
  kicker,
  title,
  sources,
  table,
  exportChart,
  notes,
  children,
}: PanelFrameProps) {
  const layout = usePanelLayout();
  const [showTable, setShowTable] = useState(false);
  const [copied, setCopied] = useState<string | undefined>();
  const theme = useUi((s) => s.view.theme);
  const line = sourceLine(sources, lang);
  const entries = sourceEntries(sources, lang);
  const fileBase = `yrd-${id}-${lang}`;

  // The exporter draws with ECharts: loaded on first use, not with the page.
  const svg = async () => {
    if (!exportChart) return '';
    const { chartToSvg } = await import('../charts/export');
    const footer = [line, ...entries.filter((e) => e.sentence).map((e) => `“${e.sentence}”`)];
    return chartToSvg(exportChart, chartThemeName(theme, false), {
      title: title ?? kicker,
      footer,
    });
  };
  const png = async () => {
    const { svgToPng } = await import('../charts/export');
    return svgToPng(await svg());
  };
  const flash = (text: string) => {
    setCopied(text);
    setTimeout(() => setCopied(undefined), 4000);
  };
  // An export that fails says so instead of doing nothing.
  const exportSafely = async (run: () => Promise<void>) => {
    try {
      await run();
    } catch (e) {
      flash(`${t(lang, 'exportFailed')} ${(e as Error).message}`);
    }
  };
  const copyEmbed = async () => {
    const snippet = embedSnippet({
      baseUrl: new URL('./', window.location.href).href,
      panel: id,
      search: window.location.search,
      title: kicker,
    });
    flash((await copyText(snippet)) ? t(lang, 'copied') : `${t(lang, 'copyFailed')} ${snippet}`);
  };
  // In an embed the link opens the full dashboard on this view, not the bare embed page.
  const copyLink = async () => {
    const url = panelLink(window.location.href, id, layout !== 'dashboard');
    flash((await copyText(url)) ? t(lang, 'copied') : `${t(lang, 'copyFailed')} ${url}`);
  };

  if (layout === 'slide') {
    return (
      <>
        <div className="panel-body">{children}</div>
        <footer className="panel-source">
          <p>{line}</p>
        </footer>
      </>
    );
  }

  return (
    <>
      {layout !== 'embed-bare' && (
        <div className="panel-actions">
          {table && (
            <button
              type="button"
              className="btn"
              aria-pressed={showTable}
              onClick={() => setShowTable((v) => !v)}
              title={t(lang, showTable ? 'showChartLabel' : 'showTableLabel')}
              data-action="table"
            >
              {t(lang, showTable ? 'showChart' : 'showTable')}
            </button>
          )}
          {exportChart && (
            <>
              <button
                type="button"
                className="btn"
                data-action="png"
                onClick={() =>
                  exportSafely(async () => downloadBlob(await png(), `${fileBase}.png`))
                }
              >
                PNG
              </button>
              <button
                type="button"
                className="btn"
                data-action="svg"
                onClick={async () =>
                  downloadBlob(
                    new Blob([await svg()], { type: 'image/svg+xml' }),
                    `${fileBase}.svg`,
                  )
                }
              >
                SVG
              </button>
            </>
          )}
          {table && (
            <button
              type="button"
              className="btn"
              data-action="csv"
              onClick={() =>
                downloadBlob(
                  new Blob([tableToCsv(table)], { type: 'text/csv;charset=utf-8' }),
                  `${fileBase}.csv`,
                )
              }
            >
              CSV
            </button>
          )}
          <button type="button" className="btn" data-action="copy-link" onClick={copyLink}>
            {t(lang, 'copyLink')}
          </button>
          {layout === 'dashboard' && (
            <button type="button" className="btn" data-action="copy-embed" onClick={copyEmbed}>
              {t(lang, 'copyEmbed')}
            </button>
          )}
          {layout === 'dashboard' && (
            <button
              type="button"
              className="btn"
              data-action="present"
              onClick={() => {
                rememberFocus();
                enterPresent(id);
              }}
            >
              {t(lang, 'presentThis')}
            </button>
          )}
          <span className="copied" role="status">
            {copied}
          </span>
        </div>
      )}
      <div className="panel-body">
        {showTable && table ? <DataTable table={table} /> : children}
      </div>
      {notes && <div className="panel-notes">{notes}</div>}
      {entries.length > 0 && (
        <footer className="panel-source">
          <p>{line}</p>
          <details>
            <summary>
              {t(lang, 'sourcesCount')} ({entries.length})
            </summary>
            <ol>
              {entries.map((e) => (
                <li key={`${e.origin}${e.sentence ?? ''}`}>
                  {e.sentence ? <q lang="zh">{e.sentence}</q> : null} <cite>{e.origin}</cite>
                </li>
              ))}
            </ol>
          </details>
        </footer>
      )}
    </>
  );
}
