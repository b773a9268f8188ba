import type { PanelMeta } from '../panels/contract';

/**
 * Panels appended to the registry's list (panel-registry.tsx): none. The test build of
 * `vite build --mode fixture` replaces this module by tests/fixtures/sixth-panel/extra-panels.ts,
 * a throwaway sixth panel that checks the shell, present mode, the deck and the embed follow the
 * registry (tests/browser/sixth-panel.browser.test.ts).
 */
export const EXTRA_PANELS: readonly PanelMeta[] = [];
