import { useQuery } from '@tanstack/react-query';
import { type MouseEvent, type ReactNode, useCallback, useEffect, useRef, useState } from 'react';
import { Notices } from '../../components/notices';
import { LayoutContext, ProjectorContext, SlideNotesContext } from '../../components/panel-context';
import { useUi } from '../../components/use-ui';
import { timelineQuery } from '../../data/timeline';
import { leavePresent, setPresent } from '../../filters/store';
import { PRESENT_INTERVALS } from '../../filters/url';
import { fill } from '../../i18n/format';
import type { Lang } from '../../i18n/lang';
import { PRESENT_WORDS as W } from '../../i18n/present';
import { DeckButton } from '../deck/deck-button';
import { SourcesSlide, TitleSlide } from './fixed-slides';
import { PrintControls, PrintDeck, usePrintDeck } from './print-deck';
import { fitStage, SLIDES, slideIndex, stepSlide } from './slides';
import { useAutoAdvance } from './use-auto-advance';
import { useIdle } from './use-idle';
import { useNotes } from './use-notes';
import { usePresentKeys } from './use-present-keys';
import './present.css';

/**
 * The dashboard as a slide show for a projector: one panel per slide on a fixed 16:9 stage scaled
 * to the screen, clicker keys, full screen, speaker notes with the source sentences, and an
 * auto-advance that can loop for hours (only the slide on screen is mounted, so its charts are
 * disposed when it leaves).
 */
export default function PresentMode() {
  const { lang, theme, present } = useUi((s) => ({
    lang: s.view.lang,
    theme: s.view.theme,
    present: s.present,
  }));
  const index = slideIndex(present.slide);
  const slide = (SLIDES[index] ?? SLIDES[0]) as (typeof SLIDES)[number];
  const notes = useNotes();
  const [paused, setPaused] = useState(false);
  const togglePause = useCallback(() => setPaused((v) => !v), []);
  const idle = useIdle();
  const rootRef = useRef<HTMLDivElement>(null);
  const stageRef = useRef<HTMLDivElement>(null);

  const go = useCallback((i: number) => setPresent({ slide: SLIDES[i]?.id }), []);
  const step = useCallback((n: number) => go(stepSlide(index, n)), [go, index]);
  const { remaining, touch } = useAutoAdvance(present.interval, paused, () => step(1));

  // The stage keeps 16:9 whatever the screen: scaled and centred, letterboxed on 4:3.
  useEffect(() => {
    const fitToScreen = () => {
      const el = stageRef.current;
      if (!el) return;
      const { scale, left, top } = fitStage(window.innerWidth, window.innerHeight);
      el.style.transform = `translate(${left}px, ${top}px) scale(${scale})`;
    };
    fitToScreen();
    window.addEventListener('resize', fitToScreen);
    return () => window.removeEventListener('resize', fitToScreen);
  }, []);

  const toggleFullscreen = useCallback(() => {
    if (document.fullscreenElement) void document.exitFullscreen();
    else void rootRef.current?.requestFullscreen?.().catch(() => undefined);
  }, []);

  usePresentKeys({
    go,
    step,
    touch,
    toggleFullscreen,
    toggleNotes: notes.toggle,
    togglePause,
  });

  const onStageClick = (e: MouseEvent<HTMLDivElement>) => {
    if (
      (e.target as HTMLElement).closest(
        'button, a, select, summary, .slide-notes, .present-controls',
      )
    )
      return;
    const rect = e.currentTarget.getBoundingClientRect();
    const x = (e.clientX - rect.left) / rect.width;
    touch();
    if (x > 2 / 3) step(1);
    else if (x < 1 / 3) step(-1);
  };

  const timeline = useQuery(timelineQuery);
  const printDeck = usePrintDeck();
  // Focus moves into the deck, so keys and screen readers start here, not on a removed button.
  useEffect(() => {
    rootRef.current?.focus();
  }, []);

  return (
    <div
      ref={rootRef}
      tabIndex={-1}
      className={`present-root projector-${theme}${idle ? ' idle' : ''}`}
      data-mode="present"
    >
      {printDeck.printing && (
        <PrintDeck lang={lang} handout={printDeck.handout} onDone={printDeck.done} />
      )}
      {/* biome-ignore lint/a11y/useKeyWithClickEvents: the keyboard has its own, richer bindings (window keydown) */}
      {/* biome-ignore lint/a11y/noStaticElementInteractions: clicking a third of the stage is a pointer shortcut */}
      <div ref={stageRef} className="stage" data-stage onClick={onStageClick}>
        <section
          className="slide"
          key={slide.id}
          data-slide={slide.id}
          aria-roledescription="slide"
          aria-label={fill(W.slideOf[lang], { n: index + 1, m: SLIDES.length })}
        >
          <ProjectorContext.Provider value={true}>
            <LayoutContext.Provider value="slide">
              <SlideNotesContext.Provider value={notes.reportNotes}>
                {'panel' in slide ? (
                  <slide.panel.Component />
                ) : slide.id === 'title' ? (
                  <TitleSlide lang={lang} timeline={timeline.data} />
                ) : (
                  <SourcesSlide lang={lang} />
                )}
              </SlideNotesContext.Provider>
            </LayoutContext.Provider>
          </ProjectorContext.Provider>
        </section>
        <div className="slide-progress" aria-hidden="true">
          <span
            className="bar"
            data-progress={(index + 1) / SLIDES.length}
            style={{ width: `${((index + 1) / SLIDES.length) * 100}%` }}
          />
        </div>
        <p className="slide-count" aria-live="polite" data-slide-count>
          {fill(W.slideOf[lang], { n: index + 1, m: SLIDES.length })}
          {present.interval > 0 && present.countdown && (
            <span className="countdown" data-countdown>
              {' · '}
              {paused ? W.paused[lang] : fill(W.countdown[lang], { s: remaining })}
            </span>
          )}
        </p>
        {notes.shown && <SpeakerNotes lang={lang} lines={notes.lines} />}
      </div>
      <div className="present-notices">
        <Notices />
      </div>
      <Controls
        lang={lang}
        paused={paused}
        interval={present.interval}
        onPrev={() => step(-1)}
        onNext={() => step(1)}
        onPause={togglePause}
        onNotes={notes.toggle}
        onFullscreen={toggleFullscreen}
      >
        <PrintControls
          lang={lang}
          handout={printDeck.handout}
          onHandout={printDeck.setHandout}
          onPrint={printDeck.print}
          busy={printDeck.printing}
        />
        <DeckButton />
      </Controls>
    </div>
  );
}

