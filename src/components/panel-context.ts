import { createContext, useContext, useEffect } from 'react';
import type { ReportId } from '../data/reports';

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

/** A line of speaker notes; a source sentence carries where it stands (the console opens it in its report). */
export interface NoteLine {
  text: string;
  cite?: { report: ReportId; sentence: string };
}

/** Collects the speaker notes of the slide on screen: each part (frame, chart) reports its lines. */
export type NotesReporter = (key: string, lines: readonly NoteLine[] | undefined) => void;
export const SlideNotesContext = createContext<NotesReporter | null>(null);

/** Reports lines to the speaker notes while mounted on a slide; does nothing elsewhere. */
export function useSlideNotes(key: string, lines: readonly (string | NoteLine)[] | undefined) {
  const report = useContext(SlideNotesContext);
  // By value: a new array of the same lines reports nothing new.
  const json = lines && JSON.stringify(lines.map((l) => (typeof l === 'string' ? { text: l } : l)));
  useEffect(() => {
    if (!report) return;
    report(key, json === undefined ? undefined : (JSON.parse(json) as NoteLine[]));
    return () => report(key, undefined);
  }, [report, key, json]);
}
