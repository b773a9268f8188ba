import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { describeBrowser, useApp } from '../support/browser-env';
import { pdfInkExtents, pdfPages, pdfToPngs } from '../support/office';
import { panelSentences, ready } from '../support/pages';
import { hasPanel, PANEL_IDS } from '../support/panel-ids';

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
    // The headings are printed without their screen-only hints, which the screen still shows.
    for (const [, heading, hint] of (
      [
        ['timeline', '事件列表', '(点击查看详情与原文)'],
        ['migration', '率先推开网上迁移的城市', '(点击省份筛选)'],
      ] as const
    ).filter(([panel]) => hasPanel(panel))) {
      expect(text).toContain(squash(heading));
      expect(text).not.toContain(hint.slice(1, 7));
      await expect(page.getByRole('heading', { name: heading + hint }).count()).resolves.toBe(1);
    }
    await context.close();
  });

  const FILTERED = 'from=2019&region=zhejiang&cat=cold-cases';
  it.each([
    ['zh', '0', ''],
    ['zh', '10mm', ''],
    ['en', '0', '?lang=en'],
    ['en', '10mm', '?lang=en'],
    ['zh, filtered', '0', `?${FILTERED}`],
    ['zh, filtered', '10mm', `?${FILTERED}`],
    ['en, filtered', '0', `?lang=en&${FILTERED}`],
    ['en, filtered', '10mm', `?lang=en&${FILTERED}`],
  ])(
    'the A4 print in %s (margins %s): no page holds less than a fifth of a page',
    async (lang, margin, query) => {
      const { page, context } = await app.open(query);
      await ready(page);
      const name = `a4-${lang.replace(', ', '-')}-${margin}`;
      const file = join(ARTIFACTS, `${name}.pdf`);
      writeFileSync(
        file,
        await page.pdf({
          format: 'A4',
          margin: { top: margin, bottom: margin, left: margin, right: margin },
        }),
      );
      pdfToPngs(file, ARTIFACTS, name, 40);
      const used = pdfInkExtents(file, join(ARTIFACTS, 'ink'));
      expect(used.length).toBeGreaterThan(1);
      for (const [i, share] of used.entries())
        expect(share, `page ${i + 1}`).toBeGreaterThanOrEqual(0.2);
      await context.close();
    },
    90_000,
  );

  it('a filtered print names its filters under the title; screen instructions are not printed', async () => {
    const { page, context } = await app.open('?from=2019&region=zhejiang&cat=cold-cases');
    await ready(page);
    const pages = await printToPdf(page, 'filtered');
    expect(squash(pages[0] ?? '')).toContain(squash('筛选:2019年起 · 浙江 · 命积案侦破'));
    const all = pages.join('');
    for (const hint of ['查看原句(', '点击筛选', '点击可按']) expect(all).not.toContain(hint);
    // Unfiltered: no filter line.
    await page.goto(page.url().split('?')[0] ?? '');
    await ready(page);
    await expect(page.locator('[data-print-filters]').count()).resolves.toBe(0);
    await context.close();
  }, 90_000);

  it('the dark theme prints in the light palette: no text under 4.5:1 against the white page', async () => {
    const { page, context } = await app.open('?theme=dark');
    await ready(page);
    await page.emulateMedia({ media: 'print' });
    await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
    const low = await page.evaluate(() => {
      const rgb = (c: string) => (c.match(/[\d.]+/g) ?? []).slice(0, 3).map(Number);
      const lum = (c: string) => {
        const [r = 0, g = 0, b = 0] = rgb(c).map((v) => {
          const s = v / 255;
          return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
        });
        return 0.2126 * r + 0.7152 * g + 0.0722 * b;
      };
      // Paper is white: printed without background graphics, no background is behind any text.
      const ratio = (c: string) => 1.05 / (lum(c) + 0.05);
      const out: string[] = [];
      for (const el of document.querySelectorAll<HTMLElement>('main *')) {
        const own = [...el.childNodes].some((n) => n.nodeType === 3 && n.textContent?.trim());
        if (!own || el.closest('svg') || !el.getClientRects().length) continue;
        const r = ratio(getComputedStyle(el).color);
        if (r < 4.5)
          out.push(
            `${el.tagName}.${el.className}: ${r.toFixed(2)} "${el.textContent?.slice(0, 30)}"`,
          );
      }
      // Chart text: its fill against the white page, unless it sits on a mark (a label in a bar).
      for (const t of document.querySelectorAll<SVGTextElement>('[data-chart] svg text')) {
        const fill = t.getAttribute('fill') ?? getComputedStyle(t).fill;
        if (!fill || fill === 'none' || !t.getClientRects().length) continue;
        const box = t.getBoundingClientRect();
        const under = document
          .elementsFromPoint(box.x + box.width / 2, box.y + box.height / 2)
          .find(
            (e) =>
              e !== t &&
              e.closest('svg') &&
              e.tagName !== 'text' &&
              e.tagName !== 'svg' &&
              e.tagName !== 'g',
          );
        if (under?.getAttribute('fill') && under.getAttribute('fill') !== 'none') continue;
        const r = ratio(getComputedStyle(t).fill);
        if (r < 4.5) out.push(`svg text: ${r.toFixed(2)} "${t.textContent?.slice(0, 30)}"`);
      }
      return out;
    });
    expect(low).toEqual([]);
    await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
    await context.close();
  }, 90_000);
});
