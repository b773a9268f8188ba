import { createContext, useContext, useEffect } from 'react';

/** Where a chart is drawn: on the dashboard or on the fixed projector stage (stronger contrast). */
export const ProjectorContext = createContext(false);

export function useProjector(): boolean {
  return useContext(ProjectorContext);
}

/**
 * How the panel frame arranges a panel: a reflowing dashboard card, a fixed-stage slide (no
 * actions, notes go to the speaker notes), or an embed (optionally without actions).
 */
export type PanelLayout = 'dashboard' | 'slide' | 'embed' | 'embed-bare';
export const LayoutContext = createContext<PanelLayout>('dashboard');

export function usePanelLayout(): PanelLayout {
  return useContext(LayoutContext);
}

/** Collects the speaker notes of the slide on screen: each part (frame, chart) reports its lines. */
export type NotesReporter = (key: string, lines: readonly string[] | undefined) => void;
export const SlideNotesContext = createContext<NotesReporter | null>(null);

/** Reports lines to the speaker notes while mounted on a slide; does nothing elsewhere. */
export function useSlideNotes(key: string, lines: readonly string[] | undefined) {
  const report = useContext(SlideNotesContext);
  const joined = lines?.join('\n');
  useEffect(() => {
    if (!report) return;
    report(key, joined === undefined ? undefined : joined.split('\n'));
    return () => report(key, undefined);
  }, [report, key, joined]);
}
