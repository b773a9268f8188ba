import type { CSSProperties } from 'react';
import { DatasetError } from '../data/problems';
import type { Lang } from '../i18n/lang';
import { t } from '../i18n/messages';

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
  const heading =
    dataset?.kind === 'fetch'
      ? t(lang, 'fetchError')
      : dataset
        ? t(lang, 'dataError')
        : t(lang, 'renderError');
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
        <ul className="problems">
          {dataset.problems.slice(0, 8).map((p) => (
            <li key={`${p.path}:${p.message}`}>
              {p.path && <code>{p.path}</code>}
              {p.path && ': '}
              {p.message}
            </li>
          ))}
          {dataset.problems.length > 8 && <li>… +{dataset.problems.length - 8}</li>}
        </ul>
      ) : (
        <p className="problems">{error instanceof Error ? error.message : String(error)}</p>
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
