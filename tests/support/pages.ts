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
  await domQuiet(page);
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

/**
 * Waits until the page's DOM has not changed for `quietMs` (at most `timeout`): axe reads a tree
 * it built at its start, and a chart drawn or a panel rendered while it runs left it judging nodes
 * already gone (a panel's footer read as the page's contentinfo, under load).
 */
export async function domQuiet(page: Page, quietMs = 300, timeout = 10_000): Promise<void> {
  await page.evaluate(
    ([quietMs, timeout]) =>
      new Promise<void>((done) => {
        const end = performance.now() + timeout;
        let timer = setTimeout(finish, quietMs);
        const observer = new MutationObserver(() => {
          clearTimeout(timer);
          timer = setTimeout(finish, Math.max(0, Math.min(quietMs, end - performance.now())));
        });
        function finish() {
          observer.disconnect();
          done();
        }
        observer.observe(document, { subtree: true, childList: true, attributes: true });
      }),
    [quietMs, timeout] as const,
  );
}
