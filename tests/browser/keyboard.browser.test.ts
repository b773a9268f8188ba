import type { Download, Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { chartsDrawn, describeBrowser, panelsSettled, useApp } from '../support/browser-env';
import { search } from '../support/pages';

/**
 * A keyboard-only reader: from the top of the page, with Tab, Shift+Tab, Enter, Space and the
 * arrow keys only, sets the year range, a category, a province and the metric, then uses every
 * action of one panel. Focus must always be visible and never fall back to <body> after an action.
 */
const PANEL = 'crime-trend';

interface Focused {
  /** A short description: tag, data-action / data-value / data-filter, text. */
  what: string;
  body: boolean;
  /** A focus indicator: an outline or a box shadow. */
  visible: boolean;
  action: string | null;
  filter: string | null;
  value: string | null;
  panel: string | null;
  type: string | null;
}

function focused(page: Page): Promise<Focused> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body || el === document.documentElement)
      return {
        what: '<body>',
        body: true,
        visible: false,
        action: null,
        filter: null,
        value: null,
        panel: null,
        type: null,
      };
    const s = getComputedStyle(el);
    const outline = s.outlineStyle !== 'none' && Number.parseFloat(s.outlineWidth) > 0;
    const shadow = s.boxShadow !== 'none' && s.boxShadow !== '';
    const filter =
      el.getAttribute('data-filter') ??
      el.closest('[data-filter]')?.getAttribute('data-filter') ??
      null;
    return {
      what: `${el.tagName.toLowerCase()}${el.getAttribute('data-action') ? `[${el.getAttribute('data-action')}]` : ''}${filter ? `{${filter}}` : ''} “${(el.textContent ?? el.getAttribute('aria-label') ?? '').trim().slice(0, 30)}”`,
      body: false,
      visible: outline || shadow,
      action: el.getAttribute('data-action'),
      filter,
      value: el.getAttribute('data-value') ?? (el as HTMLInputElement).value ?? null,
      panel: el.closest('[data-panel]')?.getAttribute('data-panel') ?? null,
      type: el.getAttribute('type'),
    };
  });
}

