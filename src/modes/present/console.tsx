import {
  type HTMLAttributes,
  type ReactNode,
  useCallback,
  useEffect,
  useRef,
  useState,
} from 'react';
import { Notices } from '../../components/notices';
import { useUi } from '../../components/use-ui';
import { fill } from '../../i18n/format';
import type { Lang } from '../../i18n/lang';
import { t } from '../../i18n/messages';
import { PRESENT_WORDS as W } from '../../i18n/present';
import { ConsoleClock, useStopwatch } from './console-clock';
import { type ConsoleCommand, PROJECTOR_WINDOW } from './console-link';
import { NotesList } from './notes-list';
import { showLink, showSlide, stepSlides, toggleFullscreen } from './present-actions';
import { SlidePreview } from './slide-preview';
import { SLIDES, stepSlide } from './slides';
import { usePresentLink } from './use-console-link';
import { useNoteReader } from './use-note-reader';
import { useNotes } from './use-notes';
import { usePresentKeys } from './use-present-keys';
import { useShow } from './use-show';
import './console.css';
import { useKnownSentence } from '../use-known-sentence';

const nothing = () => {};

/**
 * The presenter console, in the window the projector opened (`console=1`): the current slide,
 * live, and the next one, both drawn small; the speaker notes; the elapsed time and the clock;
 * slide n of m; the keys; what its link asked for that could not be used. Its keys and buttons
 * drive the projector, which answers with its slide, so the two never disagree. Without a
 * projector (closed, or gone back to the dashboard) it says so, pages on its own, and can open
 * the show in a new window.
 */
