import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { describeBrowser, useApp } from '../support/browser-env';
import { pdfPages, pdfToPngs } from '../support/office';
import { panelSentences, ready } from '../support/pages';
import { PANEL_IDS } from '../support/panel-ids';

const ARTIFACTS = 'tests/artifacts/print';
const SLIDE_COUNT = PANEL_IDS.length + 2;
const squash = (s: string) => s.replace(/\s+/g, '');

/** window.print() asked for, not opened: the test prints the page to PDF itself. */
function stubPrint() {
  (window as unknown as { __printAsked: number }).__printAsked = 0;
  window.print = () => {
    (window as unknown as { __printAsked: number }).__printAsked++;
  };
}

async function printToPdf(page: Page, name: string): Promise<string[]> {
  const file = join(ARTIFACTS, `${name}.pdf`);
  writeFileSync(file, await page.pdf({ preferCSSPageSize: true, printBackground: true }));
  pdfToPngs(file, ARTIFACTS, name, 40);
  return pdfPages(file);
}

describeBrowser('printing', () => {
  const app = useApp();
  rmSync(ARTIFACTS, { recursive: true, force: true });
  mkdirSync(ARTIFACTS, { recursive: true });

  it.each([
    ['slides', false],
    ['handout', true],
  ])(
    'present mode prints the %s: one slide per landscape page, as shown, with its source line',
    async (name, handout) => {
      const dash = await app.open();
      await ready(dash.page);
      const sentences = await panelSentences(dash.page);
      const titles = await dash.page.locator('[data-panel] h2').allTextContents();
      await dash.context.close();

      const { page, context, pageErrors, consoleErrors, cspViolations } = await app.open(
        '?mode=present',
        { initScript: stubPrint },
      );
      await page.locator('[data-action="print"]').waitFor();
      if (handout) await page.locator('[data-action="handout"]').check();
      await page.locator('[data-action="print"]').click();
      await page.waitForFunction(
        () => (window as unknown as { __printAsked: number }).__printAsked > 0,
        null,
        {
          timeout: 30_000,
        },
      );
      // Printed once every slide's charts had drawn.
      const states = await page
        .locator('[data-print-deck] [data-chart]')
        .evaluateAll((els) => els.map((e) => e.getAttribute('data-chart-state')));
      expect(states.length).toBeGreaterThanOrEqual(PANEL_IDS.length);
      expect(states.every((s) => s === 'finished')).toBe(true);
      // Notes under each slide for the handout only.
      await expect(page.locator('[data-print-notes]').count()).resolves.toBe(
        handout ? SLIDE_COUNT : 0,
      );
      const pages = await printToPdf(page, `present-${name}`);
      expect(pages.length).toBe(SLIDE_COUNT);
      for (const [i, id] of PANEL_IDS.entries()) {
        const text = squash(pages[i + 1] ?? '');
        expect(text, id).toContain(squash(titles[i] ?? ''));
        expect(text, id).toContain('来源:');
        expect(text, id).toContain(`第${i + 2}/${SLIDE_COUNT}页`);
        // The handout carries the slide's speaker notes: its verbatim sentences.
        for (const s of sentences[id] ?? [])
          if (handout) expect(text, `${id}: ${s}`).toContain(squash(s).slice(0, 20));
      }
      // The print deck leaves with the print's afterprint; the slide on screen is still there.
      await expect(page.locator('[data-print-deck]').count()).resolves.toBe(0);
      await expect(page.locator('.stage [data-slide="title"]').count()).resolves.toBe(1);
      expect({ pageErrors, consoleErrors, cspViolations }).toEqual({
        pageErrors: [],
        consoleErrors: [],
        cspViolations: [],
      });
      await context.close();
    },
    90_000,
  );

  it('the printed dashboard shows every panel’s sentences, and the page closes them again after', async () => {
    const { page, context } = await app.open();
    await ready(page);
    const sentences = await panelSentences(page);
    const pages = await printToPdf(page, 'dashboard');
    const text = squash(pages.join(''));
    for (const id of PANEL_IDS) {
      expect(sentences[id]?.length, id).toBeGreaterThan(0);
      for (const s of sentences[id] ?? [])
        expect(text, `${id}: ${s}`).toContain(squash(s).slice(0, 20));
    }
    await expect(page.locator('.panel-source details[open]').count()).resolves.toBe(0);
    await context.close();
  });
});
