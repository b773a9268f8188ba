import { type Ref, useEffect, useRef } from 'react';
import { usePrefersReducedMotion } from '../../components/reduced-motion';
import { CATEGORY_LABELS } from '../../i18n/filter-labels';
import { fill, formatFigure, formatPeriod, markNumber } from '../../i18n/format';
import type { Lang } from '../../i18n/lang';
import { sourceEntries } from '../../model/sources';
import type { TimelineMark } from './model';
import { periodText, placeNames } from './text';
import { TIMELINE_WORDS as W } from './words';

interface TimelineDetailProps {
  mark: TimelineMark;
  /** False when the current filters hide the event (a shared link may still open it). */
  visible: boolean;
  lang: Lang;
  /** The lane's palette colour, as the chart draws it. */
  color: string | undefined;
  onClose: () => void;
  headingRef: Ref<HTMLHeadingElement>;
  /** The region's id, which the list buttons point at (aria-controls). */
  id: string;
  /** Scroll the detail into view once drawn: the event the page's link opened (not a click). */
  reveal?: boolean;
  /** Called once it has been scrolled into view. */
  onRevealed?: () => void;
}

/** One event in full: what, when (at the reported precision), where, the figures, and the verbatim sentences. */
export function TimelineDetail({
  mark,
  visible,
  lang,
  color,
  onClose,
  headingRef,
  id,
  reveal = false,
  onRevealed,
}: TimelineDetailProps) {
  const e = mark.event;
  const box = useRef<HTMLElement>(null);
  const reducedMotion = usePrefersReducedMotion();
  // biome-ignore lint/correctness/useExhaustiveDependencies: once, when the detail is first drawn
  useEffect(() => {
    if (!reveal) return;
    // After the frame that lays it out, below the chart; no smooth scroll for a reader who asked
    // for less motion.
    const frame = requestAnimationFrame(() => {
      box.current?.scrollIntoView({ behavior: reducedMotion ? 'auto' : 'smooth', block: 'start' });
      onRevealed?.();
    });
    return () => cancelAnimationFrame(frame);
  }, []);
  const headingId = `${id}-heading`;
  const sources = sourceEntries(e.sources, lang);
  return (
    <section
      ref={box}
      className="tl-detail"
      id={id}
      aria-labelledby={headingId}
      data-event={e.id}
      onKeyDown={(ev) => {
        if (ev.key === 'Escape') onClose();
      }}
    >
      <div className="tl-detail-head">
        <div>
          <p className="tl-detail-kicker">
            <span className="tl-num" style={{ color }}>
              {markNumber(mark.number)}
            </span>{' '}
            {CATEGORY_LABELS[e.category][lang]}
          </p>
          <h3 id={headingId} ref={headingRef} tabIndex={-1}>
            {e.label[lang]}
          </h3>
        </div>
        <button type="button" className="btn tl-close" onClick={onClose} data-action="close-event">
          {W.close[lang]}
        </button>
      </div>
      {!visible && <p className="tl-hidden">{W.hiddenByFilters[lang]}</p>}
      <dl className="tl-facts">
        <dt>{W.period[lang]}</dt>
        <dd>
          {periodText(e.date, lang)}
          {lang === 'en' && e.date.said && !formatPeriod(e.date, lang).includes('“') && (
            <span className="tl-said"> — {fill(W.said.en, { said: e.date.said })}</span>
          )}
        </dd>
        <dt>{W.places[lang]}</dt>
        <dd>{placeNames(e.places, lang)}</dd>
        {e.caseDate && (
          <>
            <dt>{W.caseDateTerm[lang]}</dt>
            <dd className="tl-case-date">
              {fill(W.caseDate[lang], {
                date: formatPeriod({ precision: 'day', date: e.caseDate }, lang),
              })}
            </dd>
          </>
        )}
        {e.figures && e.figures.length > 0 && (
          <>
            <dt>{W.figures[lang]}</dt>
            <dd>
              <ul className="tl-figures">
                {e.figures.map((f) => (
                  <li key={f.id}>
                    {f.label[lang]}: <strong>{formatFigure(f, lang)}</strong>
                    {f.reported && (
                      <span className="tl-said">
                        {' '}
                        ({W.asPrinted[lang]} <span lang="zh">{f.reported}</span>)
                      </span>
                    )}
                  </li>
                ))}
              </ul>
            </dd>
          </>
        )}
      </dl>
      {e.detail && <p className="tl-detail-text">{e.detail[lang]}</p>}
      <h4>{W.sources[lang]}</h4>
      <ol className="tl-sources">
        {sources.map((s) => (
          <li key={`${s.origin}${s.sentence ?? ''}`}>
            {s.sentence && <q lang="zh">{s.sentence}</q>}
            <cite>{s.origin}</cite>
          </li>
        ))}
      </ol>
    </section>
  );
}
