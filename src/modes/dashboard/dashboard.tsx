import { useEffect } from 'react';
import { restoreFocus } from '../../components/focus-return';
import { Notices } from '../../components/notices';
import { usePrintSentences } from '../../components/use-print-sentences';
import { useLang } from '../../components/use-ui';
import { t } from '../../i18n/messages';
import { PANELS } from '../panel-registry';
import { FilterBar } from './filter-bar';
import { Header } from './header';
import { PrintedFilters } from './printed-filters';

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
        <PrintedFilters />
        <div className="panel-grid" id="panels">
          {PANELS.map(({ id, Component }) => (
            <Component key={id} />
          ))}
        </div>
      </main>
      <footer className="app-footer">
        <p>{t(lang, 'footer')}</p>
      </footer>
    </>
  );
}
