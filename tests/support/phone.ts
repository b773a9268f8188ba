// Measures of the phone layout (issue 21), shared by the current Chromium's test
// (tests/browser/phone.browser.test.ts) and Chromium 86's (tests/old/phone.old.test.ts). Every
// function run in the page uses plain DOM calls: Chromium 86 has no checkVisibility, which
// Playwright's locators need.
import type { Page } from 'playwright-core';

/** The phones the issue names, portrait. */
export const PHONES = [
  { width: 390, height: 844 },
  { width: 360, height: 780 },
] as const;

/** The smallest hit area a control may have on a phone (WCAG 2.5.5, Apple HIG), in CSS px. */
export const MIN_TARGET = 44;
/** The smallest text a chart may draw at 360 px, in CSS px. */
export const MIN_CHART_TEXT = 11;

/**
 * Run in the page: the first panel has its finding and its chart drawn (live, or as baked into the
 * page), and the app has taken the page over (a baked page's controls answer once it is hydrated).
 */
export function firstPanelReadyInPage(): boolean {
  const p = document.querySelector('[data-panel]');
  return (
    (!document.getElementById('yrd-bake') ||
      ['hydrated', 'replaced', 'live'].includes(document.documentElement.dataset.baked ?? '')) &&
    p?.getAttribute('data-status') === 'success' &&
    (p.querySelector('[data-chart]')?.getAttribute('data-chart-state') === 'finished' ||
      [...p.querySelectorAll('[data-chart] .chart-baked > svg')].some(
        (s) => s.getClientRects().length > 0,
      ))
  );
}

export interface PhoneMeasures {
  innerWidth: number;
  innerHeight: number;
  scrollWidth: number;
  /** The first panel's finding (its h2), in viewport px at scroll 0. */
  finding: { top: number; bottom: number; text: string };
  /** The first chart's top edge, from the top of the page. */
  chartTop: number;
  /** How much height the controls above the finding take (the union of their rows). */
  controlsAbove: number;
  /** Visible controls whose hit area is under MIN_TARGET on a side: what, width × height. */
  small: string[];
  /** Text drawn by the charts under MIN_CHART_TEXT: chart, text, size. */
  tinyText: string[];
}

/** Run in the page (scrolled to the top) once the first panel has its finding and chart. */
export function measurePhone(limits: { target: number; text: number }): PhoneMeasures {
  const visible = (el: Element) => {
    const r = el.getBoundingClientRect();
    if (r.width === 0 || r.height === 0) return false;
    if (r.right <= 0 || r.bottom + window.scrollY <= 0) return false; // the skip link, off screen
    const style = getComputedStyle(el);
    return style.visibility !== 'hidden' && style.opacity !== '0';
  };
  // A control's hit area: a radio or checkbox is hit through its label.
  const area = (el: Element) => {
    const label = el.closest('label');
    return (label ?? el).getBoundingClientRect();
  };
  const controls = [
    ...document.querySelectorAll(
      'button, select, summary, input, a[href], [role="button"], [role="menuitem"], [tabindex="0"]',
    ),
  ].filter((el) => visible(el) && !el.closest('[inert], [aria-hidden="true"]'));
  // WCAG 2.5.5's inline exception: a link inside a sentence.
  const inline = (el: Element) =>
    el.tagName === 'A' && getComputedStyle(el).display === 'inline' && !!el.closest('p, li, q');
  const describe = (el: Element) =>
    `${el.tagName.toLowerCase()}${el.getAttribute('data-action') ? `[${el.getAttribute('data-action')}]` : ''} “${(el.textContent ?? '').trim().slice(0, 24)}”`;
  const small = controls
    .filter((el) => !inline(el))
    .map((el) => ({ el, r: area(el) }))
    .filter(({ r }) => r.width < limits.target - 0.5 || r.height < limits.target - 0.5)
    .map(({ el, r }) => `${describe(el)} ${r.width.toFixed(1)}×${r.height.toFixed(1)}`);

  const panel = document.querySelector('[data-panel]');
  const h2 = panel?.querySelector('h2');
  const f = h2?.getBoundingClientRect();
  const chart = panel?.querySelector('[data-chart]')?.getBoundingClientRect();
  // The rows of controls above the finding: their vertical extents, merged.
  const spans = controls
    .map((el) => el.getBoundingClientRect())
    .filter((r) => f && r.bottom <= f.top + 0.5)
    .map((r) => [r.top, r.bottom] as [number, number])
    .sort((a, b) => a[0] - b[0]);
  let controlsAbove = 0;
  let end = Number.NEGATIVE_INFINITY;
  for (const [top, bottom] of spans) {
    if (bottom <= end) continue;
    controlsAbove += bottom - Math.max(top, end);
    end = bottom;
  }

  const tinyText: string[] = [];
  for (const c of document.querySelectorAll('[data-chart]')) {
    for (const t of c.querySelectorAll('svg text')) {
      const size = Number.parseFloat(getComputedStyle(t).fontSize);
      if (size < limits.text && (t.textContent ?? '').trim())
        tinyText.push(`${c.getAttribute('data-chart')} “${t.textContent}” ${size}px`);
    }
  }
  return {
    innerWidth: window.innerWidth,
    innerHeight: window.innerHeight,
    scrollWidth: document.documentElement.scrollWidth,
    finding: { top: f?.top ?? -1, bottom: f?.bottom ?? -1, text: h2?.textContent ?? '' },
    chartTop: chart ? chart.top + window.scrollY : -1,
    controlsAbove,
    small,
    tinyText,
  };
}

/** The centre of the first visible element matching `selector`, in viewport px (scrolled into view). */
export function centreOf(selector: string): { x: number; y: number } | undefined {
  const el = [...document.querySelectorAll(selector)].find(
    (e) => e.getBoundingClientRect().width > 0,
  );
  if (!el) return undefined;
  el.scrollIntoView({ block: 'center' });
  const r = el.getBoundingClientRect();
  return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
}

/** Taps the first visible element matching `selector` with the touchscreen (no locator). */
export async function tap(page: Page, selector: string) {
  const at = await page.evaluate(centreOf, selector);
  if (!at) throw new Error(`nothing visible to tap: ${selector}`);
  await page.touchscreen.tap(at.x, at.y);
}

/**
 * Taps `selector` and watches it for 500 ms, every frame: how far its box moved on the screen
 * (the largest change of its top or left), 0 when nothing moved under the finger.
 */
export async function tapAndWatch(page: Page, selector: string): Promise<number> {
  const at = await page.evaluate(centreOf, selector);
  if (!at) throw new Error(`nothing visible to tap: ${selector}`);
  const watching = page.evaluate((sel) => {
    const el = [...document.querySelectorAll(sel)].find((e) => e.getBoundingClientRect().width > 0);
    if (!el) return Promise.resolve(Number.POSITIVE_INFINITY);
    const start = el.getBoundingClientRect();
    let moved = 0;
    const t0 = performance.now();
    return new Promise<number>((resolve) => {
      const frame = () => {
        const r = el.getBoundingClientRect();
        if (el.isConnected && r.width > 0)
          moved = Math.max(moved, Math.abs(r.top - start.top), Math.abs(r.left - start.left));
        if (performance.now() - t0 < 500) requestAnimationFrame(frame);
        else resolve(moved);
      };
      requestAnimationFrame(frame);
    });
  }, selector);
  await page.touchscreen.tap(at.x, at.y);
  return watching;
}
