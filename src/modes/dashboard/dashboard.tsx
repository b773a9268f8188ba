import { useQueries } from '@tanstack/react-query';
import { useEffect, useMemo } from 'react';
import { restoreFocus } from '../../components/focus-return';
import { Notices } from '../../components/notices';
import { usePrintSentences } from '../../components/use-print-sentences';
import { useLang } from '../../components/use-ui';
import { t } from '../../i18n/messages';
import { citationsIn, footerText } from '../../model/sources';
import { fileQuery } from '../../panels/datasets';
import { PANELS } from '../panel-registry';
import { FilterBar } from './filter-bar';
import { Header } from './header';

/** The sources other than the article that the loaded data files cite (the footer names them). */
function useCitations() {
  const data = useQueries({
    queries: PANELS.map((p) => fileQuery(p.meta.dataset)),
    combine: (results) => results.map((r) => r.data),
  });
  const key = JSON.stringify(citationsIn(data));
  // biome-ignore lint/correctness/useExhaustiveDependencies: the same citations, the same list
  return useMemo(() => citationsIn(data), [key]);
}

/** The dashboard: header, link notices, filters, and the panels in a responsive grid. */
export function Dashboard() {
  const lang = useLang();
  usePrintSentences();
  // Back from present mode: focus returns to the button that opened it.
  useEffect(() => {
    restoreFocus();
  }, []);

  return (
    <>
      <a className="skip-link" href="#panels">
        {t(lang, 'skipToContent')}
      </a>
      <Header />
      <main>
        <Notices />
        <FilterBar />
        <div className="panel-grid" id="panels">
          {PANELS.map(({ id, Component }) => (
            <Component key={id} />
          ))}
        </div>
      </main>
      <footer className="app-footer">
        <p>{footerText(useCitations(), lang)}</p>
      </footer>
    </>
  );
}
