import { type CSSProperties, useEffect } from 'react';
import { DatasetError, isFetchFailure } from '../data/problems';
import type { Lang } from '../i18n/lang';
import { t } from '../i18n/messages';
import { errorLine } from './error-line';
import { usePanelLayout } from './panel-context';
import { listedProblems, panelErrorHeading } from './panel-error-text';
import { useLazyModule } from './use-lazy-module';
import { usePageError } from './use-page-error';

const loadProblemWords = () => import('../i18n/problems');

type ProblemWords = (message: string) => string;

/**
 * A problem's words in the page's language. The Chinese words are a chunk of their own (2 KB gzip
 * every reader would pay), fetched only when a problem is shown; until they arrive (or if they
 * cannot) the problems read as the data layer wrote them, and `ready` is false.
 */
function useProblemWords(lang: Lang, wanted: boolean): { text: ProblemWords; ready: boolean } {
  const words = useLazyModule(loadProblemWords, wanted && lang === 'zh');
  return {
    text: (message) => (words ? words.problemText(message, lang) : message),
    ready: lang === 'en' || words !== undefined,
  };
}

function ProblemList({
  problems,
  text,
  lang,
}: {
  problems: DatasetError['problems'];
  text: ProblemWords;
  lang: Lang;
}) {
  const { listed, more } = listedProblems(problems);
  return (
    <ul className="problems" data-words={lang}>
      {listed.map((p) => (
        <li key={`${p.path}:${p.message}`}>
          {p.path && <code>{p.path}</code>}
          {p.path && ': '}
          {text(p.message)}
        </li>
      ))}
      {more && <li>{more}</li>}
    </ul>
  );
}

/** The data files already reported in the console: a panel drawn again (a language switch) does not repeat it. */
const logged = new WeakSet<DatasetError>();

/** Every problem of a failed file, in the page's words, and the parser's own text, for the site's staff. */
function logOnce(error: DatasetError, heading: string, text: ProblemWords): void {
  if (logged.has(error)) return;
  logged.add(error);
  const lines = error.problems.map((p) => `  ${p.path ? `${p.path}: ` : ''}${text(p.message)}`);
  if (error.detail) lines.push(`  (${error.detail})`);
  console.error(`${heading}: data/${error.file}\n${lines.join('\n')}`);
}

/** Reserves the panel's height while its data loads, so nothing below jumps when the chart appears. */
export function PanelLoading({ lang, height }: { lang: Lang; height: number }) {
  return (
    <div
      className="panel-state loading"
      style={{ '--reserve': `${height}px` } as CSSProperties}
      role="status"
      aria-live="polite"
    >
      <span className="spinner" aria-hidden="true" />
      {t(lang, 'loading')}
    </div>
  );
}

/**
 * A panel that failed. A data file that could not be had or arrived wrong: the reader is told so in
 * a sentence of the page's language (this chart, not the others; whom to tell), with a retry only
 * where one can help (the file could not be fetched; a wrong file stays wrong); the file, the JSON
 * paths and the problems are behind a disclosure for the site's staff, and in the console. Any
 * other error (a bug, an API this browser lacks) is said as such, with a retry.
 */
export function PanelError({
  error,
  lang,
  onRetry,
}: {
  error: unknown;
  lang: Lang;
  onRetry?: () => void;
}) {
  const dataset = error instanceof DatasetError ? error : undefined;
  if (!dataset)
    return (
      <div className="panel-state error" role="alert" data-error-kind="render">
        <p className="error-heading">{t(lang, 'renderError')}</p>
        <BrowserErrorDetail error={error} lang={lang} />
        {onRetry && <RetryButton lang={lang} onRetry={onRetry} />}
      </div>
    );
  return <DatasetProblem error={dataset} lang={lang} onRetry={onRetry} />;
}

function RetryButton({ lang, onRetry }: { lang: Lang; onRetry: () => void }) {
  return (
    <button type="button" className="btn" onClick={onRetry}>
      {t(lang, 'retry')}
    </button>
  );
}

function DatasetProblem({
  error,
  lang,
  onRetry,
}: {
  error: DatasetError;
  lang: Lang;
  onRetry?: (() => void) | undefined;
}) {
  const fetchFailed = isFetchFailure(error);
  // An embed shows one chart: there are no others to reassure the reader about.
  const alone = usePanelLayout().startsWith('embed');
  const heading = panelErrorHeading(error, lang);
  const words = useProblemWords(lang, true);
  useEffect(() => {
    if (words.ready) logOnce(error, heading, words.text);
  });
  return (
    <div
      className="panel-state error"
      role="alert"
      data-error-file={error.file}
      data-error-kind={error.kind}
    >
      <div className="error-reader">
        <p className="error-heading">
          {t(lang, fetchFailed ? 'readerFetchError' : 'readerDataError')}
        </p>
        <p>
          {!alone && `${t(lang, 'readerOthersFine')}${lang === 'en' ? ' ' : ''}`}
          {t(lang, fetchFailed ? 'readerTellFetch' : 'readerTellData')}
        </p>
      </div>
      {fetchFailed && onRetry && <RetryButton lang={lang} onRetry={onRetry} />}
      <details className="error-details">
        <summary>{t(lang, 'errorDetails')}</summary>
        <p>
          {heading}: <code>data/{error.file}</code>
        </p>
        <ProblemList problems={error.problems} text={words.text} lang={words.ready ? lang : 'en'} />
        <p className="hint">{t(lang, fetchFailed ? 'howToFixFetch' : 'howToFix')}</p>
      </details>
    </div>
  );
}

/**
 * A programming error (a bug, or an API this browser lacks), said as such: which browser, which
 * error, and what to do; never passed off as a server or data problem.
 */
function BrowserErrorDetail({ error, lang }: { error: unknown; lang: Lang }) {
  const words = usePageError();
  return words ? (
    <words.BrowserErrorDetail error={error} lang={lang} />
  ) : (
    <p className="problems">{errorLine(error)}</p>
  );
}
