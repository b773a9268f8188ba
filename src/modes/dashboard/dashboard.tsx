import { useQueries } from '@tanstack/react-query';
import { Suspense, useEffect, useMemo } from 'react';
import { restoreFocus } from '../../components/focus-return';
import { Notices } from '../../components/notices';
import { usePrintSentences } from '../../components/use-print-sentences';
import { useLang } from '../../components/use-ui';
import { t } from '../../i18n/messages';
import { citationsIn, footerText } from '../../model/sources';
import { PANELS, panelFileQuery } from '../panel-registry';
import { useKnownSentence } from '../use-known-sentence';
import { FilterSheet } from './filter-sheet';
import { Header } from './header';
import { landOnHash } from './land-on-hash';
import { PrintedFilters } from './printed-filters';

/** The sources other than the article that the loaded data files cite (the footer names them). */
function useCitations() {
  const data = useQueries({
    queries: PANELS.map((p) => panelFileQuery(p.meta.dataset)),
    combine: (results) => results.map((r) => r.data),
  });
  const key = JSON.stringify(citationsIn(data));
  // biome-ignore lint/correctness/useExhaustiveDependencies: the same citations, the same list
  return useMemo(() => citationsIn(data), [key]);
}

const PANEL_IDS = PANELS.map((p) => p.id);

/**
 * The dashboard: header, link notices, filters, and the panels in a responsive grid. On a phone
 * the header folds into a menu and the filters into a sheet (header.tsx, filter-sheet.tsx).
 */
export function Dashboard() {
  useKnownSentence();
  const lang = useLang();
  usePrintSentences();
  // Back from present mode: focus returns to the button that opened it.
  useEffect(() => {
    restoreFocus();
  }, []);
  // A link to a panel (`#migration`) lands on it once it is there (once per page load).
  useEffect(() => landOnHash(PANEL_IDS), []);

  return (
    <>
      <a className="skip-link" href="#panels">
        {t(lang, 'skipToContent')}
      </a>
      <Header />
      <main>
        <Notices />
        <FilterSheet />
        <PrintedFilters />
        <div className="panel-grid" id="panels">
          {PANELS.map(({ id, Component }) => (
            // Each panel is a boundary of its own: a baked page (src/app/baked.tsx) hydrates the
            // page's frame first and then each panel in slices the browser can answer between,
            // instead of in one long task. Nothing in a panel suspends past it (a chart has its own).
            <Suspense key={id} fallback={null}>
              <Component />
            </Suspense>
          ))}
        </div>
      </main>
      <footer className="app-footer">
        <p>{footerText(useCitations(), lang)}</p>
      </footer>
    </>
  );
}
