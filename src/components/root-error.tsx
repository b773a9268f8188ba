import type { ReactNode } from 'react';
import type { Lang } from '../i18n/lang';
import { ErrorBoundary } from './error-boundary';
import { errorLine } from './error-line';
import { usePageError } from './use-page-error';

/** The link's language, read without the store: the page may have crashed before the store was usable. */
function linkLang(): Lang {
  const langs = new URLSearchParams(window.location.search).getAll('lang');
  return langs[langs.length - 1] === 'en' ? 'en' : 'zh';
}

/** What a reader sees when the whole page fails: the error, the browser, and a reload button; never a white page. */
export function PageCrash({ error }: { error: unknown }) {
  const lang = linkLang();
  const words = usePageError();
  return (
    <div className="page-crash" role="alert" lang={lang === 'zh' ? 'zh-CN' : 'en'}>
      {words ? (
        <words.PageCrashMessage error={error} lang={lang} />
      ) : (
        <p className="problems">{errorLine(error)}</p>
      )}
    </div>
  );
}

/** The boundary around every entry (dashboard, present, embed, single file). */
export function RootErrorBoundary({ children }: { children: ReactNode }) {
  return (
    <ErrorBoundary fallback={(error) => <PageCrash error={error} />}>{children}</ErrorBoundary>
  );
}
