// The show's slides, apart from how present mode steps, keys and fits them (slides.ts): the page's
// entry checks a link's slide against this list before present mode's own code has loaded.
import type { PresentState } from '../../filters/link-keys';
import { type ParamNotice, unknownIn } from '../../filters/url';
import { PANELS, type PanelEntry } from '../panel-registry';

export type Slide = { id: 'title' } | { id: string; panel: PanelEntry } | { id: 'sources' };

/** The deck: a title slide, one slide per panel in reading order, a closing slide with the sources. */
export const SLIDES: readonly Slide[] = [
  { id: 'title' },
  ...PANELS.map((panel) => ({ id: panel.id, panel })),
  { id: 'sources' },
];

/**
 * The present state with its slide checked against the show: a name no slide has is dropped (the
 * show opens on its first slide) and named in a notice with the names there are.
 */
export function knownSlide(present: PresentState, notices: ParamNotice[]): PresentState {
  const notice = unknownIn(
    'slide',
    present.slide,
    SLIDES.map((s) => s.id),
  );
  if (!notice) return present;
  notices.push(notice);
  return { ...present, slide: undefined };
}
