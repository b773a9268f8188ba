import { DATASET_FILES, PANELS } from '../../src/modes/panel-registry';

// What the tests know of the panels, all read from the registry (src/modes/panel-registry.tsx):
// no test writes out the list of panels, their slides or their data files, or counts them, so a
// new panel (or one taken away) needs no edit here or in any test that reads these.

/** Every panel's id in reading order, as the registry lists them. */
export const PANEL_IDS: string[] = PANELS.map((p) => p.id);

/** Whether the registry has this panel: a test of one panel's own behaviour runs only while it is there
 *  (removing a panel removes its tests with it, with no other edit). */
export const hasPanel = (id: string): boolean => PANEL_IDS.includes(id);

/** Every panel's meta (id, names, data file, view keys, heights), in reading order. */
export const PANELS_META = PANELS.map((p) => p.meta);

/** The data files the panels draw, in the panels' order (what the page asks for; check-data checks). */
export const PANEL_FILES: readonly string[] = DATASET_FILES;

/** The panel that draws each data file. */
export const PANEL_OF_FILE: Readonly<Record<string, string>> = Object.fromEntries(
  PANELS.map((p) => [p.meta.dataset, p.id]),
);

/** The show's slide ids: the title, one per panel in reading order, the sources. */
export const SLIDE_IDS: readonly string[] = ['title', ...PANEL_IDS, 'sources'];

/** Present mode's "n / m" counter for the slide with this id. */
export function slideCounter(id: string): string {
  return `${SLIDE_IDS.indexOf(id) + 1} / ${SLIDE_IDS.length}`;
}
