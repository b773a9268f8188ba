import type { Source } from '../data/common';
import type { Lang } from '../i18n/lang';
import { t } from '../i18n/messages';
import { shortSourceLine, sourceEntries, sourceLine } from '../model/sources';
import { Citation, distinctSources } from './citations';

/**
 * A panel's sources: the source line (the reports' titles) and, behind a "show the sentences"
 * disclosure, the verbatim sentences behind its figures. A slide shows the line only, shortened
 * to the first report and how many when there are several (its sentences, each with its report,
 * are in the speaker notes; the closing slide lists the reports); elsewhere a panel without
 * sources shows nothing.
 */
export function PanelSources({
  sources,
  lang,
  lineOnly = false,
}: {
  sources: readonly Source[];
  lang: Lang;
  /** The source line without the sentences (a slide). */
  lineOnly?: boolean;
}) {
  if (lineOnly)
    return (
      <footer className="panel-source">
        <p>{shortSourceLine(sources, lang)}</p>
      </footer>
    );
  const line = sourceLine(sources, lang);
  const entries = sourceEntries(sources, lang);
  // The same order and de-duplication as the entries: each sentence opens its report.
  const distinct = distinctSources(sources);
  if (entries.length === 0) return null;
  return (
    <footer className="panel-source">
      <p>{line}</p>
      <details>
        <summary>
          {t(lang, 'sourcesCount')} ({entries.length})
        </summary>
        <ol>
          {entries.map((e, i) => {
            const source = distinct[i];
            return (
              <li key={`${e.origin}${e.sentence ?? ''}`}>
                {e.sentence && source ? (
                  <Citation source={source} lang={lang}>
                    <q lang="zh">{e.sentence}</q>
                  </Citation>
                ) : null}{' '}
                <cite>{e.origin}</cite>
              </li>
            );
          })}
        </ol>
      </details>
    </footer>
  );
}
