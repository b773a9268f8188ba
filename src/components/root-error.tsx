import type { ReactNode } from 'react';
import type { Lang } from '../i18n/lang';
import { t } from '../i18n/messages';
import { ErrorBoundary } from './error-boundary';
import { BrowserErrorDetail } from './panel-state';

/** The link's language, read without the store: the page may have crashed before the store was usable. */
function linkLang(): Lang {
  const langs = new URLSearchParams(window.location.search).getAll('lang');
  return langs[langs.length - 1] === 'en' ? 'en' : 'zh';
}

/** What a reader sees when the whole page fails: the error, the browser, and a reload button; never a white page. */
export function PageCrash({ error }: { error: unknown }) {
  const lang = linkLang();
  return (
    <div className="page-crash" role="alert" lang={lang === 'zh' ? 'zh-CN' : 'en'}>
      <h1>{t(lang, 'pageError')}</h1>
      <BrowserErrorDetail error={error} lang={lang} />
      <button type="button" className="btn" onClick={() => window.location.reload()}>
        {t(lang, 'reload')}
      </button>
    </div>
  );
}

/** The boundary around every entry (dashboard, present, embed, single file). */
export function RootErrorBoundary({ children }: { children: ReactNode }) {
  return (
    <ErrorBoundary fallback={(error) => <PageCrash error={error} />}>{children}</ErrorBoundary>
  );
}