describeBrowser('keyboard only', () => {
  const app = useApp();

  it('filters and every action of a panel, with focus always visible and never lost', async () => {
    const { page, context, pageErrors, consoleErrors } = await app.open('', {
      viewport: { width: 1280, height: 900 },
    });
    await panelsSettled(page);
    await chartsDrawn(page);
    // The clipboard is refused, as on an intranet browser without the permission: the fallback must show the text.
    await page.evaluate(() => {
      Object.defineProperty(navigator, 'clipboard', {
        value: { writeText: () => Promise.reject(new DOMException('denied', 'NotAllowedError')) },
      });
    });
    const problems: string[] = [];
    const trail: string[] = [];

    /**
     * Presses one key and checks where the focus went: after `until` (what the key opens) and,
     * for focus moved in a later frame, after up to a second.
     */
    const press = async (key: string, label = key, until?: () => Promise<unknown>) => {
      await page.keyboard.press(key);
      await until?.();
      let f = await focused(page);
      for (let i = 0; i < 10 && f.body; i++) {
        await page.waitForTimeout(100);
        f = await focused(page);
      }
      trail.push(`${label} → ${f.what}`);
      if (f.body) problems.push(`focus lost to <body> after ${label}`);
      else if (!f.visible) problems.push(`no visible focus on ${f.what} after ${label}`);
      return f;
    };
    /** Tabs forward until the focused element matches (at most `max` presses). */
    const tabTo = async (match: (f: Focused) => boolean, what: string, max = 80) => {
      for (let i = 0; i < max; i++) {
        const f = await press('Tab');
        if (match(f)) return f;
      }
      throw new Error(`Tab never reached ${what}; trail: ${trail.slice(-12).join(' | ')}`);
    };

    // From the top: the first Tab shows the skip link.
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    const first = await press('Tab', 'the first Tab');
    expect(first.what).toMatch(/^a /);

    // The year range: the start year with the arrow keys.
    await tabTo((f) => f.filter === 'from', 'the start-year select');
    await press('ArrowDown', 'ArrowDown on the start year');
    await press('ArrowDown', 'ArrowDown on the start year');
    await page.waitForURL(/from=\d{4}/);
    await tabTo((f) => f.filter === 'to', 'the end-year select');
    // Down through the end years to one that keeps the crime figures (2019) in range.
    for (let i = 0; i < 40 && Number((await focused(page)).value) < 2019; i++)
      await press('ArrowDown', 'ArrowDown on the end year');
    await page.waitForURL(/to=\d{4}/);
    // A category chip with Space, a province chip with Enter.
    const cat = await tabTo((f) => f.filter === 'cat', 'a category chip');
    await press('Space', 'Space on a category');
    await page.waitForURL(new RegExp(`cat=${cat.value}`));
    // Zhejiang: the crime figures are Huzhou's, so the panel keeps its chart and actions.
    const region = await tabTo(
      (f) => f.filter === 'region' && f.value === 'zhejiang',
      'the Zhejiang chip',
    );
    await press('Enter', 'Enter on a province');
    await page.waitForURL(new RegExp(`region=${region.value}`));
    // The metric: the radio group with an arrow key.
    await tabTo((f) => f.filter === 'metric', 'the metric radios');
    await press('ArrowRight', 'ArrowRight in the metric group');
    await page.waitForURL(/metric=/);
    expect(search(page)).toMatch(/from=\d{4}&to=\d{4}&cat=[a-z-]+&region=[a-z]+&metric=[a-z-]+/);
    await panelsSettled(page);
    await expect(page.locator(`[data-panel="${PANEL}"] [data-chart]`).count()).resolves.toBe(1);

    // The panel's actions, in order.
    const inPanel = (action: string) => (f: Focused) => f.panel === PANEL && f.action === action;
    await tabTo(inPanel('table'), `the ${PANEL} table toggle`);
    await press('Enter', 'Enter on the table toggle');
    await page.waitForSelector(`[data-panel="${PANEL}"] table.data-table`);
    await expect(
      page.locator(`[data-panel="${PANEL}"] [data-action="table"]`).getAttribute('aria-pressed'),
    ).resolves.toBe('true');

    const download = async (action: string, key: string): Promise<Download | null> => {
      await tabTo(inPanel(action), `the ${action} button`, 3);
      const event = page.waitForEvent('download', { timeout: 6000 }).catch(() => null);
      await press(key, `${key} on ${action}`);
      const file = await event;
      if (!file) problems.push(`${action.toUpperCase()}: no download after ${key}`);
      return file;
    };
    const png = await download('png', 'Enter');
    const svg = await download('svg', 'Space');
    const csv = await download('csv', 'Enter');
    expect
      .soft([png, svg, csv].map((d) => d?.suggestedFilename() ?? null))
      .toEqual([`yrd-${PANEL}-zh.png`, `yrd-${PANEL}-zh.svg`, `yrd-${PANEL}-zh.csv`]);

    // Copy link and copy embed code, with the clipboard refused: the text is shown to copy by hand.
    const status = page.locator(`[data-panel="${PANEL}"] .copied[role="status"]`);
    await tabTo(inPanel('copy-link'), 'the copy-link button', 3);
    await press('Enter', 'Enter on copy link');
    await expect.poll(() => status.textContent()).toContain(`${new URL(page.url()).origin}/?`);
    expect(await status.textContent()).toContain(`#${PANEL}`);
    await tabTo(inPanel('copy-embed'), 'the copy-embed button', 3);
    await press('Space', 'Space on copy embed');
    await expect.poll(() => status.textContent()).toContain('<iframe');

    // Present this panel, then Esc back to the dashboard.
    await tabTo(inPanel('present'), 'the present-this button', 3);
    await press('Enter', 'Enter on present this', () =>
      page.waitForSelector(`[data-mode="present"] [data-slide="${PANEL}"]`),
    );
    const back = await press('Escape', 'Esc in present mode', () =>
      page.waitForSelector(`[data-panel="${PANEL}"] [data-action="present"]`),
    );
    if (!(back.panel === PANEL && back.action === 'present'))
      problems.push(`after Esc the focus is on ${back.what}, not on the present-this button`);

    // Back to the table toggle and the chart again: Shift+Tab from the present button or, when
    // the focus was lost, Tab from the top of the page as a keyboard user would have to.
    if (back.body) await tabTo(inPanel('table'), `the ${PANEL} table toggle, from the top`);
    else
      for (let i = 0; i < 8; i++) {
        const f = await press('Shift+Tab');
        if (f.panel === PANEL && f.action === 'table') break;
      }
    const toggle = await focused(page);
    expect(toggle.panel === PANEL && toggle.action === 'table', trail.join('\n')).toBe(true);
    const toggleButton = page.locator(`[data-panel="${PANEL}"] [data-action="table"]`);
    const pressed = await toggleButton.getAttribute('aria-pressed');
    await press('Enter', 'Enter on the table toggle');
    await expect
      .poll(() => toggleButton.getAttribute('aria-pressed'))
      .toBe(pressed === 'true' ? 'false' : 'true');

    expect(problems, trail.join('\n')).toEqual([]);
    expect({ pageErrors, consoleErrors }).toEqual({ pageErrors: [], consoleErrors: [] });
    await context.close();
  });
});
