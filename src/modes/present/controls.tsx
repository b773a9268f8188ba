import type { ReactNode } from 'react';
import { leavePresent, setPresent } from '../../filters/store';
import { PRESENT_INTERVALS } from '../../filters/url';
import { fill } from '../../i18n/format';
import type { Lang } from '../../i18n/lang';
import { PRESENT_WORDS as W } from '../../i18n/present';

export interface ControlsProps {
  lang: Lang;
  paused: boolean;
  interval: number;
  onPrev: () => void;
  onNext: () => void;
  onPause: () => void;
  onNotes: () => void;
  onFullscreen: () => void;
  /** Opens (or brings to the front) the presenter console. */
  onConsole: () => void;
  /** The bar's take-away controls, before the way out: printing, the slide deck. */
  children?: ReactNode;
}

/**
 * The projector's control bar (hidden with the pointer after 2 s still): back, next, the
 * auto-advance, notes, the presenter console, full screen and the way out. Each control is one
 * element with its `data-action`, in the order a presenter reaches for them; a new one goes in
 * as another button (or label) with its handler in the props.
 */
export function Controls({
  lang,
  paused,
  interval,
  onPrev,
  onNext,
  onPause,
  onNotes,
  onFullscreen,
  onConsole,
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
      <button type="button" className="btn" onClick={onConsole} data-action="console">
        {W.consoleButton[lang]}
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
