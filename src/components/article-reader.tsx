import { useEffect, useId, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { articleText } from '../data/load';
import { PUBLICATION, REPORTS, type ReportId } from '../data/reports';
import type { Lang } from '../i18n/lang';
import { markedRuns, reportParagraphs } from '../model/article';
import './article-reader.css';

/**
 * The article reader: the whole report a sentence comes from, its title and date at the top, the
 * sentence highlighted and scrolled into view (and focused, so a screen reader reads it first),
 * the panel's other sentences in that report marked more lightly. A modal <dialog>: the page
 * behind is inert, Tab stays inside, Esc closes it. Its own chunk, loaded on the first opening;
 * the article is the text the data checks already read (no request of its own).
 */

const W = {
  kicker: { zh: '原文', en: 'The report, in Chinese' },
  enTitle: { zh: '', en: 'In English: ' },
  close: { zh: '关闭', en: 'Close' },
  legend: {
    zh: '黄色高亮:所引原句;虚线下划:本面板引用的其他原句。',
    en: 'Highlighted: the sentence cited. Dotted underline: the panel’s other sentences.',
  },
  toStart: { zh: '从头阅读全文', en: 'Read the whole report from the start' },
  toSentence: { zh: '回到所引原句', en: 'Back to the cited sentence' },
  loading: { zh: '正在载入原文……', en: 'Loading the report…' },
  failed: {
    zh: '原文无法载入,请刷新页面后重试。',
    en: 'The report could not be loaded; reload the page and try again.',
  },
  byline: { zh: '作者:', en: 'By: ' },
  region: { zh: '报道全文', en: 'The whole report' },
} as const;

/** "2020年6月" / "June 2020": the page's date, as the source line gives it. */
function pageDate(lang: Lang): string {
  const [year, month] = PUBLICATION.asOf.split('-').map(Number) as [number, number];
  if (lang === 'zh') return `${year}年${month}月`;
  const name = new Date(Date.UTC(year, month - 1, 1)).toLocaleString('en', {
    month: 'long',
    timeZone: 'UTC',
  });
  return `${name} ${year}`;
}

export function ArticleReader({
  lang,
  report,
  sentence,
  others,
  onClose,
}: {
  lang: Lang;
  report: ReportId;
  /** The sentence asked for, verbatim (in the report). */
  sentence: string;
  /** The panel's other sentences in this report. */
  others: readonly string[];
  /** Called once the dialog has closed (Esc, the close button). */
  onClose: () => void;
}) {
  const dialog = useRef<HTMLDialogElement>(null);
  const body = useRef<HTMLElement>(null);
  const hit = useRef<HTMLElement>(null);
  const titleId = useId();
  const legendId = useId();
  const [article, setArticle] = useState<string | undefined>();
  const [failed, setFailed] = useState(false);

  useEffect(() => {
    let live = true;
    articleText().then(
      (text) => live && setArticle(text),
      () => live && setFailed(true),
    );
    return () => {
      live = false;
    };
  }, []);

  // Modal from the first frame (the page behind inert, Tab kept inside, Esc closes it). The
  // closes this effect makes itself (unmounting) are counted, so that their close events, which
  // come later, are not taken for the reader's.
  const ownCloses = useRef(0);
  // A layout effect: its cleanup runs before React takes the element out of the page (a dialog
  // removed while open is closed by the browser, with a close event of its own).
  useLayoutEffect(() => {
    const d = dialog.current;
    if (d && !d.open) d.showModal();
    return () => {
      if (!d?.open) return;
      ownCloses.current += 1;
      d.close();
    };
  }, []);

  const paragraphs = useMemo(() => {
    const list = article === undefined ? undefined : reportParagraphs(article, report);
    const marks = [
      ...others.map((s) => ({ sentence: s, level: 1 as const })),
      { sentence, level: 2 as const },
    ];
    return list?.map((p) => markedRuns(p, marks));
  }, [article, report, sentence, others]);

  // The sentence's first line a third of the way down the text (its start in view however long
  // it is), scrolling the reader's text only: never the page, nor a page that holds it in a frame.
  const toSentence = () => {
    const el = hit.current;
    const box = body.current;
    if (!el || !box) return;
    const offset = el.getBoundingClientRect().top - box.getBoundingClientRect().top;
    const room = box.clientHeight - el.getBoundingClientRect().height;
    box.scrollTop += offset - Math.max(16, Math.min(box.clientHeight / 3, room / 2));
    el.focus({ preventScroll: true });
  };
  // Before the text is painted (a layout effect, after the one that opens the dialog): the reader
  // never shows the report's top for a frame and then jumps, and a sentence deep in a long report
  // is in view the moment it is highlighted.
  // biome-ignore lint/correctness/useExhaustiveDependencies: once the text is in
  useLayoutEffect(() => {
    if (paragraphs) toSentence();
  }, [paragraphs]);

  const r = REPORTS[report];
  let hitShown = false;
  return (
    <dialog
      ref={dialog}
      className="reader"
      aria-labelledby={titleId}
      aria-describedby={legendId}
      data-reader={report}
      // Closing (Esc, the button) is reported once the dialog is closed, so the focus can go back
      // to a page that is no longer inert.
      onClose={(e) => {
        if (ownCloses.current > 0) ownCloses.current -= 1;
        else if (e.currentTarget.isConnected) onClose();
      }}
    >
      <header className="reader-head">
        <div className="reader-heading">
          <p className="reader-kicker">
            {W.kicker[lang]} · {PUBLICATION[lang]}
          </p>
          <h2 id={titleId} lang="zh">
            {r.title.zh}
          </h2>
          {lang === 'en' && <p className="reader-sub">{`${W.enTitle.en}${r.title.en}`}</p>}
          <p className="reader-sub">
            <time dateTime={PUBLICATION.asOf}>{pageDate(lang)}</time> · {W.byline[lang]}
            <span lang="zh">{r.byline}</span>
          </p>
        </div>
        <button
          type="button"
          className="btn reader-close"
          data-action="reader-close"
          onClick={() => dialog.current?.close()}
        >
          {W.close[lang]}
        </button>
      </header>
      <section
        className="reader-body"
        ref={body}
        lang="zh"
        aria-label={W.region[lang]}
        // biome-ignore lint/a11y/noNoninteractiveTabindex: the text scrolls; a keyboard must be able to scroll it
        tabIndex={0}
      >
        {failed && <p lang={lang}>{W.failed[lang]}</p>}
        {!failed && !paragraphs && <p lang={lang}>{W.loading[lang]}</p>}
        {paragraphs?.map((runs, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: the report's paragraphs, in page order, never reordered
          <p key={i}>
            {runs.map((run, j) => {
              if (run.level === 0) return run.text;
              const first = run.level === 2 && !hitShown;
              if (first) hitShown = true;
              return (
                <mark
                  // biome-ignore lint/suspicious/noArrayIndexKey: runs of one paragraph, in order
                  key={j}
                  className={run.level === 2 ? 'reader-hit' : 'reader-other'}
                  data-hit={first ? '' : undefined}
                  ref={first ? hit : undefined}
                  tabIndex={first ? -1 : undefined}
                >
                  {run.text}
                </mark>
              );
            })}
          </p>
        ))}
      </section>
      <footer className="reader-foot">
        <p id={legendId}>{W.legend[lang]}</p>
        <div className="reader-actions">
          <button type="button" className="btn" data-action="reader-sentence" onClick={toSentence}>
            {W.toSentence[lang]}
          </button>
          <button
            type="button"
            className="btn"
            data-action="reader-start"
            onClick={() => body.current?.scrollTo({ top: 0 })}
          >
            {W.toStart[lang]}
          </button>
        </div>
      </footer>
    </dialog>
  );
}
