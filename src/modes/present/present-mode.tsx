import { type MouseEvent, useCallback, useEffect, useRef, useState } from 'react';
import { presentOpened } from '../../components/focus-return';
import { Notices } from '../../components/notices';
import { useUi } from '../../components/use-ui';
import { leavePresent } from '../../filters/store';
import { fill } from '../../i18n/format';
import { PRESENT_WORDS as W } from '../../i18n/present';
import { DeckButton } from '../deck/deck-button';
import { PopupBlocked, PresenterConsole } from './console';
import { CONSOLE_WINDOW } from './console-link';
import { Controls } from './controls';
import { showLink, showSlide, stepSlides, toggleFullscreen } from './present-actions';
import { PrintControls, PrintDeck, usePrintDeck } from './print-deck';
import { SlideView } from './slide-view';
import { barRoom, fitStage, SLIDES, STAGE } from './slides';
import { SpeakerNotes, scrollNotes } from './speaker-notes';
import { useAutoAdvance } from './use-auto-advance';
import { usePresentLink } from './use-console-link';
import { useIdle } from './use-idle';
import { useNotes } from './use-notes';
import { usePresentKeys } from './use-present-keys';
import { useShow } from './use-show';
import './present.css';
import { useKnownSentence } from '../use-known-sentence';

/**
 * Present mode: the projector's window, or (`console=1`) the presenter console that the projector
 * opened in a second window.
 */
export default function PresentMode() {
  const isConsole = useUi((s) => s.present.console);
  return isConsole ? <PresenterConsole /> : <Projector />;
}

/**
 * The dashboard as a slide show for a projector: one panel per slide on a fixed 16:9 stage scaled
 * to the screen, clicker keys, full screen, speaker notes with the source sentences, an
 * auto-advance that can loop for hours (only the slide on screen is mounted, so its charts are
 * disposed when it leaves), and the presenter console (S), which it keeps on its slide.
 */
function Projector() {
  useKnownSentence();
  const { lang, theme, present, index, slide } = useShow();
  const notes = useNotes();
  const [paused, setPaused] = useState(false);
  const togglePause = useCallback(() => setPaused((v) => !v), []);
  const [popupBlocked, setPopupBlocked] = useState(false);
  const idle = useIdle();
  const rootRef = useRef<HTMLDivElement>(null);
  const stageRef = useRef<HTMLDivElement>(null);
  const notesRef = useRef<HTMLElement>(null);
  const scrollShownNotes = useCallback((by: -1 | 1) => scrollNotes(notesRef.current, by), []);

  const { remaining, touch } = useAutoAdvance(present.interval, paused, () => stepSlides(1));

  // The console's keys and clicks arrive as messages; it is told every change of slide or pause.
  const { connected, send, open } = usePresentLink('projector', (message) => {
    switch (message.kind) {
      case 'hello':
        return sendState();
      case 'step':
        touch();
        return stepSlides(message.by);
      case 'go':
        touch();
        return showSlide(message.slide);
      case 'pause':
        return togglePause();
    }
  });
  const sendState = useCallback(
    () => send({ kind: 'state', slide: index, paused, interval: present.interval }),
    [send, index, paused, present.interval],
  );
  useEffect(() => {
    if (connected) sendState();
  }, [connected, sendState]);

  const openConsole = useCallback(() => {
    const result = open(showLink(true), CONSOLE_WINDOW);
    setPopupBlocked(result === 'blocked');
    if (result === 'focused') sendState();
  }, [open, sendState]);

  // The stage keeps 16:9 whatever the screen: scaled and centred, letterboxed on 4:3. Where the
  // control bar reaches over the stage (no letterbox below it: 16:9, 1440×900), the slide keeps
  // that strip free (--bar-room), whether the bar is shown or hidden, so nothing moves.
  useEffect(() => {
    const fitToScreen = () => {
      const el = stageRef.current;
      if (!el) return;
      const { scale, left, top } = fitStage(window.innerWidth, window.innerHeight);
      el.style.transform = `translate(${left}px, ${top}px) scale(${scale})`;
      const bar = rootRef.current?.querySelector('.present-controls');
      const room = bar
        ? barRoom(top + STAGE.height * scale, bar.getBoundingClientRect().top, scale)
        : 0;
      el.style.setProperty('--bar-room', `${room}px`);
    };
    fitToScreen();
    window.addEventListener('resize', fitToScreen);
    // The bar's height changes when it wraps or gains its Pause button.
    const bar = rootRef.current?.querySelector('.present-controls');
    const observer = new ResizeObserver(fitToScreen);
    if (bar) observer.observe(bar);
    return () => {
      window.removeEventListener('resize', fitToScreen);
      observer.disconnect();
    };
  }, []);

  const fullscreen = useCallback(() => toggleFullscreen(rootRef.current), []);

  usePresentKeys({
    go: showSlide,
    step: stepSlides,
    touch,
    toggleFullscreen: fullscreen,
    togglePause,
    toggleNotes: notes.toggle,
    scrollNotes: scrollShownNotes,
    openConsole,
    leave: leavePresent,
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
    if (x > 2 / 3) stepSlides(1);
    else if (x < 1 / 3) stepSlides(-1);
  };

  const printDeck = usePrintDeck();
  // Focus moves into the deck, so keys and screen readers start here, not on a removed button;
  // leaving gives it back to the button that opened the show (or the Present button).
  useEffect(() => {
    presentOpened();
    rootRef.current?.focus();
  }, []);

  return (
    <div
      ref={rootRef}
      tabIndex={-1}
      className={`present-root projector-${theme}${idle ? ' idle' : ''}`}
      data-mode="present"
      data-role="projector"
      data-console={connected ? 'connected' : 'none'}
    >
      {printDeck.printing && (
        <PrintDeck lang={lang} handout={printDeck.handout} onDone={printDeck.done} />
      )}
      {/* biome-ignore lint/a11y/useKeyWithClickEvents: the keyboard has its own, richer bindings (window keydown) */}
      {/* biome-ignore lint/a11y/noStaticElementInteractions: clicking a third of the stage is a pointer shortcut */}
      <div ref={stageRef} className="stage" data-stage onClick={onStageClick}>
        <SlideView
          key={slide.id}
          slide={slide}
          index={index}
          lang={lang}
          reportNotes={notes.reportNotes}
        />
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
        {notes.shown && (
          <SpeakerNotes key={slide.id} lang={lang} lines={notes.lines} boxRef={notesRef} />
        )}
      </div>
      <div className="present-notices">
        <Notices />
        {popupBlocked && <PopupBlocked lang={lang} onDismiss={() => setPopupBlocked(false)} />}
      </div>
      <Controls
        lang={lang}
        paused={paused}
        interval={present.interval}
        onPrev={() => stepSlides(-1)}
        onNext={() => stepSlides(1)}
        onPause={togglePause}
        onNotes={notes.toggle}
        onFullscreen={fullscreen}
        onConsole={openConsole}
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
