import { useId, useState } from 'react';
import { EXPORT_SIZE } from '../charts/band-layout';
import type { ChartImage } from '../charts/option';
import { chartThemeName } from '../charts/themes';
import type { Source } from '../data/common';
import { enterPresent } from '../filters/store';
import { panelLink } from '../filters/url';
import { filtersInEffect } from '../i18n/filter-labels';
import type { Lang } from '../i18n/lang';
import { t } from '../i18n/messages';
import { embedSnippet } from '../model/embed-snippet';
import { exportFooter } from '../model/sources';
import { type TableData, tableToCsv } from '../model/table';
import { copyText, downloadBlob } from './download';
import { rememberFocus } from './focus-return';
import { usePanelLayout } from './panel-context';
import { useCompact } from './use-compact';
import { useMenu } from './use-menu';
import { useUi } from './use-ui';

/** The menu button's words: what the menu holds. */
const SHELL_MENU = { zh: '导出与分享', en: 'Export & share' } as const;

export interface PanelActionsProps {
  id: string;
  lang: Lang;
  /** The panel's name: the embed's iframe title, and the export's title before the finding is in. */
  kicker: string;
  /** The finding: the exported image's title. */
  title?: string;
  sources: readonly Source[];
  table?: TableData;
  /** The chart to export as PNG/SVG (the panel's main chart) at its height: built when a download
   *  asks for it. */
  exportChart?: () => ChartImage | undefined;
  /** Whether the body shows the table instead of the chart; the table button toggles it. */
  showTable: boolean;
  onToggleTable: () => void;
}

/**
 * The panel's buttons: the table view, one tap away; then PNG / SVG / CSV downloads, copy link, and
 * on the dashboard copy embed code and present this panel, in a row at a desk and behind one menu
 * button on a phone (WAI-ARIA menu button, src/components/use-menu.ts); what they did (copied,
 * failed) is said in a status line.
 */
export function PanelActions({
  id,
  lang,
  kicker,
  title,
  sources,
  table,
  exportChart,
  showTable,
  onToggleTable,
}: PanelActionsProps) {
  const layout = usePanelLayout();
  const menu = useMenu();
  const menuId = useId();
  // On a phone's dashboard the downloads and links are a menu (CSS shows it so); the roles follow
  // once the page knows it is on a phone, so the first render is the same everywhere.
  const menuRoles = useCompact() && layout === 'dashboard';
  const [copied, setCopied] = useState<string | undefined>();
  const theme = useUi((s) => s.view.theme);
  // What leaves the page names the filters that shaped it (none: nothing said).
  const filters = useUi((s) => filtersInEffect(s.view, lang));
  const fileBase = `yrd-${id}-${lang}`;

  // The exporter draws with ECharts: loaded on first use, not with the page.
  const svg = async () => {
    const chart = exportChart?.();
    if (!chart) return '';
    const { chartToSvg } = await import('../charts/export');
    const footer = exportFooter(sources, lang, filters);
    // At the chart's own height, not a fixed one: a short chart left an empty band in the image.
    return chartToSvg(
      chart.option,
      chartThemeName(theme, false),
      { title: title ?? kicker, footer, lang },
      EXPORT_SIZE.width,
      chart.height,
    );
  };
  const png = async () => {
    const { svgToPng } = await import('../charts/export');
    return svgToPng(await svg());
  };
  const flash = (text: string) => {
    setCopied(text);
    setTimeout(() => setCopied(undefined), 4000);
  };
  // An export that fails says so in the reader's language instead of doing nothing; the error
  // itself (a browser's, in English) goes to the console.
  const exportSafely = async (run: () => Promise<void>) => {
    try {
      await run();
    } catch (e) {
      console.error('export failed:', e);
      flash(t(lang, 'exportFailed'));
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

  // Run an item's action; on a phone the menu closes first and focus goes back to its button.
  const item = (run: () => unknown) => () => {
    if (menuRoles) menu.close(true);
    run();
  };
  const role = menuRoles ? 'menuitem' : undefined;
  const tabIndex = menuRoles ? -1 : undefined;

  return (
    <div className="panel-actions">
      {table && (
        <button
          type="button"
          className="btn"
          aria-pressed={showTable}
          onClick={onToggleTable}
          title={t(lang, showTable ? 'showChartLabel' : 'showTableLabel')}
          data-action="table"
        >
          {t(lang, showTable ? 'showChart' : 'showTable')}
        </button>
      )}
      <button
        ref={menu.buttonRef}
        type="button"
        className="btn menu-button"
        aria-haspopup="menu"
        aria-expanded={menu.open}
        aria-controls={menuId}
        data-action="actions-menu"
        onClick={menu.onButtonClick}
        onKeyDown={menu.onButtonKeyDown}
      >
        {SHELL_MENU[lang]}{' '}
        <span aria-hidden="true" className="menu-caret">
          ▾
        </span>
      </button>
      {/* biome-ignore lint/a11y/noStaticElementInteractions: the menu's arrow keys, on a phone */}
      {/* biome-ignore lint/a11y/useAriaPropsSupportedByRole: the label comes with role=menu, on a phone */}
      <div
        ref={menu.listRef}
        id={menuId}
        className="actions-list"
        role={menuRoles ? 'menu' : undefined}
        aria-label={menuRoles ? SHELL_MENU[lang] : undefined}
        data-open={menu.open || undefined}
        onKeyDown={menuRoles ? menu.onListKeyDown : undefined}
      >
        {exportChart && (
          <>
            <button
              type="button"
              className="btn"
              role={role}
              tabIndex={tabIndex}
              data-action="png"
              onClick={item(() =>
                exportSafely(async () => downloadBlob(await png(), `${fileBase}.png`)),
              )}
            >
              PNG
            </button>
            <button
              type="button"
              className="btn"
              role={role}
              tabIndex={tabIndex}
              data-action="svg"
              onClick={item(() =>
                exportSafely(async () =>
                  downloadBlob(
                    new Blob([await svg()], { type: 'image/svg+xml' }),
                    `${fileBase}.svg`,
                  ),
                ),
              )}
            >
              SVG
            </button>
          </>
        )}
        {table && (
          <button
            type="button"
            className="btn"
            role={role}
            tabIndex={tabIndex}
            data-action="csv"
            onClick={item(() =>
              downloadBlob(
                new Blob([tableToCsv(table, { lang, filters })], {
                  type: 'text/csv;charset=utf-8',
                }),
                `${fileBase}.csv`,
              ),
            )}
          >
            CSV
          </button>
        )}
        <button
          type="button"
          className="btn"
          role={role}
          tabIndex={tabIndex}
          data-action="copy-link"
          onClick={item(copyLink)}
        >
          {t(lang, 'copyLink')}
        </button>
        {layout === 'dashboard' && (
          <button
            type="button"
            className="btn"
            role={role}
            tabIndex={tabIndex}
            data-action="copy-embed"
            onClick={item(copyEmbed)}
          >
            {t(lang, 'copyEmbed')}
          </button>
        )}
        {layout === 'dashboard' && (
          <button
            type="button"
            className="btn"
            role={role}
            tabIndex={tabIndex}
            data-action="present"
            onClick={item(() => {
              rememberFocus();
              enterPresent(id);
            })}
          >
            {t(lang, 'presentThis')}
          </button>
        )}
      </div>
      <span className="copied" role="status">
        {copied}
      </span>
    </div>
  );
}
