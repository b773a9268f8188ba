import { useRef } from 'react';
import { Notices } from '../../components/notices';
import { LayoutContext } from '../../components/panel-context';
import { useDocumentMeta } from '../../components/use-document-meta';
import { useView } from '../../components/use-ui';
import type { ViewState } from '../../filters/filters';
import { replaceView } from '../../filters/store';
import { serializeView } from '../../filters/url';
import { EMBED_WORDS as W } from '../../i18n/embed';
import { fill } from '../../i18n/format';
import type { Lang } from '../../i18n/lang';
import { t } from '../../i18n/messages';
import { PANELS } from '../panel-registry';
import type { EmbedRequest } from './embed-params';
import { useReportHeight } from './use-report-height';
import './embed.css';
import { useKnownSentence } from '../use-known-sentence';

/**
 * One panel without the app's chrome, for an iframe on another page: the panel (with its source
 * line, and its buttons unless `actions=0`), any notice about the link, and its height reported
 * to the parent page. The view comes from the link only; the embed never writes the address bar
 * (an iframe's history entries would land in the host page's back button).
 */
export function EmbedView({ request, initial }: { request: EmbedRequest; initial: ViewState }) {
  useKnownSentence();
  const view = useView();
  const { lang, theme } = view;
  const { entry, actions } = request;
  const rootRef = useRef<HTMLDivElement>(null);
  useReportHeight(rootRef, entry?.id ?? null);

  useDocumentMeta(
    lang,
    theme,
    entry ? fill(W.pageTitle[lang], { panel: entry.name[lang] }) : t(lang, 'appTitle'),
  );

  // A chip in the panel can set a filter (the dashboard's cross-filter); offer the way back.
  const moved = serializeView(view) !== serializeView(initial);

  return (
    <div className="embed-root" ref={rootRef} data-embed={entry?.id ?? 'unknown'}>
      <Notices />
      {entry ? (
        <main>
          <LayoutContext.Provider value={actions ? 'embed' : 'embed-bare'}>
            <entry.Component />
          </LayoutContext.Provider>
        </main>
      ) : (
        <UnknownPanel lang={lang} requested={request.requested} />
      )}
      {entry && (moved || actions) && (
        <p className="embed-links">
          {moved && (
            <button
              type="button"
              className="btn"
              data-action="embed-reset"
              onClick={() => replaceView(initial)}
            >
              {W.resetView[lang]}
            </button>
          )}
          {actions && (
            <a
              href={`./${serializeView(view)}#${entry.id}`}
              target="_blank"
              rel="noopener"
              data-action="open-dashboard"
            >
              {W.openDashboard[lang]}
              <span className="visually-hidden">{W.newWindow[lang]}</span> ↗
            </a>
          )}
        </p>
      )}
    </div>
  );
}

/** A wrong or missing `panel=`: says so, and lists the names that work, in the reader's language. */
function UnknownPanel({ lang, requested }: { lang: Lang; requested: string | undefined }) {
  const first = PANELS[0]?.id ?? '';
  return (
    <main className="embed-error panel-state error" role="alert" data-embed-error="unknown-panel">
      <p className="error-heading">
        {requested ? fill(W.unknownPanel[lang], { panel: requested }) : W.missingPanel[lang]}
      </p>
      <p>{W.validPanels[lang]}</p>
      <ul className="embed-panel-list">
        {PANELS.map((p) => (
          <li key={p.id}>
            <code>{p.id}</code> — {p.name[lang]}
          </li>
        ))}
      </ul>
      <p className="hint">
        {W.example[lang]} <code>embed.html?panel={first}</code>
      </p>
    </main>
  );
}
