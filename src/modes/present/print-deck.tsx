import { useCallback, useEffect, useRef, useState } from 'react';
import { wantEveryChart } from '../../components/draw-scheduler';
import { fill } from '../../i18n/format';
import type { Lang } from '../../i18n/lang';
import { PRESENT_WORDS as W } from '../../i18n/present';
import { NotesList } from './notes-list';
import { PRINT_WORDS as P } from './print-words';
import { SlideView } from './slide-view';
import { SLIDES, type Slide } from './slides';
import { useNotes } from './use-notes';
import './print.css';

/** How long printing waits for the slides' charts before it prints what is drawn. */
const DRAW_WAIT_MS = 20_000;

/**
 * Printing from present mode: every slide of the show, one per landscape page, as it is shown
 * (with its source line), and with "Handout" its speaker notes under it. The slides are mounted
 * for the print only (present mode otherwise keeps just the slide on screen), printed once their
 * charts have drawn, and unmounted after. Ctrl+P / ⌘P in present mode does the same; the
 * browser's own menu prints the slide on screen.
 */
export function usePrintDeck() {
  const [printing, setPrinting] = useState(false);
  const [handout, setHandout] = useState(false);
  const print = useCallback(() => setPrinting(true), []);
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if ((e.ctrlKey || e.metaKey) && !e.altKey && (e.key === 'p' || e.key === 'P')) {
        e.preventDefault();
        setPrinting(true);
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
  const done = useCallback(() => setPrinting(false), []);
  return { printing, handout, setHandout, print, done };
}

/** Resolves when nothing in `root` is loading and every chart has drawn, or after `ms`. */
function whenDrawn(root: HTMLElement, ms: number): Promise<void> {
  // A chart that never drew while hidden renders nothing; one that drew and was hidden is finished.
  const settled = () =>
    !root.querySelector('[data-status="pending"]') &&
    [...root.querySelectorAll('[data-chart]')].every(
      (c) => c.getAttribute('data-chart-state') === 'finished' || c.hasAttribute('hidden'),
    );
  return new Promise((resolve) => {
    const start = Date.now();
    const tick = () => {
      if (settled() || Date.now() - start > ms) resolve();
      else setTimeout(tick, 100);
    };
    tick();
  });
}

export function PrintDeck({
  lang,
  handout,
  onDone,
}: {
  lang: Lang;
  handout: boolean;
  onDone: () => void;
}) {
  const root = useRef<HTMLDivElement>(null);
  useEffect(() => {
    let live = true;
    const el = root.current;
    if (!el) return;
    // Out of sight, so no chart would come near the viewport: they are all wanted at once.
    wantEveryChart();
    // The deck leaves after the print: Chromium fires afterprint before print() returns; where
    // print() is only asked for (a headless PDF), the deck waits for the afterprint of that print.
    const after = () => onDone();
    void whenDrawn(el, DRAW_WAIT_MS).then(() => {
      if (!live) return;
      window.addEventListener('afterprint', after, { once: true });
      window.print();
    });
    return () => {
      live = false;
      window.removeEventListener('afterprint', after);
    };
  }, [onDone]);
  return (
    <div ref={root} className={handout ? 'print-deck handout' : 'print-deck'} data-print-deck>
      <p className="print-status" role="status">
        {P.preparing[lang]}
      </p>
      {SLIDES.map((slide, i) => (
        <PrintPage key={slide.id} slide={slide} n={i + 1} lang={lang} handout={handout} />
      ))}
    </div>
  );
}

function PrintPage({
  slide,
  n,
  lang,
  handout,
}: {
  slide: Slide;
  n: number;
  lang: Lang;
  handout: boolean;
}) {
  const notes = useNotes();
  return (
    <article className="print-page" data-print-slide={slide.id}>
      <div className="stage print-stage">
        <SlideView slide={slide} index={n - 1} lang={lang} reportNotes={notes.reportNotes} />
        <p className="slide-count">{fill(W.slideOf[lang], { n, m: SLIDES.length })}</p>
      </div>
      {handout && (
        <aside className="print-notes" data-print-notes>
          <h2>{W.notes[lang]}</h2>
          <NotesList lang={lang} lines={notes.lines} />
        </aside>
      )}
    </article>
  );
}

/** The control bar's print button and its "Handout" choice. */
export function PrintControls({
  lang,
  handout,
  onHandout,
  onPrint,
  busy,
}: {
  lang: Lang;
  handout: boolean;
  onHandout: (v: boolean) => void;
  onPrint: () => void;
  busy: boolean;
}) {
  return (
    <>
      <button type="button" className="btn" onClick={onPrint} disabled={busy} data-action="print">
        {P.print[lang]}
      </button>
      <label className="print-handout">
        <input
          type="checkbox"
          checked={handout}
          data-action="handout"
          onChange={(e) => onHandout(e.target.checked)}
        />{' '}
        {P.handout[lang]}
      </label>
    </>
  );
}
