import { useEffect } from 'react';
import { useLang, useUi } from '../components/use-ui';
import { t } from '../i18n/messages';
import { FilterBar } from './filter-bar';
import { Header } from './header';
import { Notices } from './notices';
import { PANELS } from './panels';

/** The dashboard: header, link notices, filters, and the panels in a responsive grid. */
export function App() {
  const lang = useLang();
  const theme = useUi((s) => s.view.theme);
  useEffect(() => {
    document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en';
    document.documentElement.dataset.theme = theme;
    document.title = `${t(lang, 'appTitle')} · ${t(lang, 'dataAsOf')}`;
  }, [lang, theme]);

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
        <p>{t(lang, 'footer')}</p>
      </footer>
    </>
  );
}
