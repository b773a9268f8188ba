import { type RefObject, useCallback, useLayoutEffect, useState } from 'react';
import type { NoteLine } from '../../components/panel-context';
import type { Lang } from '../../i18n/lang';
import { PRESENT_WORDS as W } from '../../i18n/present';
import { NotesList } from './notes-list';

/**
 * The speaker notes on the stage (N): most of the stage's height, scrolled with Shift+↓/↑ (see
 * scrollNotes) or, once focused (Tab, a click), with ↓/↑ like any scrolled box. While there is
 * more below, a line at the bottom says so and which key brings it. Give it `key={slide.id}`, so
 * a new slide's notes start at the top.
 */
export function SpeakerNotes({
  lang,
  lines,
  boxRef,
}: {
  lang: Lang;
  lines: readonly NoteLine[];
  boxRef: RefObject<HTMLElement | null>;
}) {
  const [more, setMore] = useState(false);
  const measure = useCallback(() => {
    const el = boxRef.current;
    if (el) setMore(el.scrollTop + el.clientHeight < el.scrollHeight - 1);
  }, [boxRef]);
  // The lines arrive as the slide's charts report them: measure again at each change.
  // biome-ignore lint/correctness/useExhaustiveDependencies: lines change what there is to scroll
  useLayoutEffect(measure, [measure, lines]);
  return (
    <aside
      ref={boxRef}
      className="slide-notes"
      aria-label={W.notes[lang]}
      data-notes
      data-more={more ? 'below' : undefined}
      // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolled box must be reachable by keyboard (axe: scrollable-region-focusable)
      tabIndex={0}
      onScroll={measure}
    >
      <h2>{W.notes[lang]}</h2>
      <NotesList lang={lang} lines={lines} />
      {more && (
        <p className="notes-more" aria-hidden="true" data-notes-more>
          ▼ {W.notesMore[lang]}
        </p>
      )}
    </aside>
  );
}

/** Scrolls the notes box by most of its height (a line of the last view stays in sight). */
export function scrollNotes(el: HTMLElement | null, by: -1 | 1): void {
  if (!el) return;
  el.scrollTop += by * Math.max(el.clientHeight - 48, 24);
}
