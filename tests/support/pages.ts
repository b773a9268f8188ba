import { AxeBuilder } from '@axe-core/playwright';
import type { Locator, Page } from 'playwright-core';
import { chartsDrawn, panelsSettled } from './browser-env';

/** The query string of a page's address (or of a URL), decoded: `?lang=en&region=zhejiang,anhui`. */
export function search(from: Page | URL | string): string {
  const url = typeof from === 'string' ? from : from instanceof URL ? from.href : from.url();
  return decodeURIComponent(new URL(url).search);
}

/** A locator of one panel's frame, by its id: `const panel = panelOf('governance')`. */
export function panelOf(id: string): (page: Page) => Locator {
  return (page) => page.locator(`[data-panel="${id}"]`);
}

/** Waits until no panel is loading and every chart has drawn. */
export async function ready(page: Page): Promise<void> {
  await panelsSettled(page);
  await chartsDrawn(page);
}

/** axe's WCAG 2.1 A/AA violations on the page, one line each: `rule: target, target`. */
export async function axeViolations(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  return result.violations.map(
    (v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
  );
}

/** Each panel on the page with its status, in page order: `[['crime-trend', 'success'], …]`. */
export function panelStatuses(page: Page): Promise<(string | null)[][]> {
  return page
    .locator('[data-panel]')
    .evaluateAll((els) =>
      els.map((e) => [e.getAttribute('data-panel'), e.getAttribute('data-status')]),
    );
}

/** Each panel's verbatim sentences as the page holds them (behind "show the sentences"), by panel id. */
export function panelSentences(page: Page): Promise<Record<string, string[]>> {
  return page.evaluate(() => {
    const out: Record<string, string[]> = {};
    for (const panel of document.querySelectorAll<HTMLElement>('[data-panel]'))
      out[panel.dataset.panel ?? ''] = [...panel.querySelectorAll('.panel-source li q')].map(
        (q) => q.textContent ?? '',
      );
    return out;
  });
}