export function PresenterConsole() {
  useKnownSentence();
  const { lang, theme, present, index, slide } = useShow();
  const nextIndex = stepSlide(index, 1);
  const next = (SLIDES[nextIndex] ?? SLIDES[0]) as (typeof SLIDES)[number];
  const notes = useNotes();
  const noteReader = useNoteReader(notes.lines, lang);
  // The projector's auto-advance, as it last said.
  const [show, setShow] = useState({ paused: false, interval: present.interval });
  const [popupBlocked, setPopupBlocked] = useState(false);
  // What the link asked for that could not be used is named here too, as on every page.
  const linkNotices = useUi((s) => s.notices.length > 0);
  const stopwatch = useStopwatch();
  const rootRef = useRef<HTMLDivElement>(null);

  const { connected, send, open } = usePresentLink('console', (message) => {
    if (message.kind === 'hello') send({ kind: 'hello' });
    else if (message.kind === 'state') {
      showSlide(message.slide);
      setShow({ paused: message.paused, interval: message.interval });
    }
  });

  // With a projector, a command goes there and its answer moves this window; without one, the
  // console pages on its own.
  const command = useCallback(
    (c: ConsoleCommand) => {
      if (send(c)) return;
      if (c.kind === 'step') stepSlides(c.by);
      else if (c.kind === 'go') showSlide(c.slide);
    },
    [send],
  );
  const go = useCallback((i: number) => command({ kind: 'go', slide: i }), [command]);
  const step = useCallback((by: -1 | 1) => command({ kind: 'step', by }), [command]);
  const togglePause = useCallback(() => command({ kind: 'pause' }), [command]);
  const fullscreen = useCallback(() => toggleFullscreen(rootRef.current), []);
  usePresentKeys({ go, step, touch: nothing, toggleFullscreen: fullscreen, togglePause });

  const reopen = () => {
    const result = open(showLink(false), PROJECTOR_WINDOW);
    setPopupBlocked(result === 'blocked');
  };

  // The talk begins with the first change of slide: the timer starts then, unless it was used.
  const firstSlide = useRef(slide.id);
  const { startIfFresh } = stopwatch;
  useEffect(() => {
    if (slide.id !== firstSlide.current) startIfFresh();
  }, [slide.id, startIfFresh]);

  // The console mounts after the app has set the page's title (present mode is a lazy chunk), so
  // this title stands: the presenter tells the two windows apart in the task bar.
  useEffect(() => {
    document.title = `${W.consoleTitle[lang]} · ${t(lang, 'appTitle')}`;
  }, [lang]);
  useEffect(() => {
    rootRef.current?.focus();
  }, []);

  const slideOf = fill(W.slideOf[lang], { n: index + 1, m: SLIDES.length });
  return (
    <div
      ref={rootRef}
      tabIndex={-1}
      className={`present-root console-root projector-${theme}`}
      data-mode="present"
      data-role="console"
      data-console-slide={slide.id}
      data-link={connected ? 'connected' : 'lost'}
    >
      <header className="console-bar">
        <h1>{W.consoleTitle[lang]}</h1>
        <p className="console-count" data-slide-count aria-live="polite">
          {slideOf}
        </p>
        <p className={`console-status${connected ? '' : ' lost'}`} data-link-status>
          {connected ? W.linked[lang] : W.lostTitle[lang]}
          {show.interval > 0 &&
            ` · ${fill(W.autoAdvance[lang], { s: show.interval })}${show.paused ? ` · ${W.paused[lang]}` : ''}`}
        </p>
      </header>
      {(!connected || popupBlocked || linkNotices) && (
        <div className="console-messages">
          <Notices />
          {!connected && <LostShow lang={lang} onReopen={reopen} />}
          {popupBlocked && <PopupBlocked lang={lang} onDismiss={() => setPopupBlocked(false)} />}
        </div>
      )}
      <div className="console-main">
        <section className="console-now" aria-label={W.currentSlide[lang]}>
          <h2 className="console-heading">{W.currentSlide[lang]}</h2>
          <SlidePreview
            which="current"
            slide={slide}
            index={index}
            lang={lang}
            reportNotes={notes.reportNotes}
          />
          <ConsoleClock lang={lang} stopwatch={stopwatch} />
          <nav className="console-controls" aria-label={W.consoleKeys[lang]}>
            <button type="button" className="btn" onClick={() => step(-1)} data-action="prev">
              ← {W.prev[lang]}
            </button>
            <button type="button" className="btn" onClick={() => step(1)} data-action="next">
              {W.next[lang]} →
            </button>
            {show.interval > 0 && (
              <button
                type="button"
                className="btn"
                aria-pressed={show.paused}
                onClick={togglePause}
                data-action="pause"
              >
                {show.paused ? W.resume[lang] : W.pause[lang]}
              </button>
            )}
            <button type="button" className="btn" onClick={fullscreen} data-action="fullscreen">
              {W.fullscreen[lang]}
            </button>
          </nav>
          <p className="console-keys">{W.consoleKeys[lang]}</p>
        </section>
        <section className="console-side">
          <h2 className="console-heading">
            {nextIndex === 0 ? W.nextWraps[lang] : W.nextSlide[lang]}
          </h2>
          <SlidePreview
            which="next"
            slide={next}
            index={nextIndex}
            lang={lang}
            reportNotes={null}
          />
          <section className="console-notes" aria-label={W.notes[lang]} data-console-notes>
            <h2 className="console-heading">{W.notes[lang]}</h2>
            <NotesList lang={lang} lines={notes.lines} onCite={noteReader.onCite} />
          </section>
        </section>
      </div>
      {noteReader.reader}
    </div>
  );
}

function LostShow({ lang, onReopen }: { lang: Lang; onReopen: () => void }) {
  return (
    <ShowNotice role="status" data-lost-show title={W.lostTitle[lang]} text={W.lost[lang]}>
      <button type="button" className="btn" onClick={onReopen} data-action="reopen">
        {W.reopen[lang]}
      </button>
    </ShowNotice>
  );
}

/** The browser refused the second window: what to change so that it opens. */
export function PopupBlocked({ lang, onDismiss }: { lang: Lang; onDismiss: () => void }) {
  return (
    <ShowNotice
      role="alert"
      data-popup-blocked
      title={W.popupBlockedTitle[lang]}
      text={W.popupBlocked[lang]}
    >
      <button type="button" className="btn" onClick={onDismiss}>
        {t(lang, 'dismiss')}
      </button>
    </ShowNotice>
  );
}

/** A message about the two windows: what happened, what to do, and the button that does it. */
function ShowNotice({
  title,
  text,
  children,
  ...attributes
}: { title: string; text: string; children: ReactNode } & HTMLAttributes<HTMLDivElement>) {
  return (
    <div className="notice" {...attributes}>
      <div>
        <p>{title}</p>
        <p className="notice-text">{text}</p>
      </div>
      {children}
    </div>
  );
}
