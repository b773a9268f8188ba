import type { CSSProperties } from 'react';
import { DatasetError } from '../data/problems';
import type { Lang } from '../i18n/lang';
import { t } from '../i18n/messages';
import { errorLine } from './error-line';
import { listedProblems, panelErrorHeading } from './panel-error-text';
import { useLazyModule } from './use-lazy-module';
import { usePageError } from './use-page-error';

const loadProblemWords = () => import('../i18n/problems');

function ProblemList({ problems, lang }: { problems: DatasetError['problems']; lang: Lang }) {
  // The Chinese words are a chunk of their own (2 KB gzip every reader would pay), fetched only
  // when a problem is shown; until they arrive the problems show as the data layer wrote them.
  const words = useLazyModule(loadProblemWords, lang === 'zh');
  const text = (message: string) => (words ? words.problemText(message, lang) : message);
  const { listed, more } = listedProblems(problems);
  return (
    <ul className="problems" data-words={lang === 'en' || words ? lang : 'en'}>
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

/** A data file that failed: which file, where in it, what is wrong, and a retry. */
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
  const heading = panelErrorHeading(error, lang);
  return (
    <div className="panel-state error" role="alert" data-error-file={dataset?.file}>
      <p className="error-heading">
        {heading}
        {dataset && (
          <>
            {': '}
            <code>data/{dataset.file}</code>
          </>
        )}
      </p>
      {dataset ? (
        <ProblemList problems={dataset.problems} lang={lang} />
      ) : (
        <BrowserErrorDetail error={error} lang={lang} />
      )}
      {dataset?.kind === 'content' && <p className="hint">{t(lang, 'howToFix')}</p>}
      {onRetry && (
        <button type="button" className="btn" onClick={onRetry}>
          {t(lang, 'retry')}
        </button>
      )}
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