function SpeakerNotes({ lang, lines }: { lang: Lang; lines: readonly string[] }) {
  return (
    <aside className="slide-notes" aria-label={W.notes[lang]} data-notes>
      <h2>{W.notes[lang]}</h2>
      {lines.length === 0 ? (
        <p>{W.noNotes[lang]}</p>
      ) : (
        <ul>
          {lines.map((l) => (
            <li key={l}>{l}</li>
          ))}
        </ul>
      )}
    </aside>
  );
}

interface ControlsProps {
  lang: Lang;
  paused: boolean;
  interval: number;
  onPrev: () => void;
  onNext: () => void;
  onPause: () => void;
  onNotes: () => void;
  onFullscreen: () => void;
  /** More of the bar: printing, the slide deck. */
  children?: ReactNode;
}

function Controls({
  lang,
  paused,
  interval,
  onPrev,
  onNext,
  onPause,
  onNotes,
  onFullscreen,
  children,
}: ControlsProps) {
  return (
    <nav className="present-controls" aria-label={W.keysHelp[lang]}>
      <button type="button" className="btn" onClick={onPrev} data-action="prev">
        ← {W.prev[lang]}
      </button>
      <button type="button" className="btn" onClick={onNext} data-action="next">
        {W.next[lang]} →
      </button>
      <label>
        {W.interval[lang]}{' '}
        <select
          value={interval}
          data-action="interval"
          onChange={(e) => setPresent({ interval: Number(e.target.value) })}
        >
          {PRESENT_INTERVALS.map((s) => (
            <option key={s} value={s}>
              {s === 0 ? W.off[lang] : fill(W.seconds[lang], { s })}
            </option>
          ))}
        </select>
      </label>
      {interval > 0 && (
        <button
          type="button"
          className="btn"
          aria-pressed={paused}
          onClick={onPause}
          data-action="pause"
        >
          {paused ? W.resume[lang] : W.pause[lang]}
        </button>
      )}
      <button type="button" className="btn" onClick={onNotes} data-action="notes">
        {W.notesKey[lang]}
      </button>
      <button type="button" className="btn" onClick={onFullscreen} data-action="fullscreen">
        {W.fullscreen[lang]}
      </button>
      {children}
      <button type="button" className="btn" onClick={leavePresent} data-action="exit">
        {W.exit[lang]}
      </button>
    </nav>
  );
}
