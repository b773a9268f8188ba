import type { Lang } from '../i18n/lang';
import { browserName } from './browser-name';
import { errorLine } from './error-line';

// A chunk of its own, fetched only when an error is shown: what the page says when it hit an
// error in this browser (a bug, an API it lacks), said as such, never as a server problem.

const WORDS = {
  pageError: { zh: '本页面在此浏览器中出错', en: 'The page hit an error in this browser' },
  browser: { zh: '浏览器', en: 'Browser' },
  error: { zh: '错误', en: 'Error' },
  hint: {
    zh: '请刷新再试;如仍出错,请把上一行发给看板的维护人员。支持 Chromium 86 及以上内核的浏览器(含 360、QQ、搜狗等的极速模式)。',
    en: 'Reload to try again; if it happens again, send the line above to the dashboard’s maintainers. Supported: browsers with a Chromium 86 or newer kernel (360, QQ, Sogou in fast mode too).',
  },
  reload: { zh: '重新加载', en: 'Reload' },
} as const;

/** Which browser, which error, and what to do. */
export function BrowserErrorDetail({ error, lang }: { error: unknown; lang: Lang }) {
  const browser = typeof navigator === 'undefined' ? '' : browserName(navigator.userAgent);
  return (
    <>
      <p className="problems">
        {WORDS.browser[lang]}: <code>{browser}</code> · {WORDS.error[lang]}:{' '}
        <code>{errorLine(error)}</code>
      </p>
      <p className="hint">{WORDS.hint[lang]}</p>
    </>
  );
}

/** The whole page failed: the error, the browser, and a reload button. */
export function PageCrashMessage({ error, lang }: { error: unknown; lang: Lang }) {
  return (
    <>
      <h1>{WORDS.pageError[lang]}</h1>
      <BrowserErrorDetail error={error} lang={lang} />
      <button type="button" className="btn" onClick={() => window.location.reload()}>
        {WORDS.reload[lang]}
      </button>
    </>
  );
}
