import { useCallback, useMemo, useState } from 'react';
import type { NoteLine } from '../../components/panel-context';

/**
 * The speaker notes of the slide on screen and whether they are shown. The slide's frame and
 * charts report their lines through `reportNotes` (SlideNotesContext) under a key each, `frame`
 * or `chart:<name>`; `lines` puts the frame's title first, then the charts', then the frame's
 * source sentences.
 */
export function useNotes() {
  const [shown, setShown] = useState(false);
  const toggle = useCallback(() => setShown((v) => !v), []);
  const [notes, setNotes] = useState<Record<string, readonly NoteLine[]>>({});
  const reportNotes = useCallback((key: string, lines: readonly NoteLine[] | undefined) => {
    setNotes((prev) => {
      const next = { ...prev };
      if (lines) next[key] = lines;
      else delete next[key];
      return next;
    });
  }, []);
  const lines = useMemo(() => {
    const frame = notes.frame ?? [];
    const charts = Object.entries(notes)
      .filter(([k]) => k.startsWith('chart:'))
      .flatMap(([, v]) => v);
    return [...frame.slice(0, 1), ...charts, ...frame.slice(1)];
  }, [notes]);
  return { shown, toggle, reportNotes, lines };
}
