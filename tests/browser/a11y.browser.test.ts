import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { chartsDrawn, describeBrowser, panelsSettled, useApp } from '../support/browser-env';
import { PANEL_IDS } from '../support/panel-ids';

/**
 * axe (WCAG 2.1 A and AA) on the states a reader meets beyond the first screen: every table view
 * open in both themes and both languages, a timeline event opened in detail, a panel's error
 * state, and the notice about a link's unusable parts.
 */
async function violations(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    // Only the violations are reported in detail: much faster on a page of every panel's table open.
    .options({ resultTypes: ['violations'] })
    .analyze();
  return result.violations.map(
    (v) =>
      `${v.id} (${v.impact}): ${v.nodes
        .slice(0, 5)
        .map((n) => `${n.target.join(' ')} — ${n.failureSummary?.split('\n')[1]?.trim() ?? ''}`)
        .join('; ')}${v.nodes.length > 5 ? ` … +${v.nodes.length - 5}` : ''}`,
  );
}

/** Waits until the document shows the language and theme, and no transition is still running. */
async function settled(page: Page, lang: 'zh' | 'en', theme: 'light' | 'dark', charts = true) {
  await page.waitForFunction(
    ([l, t]) =>
      document.documentElement.lang.startsWith(l as string) &&
      document.documentElement.dataset.theme === t &&
      document.getAnimations().every((a) => a.playState !== 'running'),
    [lang, theme] as const,
  );
  if (charts) await chartsDrawn(page);
}

describeBrowser('accessibility (axe, WCAG 2.1 A/AA) beyond the first screen', () => {
  /** When true the server answers governance.json with a broken file. */
  let breakGovernance = false;
  const app = useApp({
    intercept: (_req, res, path) => {
      if (!breakGovernance || path !== 'data/governance.json') return false;
      res.writeHead(200, { 'Content-Type': 'application/json' }).end('{"dataset": "governance"');
      return true;
    },
  });

  it('every table view open, in both themes and both languages', async () => {
    breakGovernance = false;
    const { page, context, pageErrors } = await app.open();
    await panelsSettled(page);
    await chartsDrawn(page);
    const buttons = page.locator('[data-panel] [data-action="table"]');
    const n = await buttons.count();
    // One table view per panel.
    expect(n).toBe(PANEL_IDS.length);
    for (let i = 0; i < n; i++) await buttons.nth(i).click();
    await expect(page.locator('[data-panel] table.data-table').count()).resolves.toBe(
      PANEL_IDS.length,
    );

    const found: Record<string, string[]> = {};
    found['zh light'] = await violations(page);
    await page.click('[data-action="theme"]');
    await settled(page, 'zh', 'dark', false);
    found['zh dark'] = await violations(page);
    await page.click('[data-action="lang"]');
    await settled(page, 'en', 'dark', false);
    found['en dark'] = await violations(page);
    await page.click('[data-action="theme"]');
    await settled(page, 'en', 'light', false);
    found['en light'] = await violations(page);
    // The tables stayed open through the switches.
    await expect(page.locator('[data-panel] table.data-table').count()).resolves.toBe(
      PANEL_IDS.length,
    );
    expect(found).toEqual({ 'zh light': [], 'zh dark': [], 'en dark': [], 'en light': [] });
    expect(pageErrors).toEqual([]);
    await context.close();
  }, 180_000); // four full-page axe runs; two browser files share the 2 cores

  it('a timeline event in detail, a panel error and the link notice, in zh light and en dark', async () => {
    breakGovernance = true;
    const link = `?event=leading-group-founded&foo=${encodeURIComponent('<b>x</b>')}&from=1800`;
    const { page, context } = await app.open(link);
    await panelsSettled(page);
    await page.waitForSelector('.tl-detail[data-event="leading-group-founded"]');
    await page.waitForSelector('[data-panel="governance"][data-status="error"] [role="alert"]');
    await page.waitForSelector('[data-notice="url"]');
    await settled(page, 'zh', 'light');
    const found: Record<string, string[]> = { 'zh light': await violations(page) };
    await page.click('[data-action="theme"]');
    await page.click('[data-action="lang"]');
    await settled(page, 'en', 'dark');
    // The three states are still there after the switches.
    for (const selector of [
      '.tl-detail',
      '[data-panel="governance"] [role="alert"]',
      '[data-notice="url"]',
    ])
      await expect(page.locator(selector).count()).resolves.toBe(1);
    found['en dark'] = await violations(page);
    expect(found).toEqual({ 'zh light': [], 'en dark': [] });
    breakGovernance = false;
    await context.close();
  });
});
