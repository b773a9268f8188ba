import type { Browser, BrowserContext, ElementHandle, Frame, Page } from 'playwright-core';
import { expect } from 'vitest';

/** The message embed.html posts to its host page with its height (public/embed.js listens). */
export const RESIZE = 'yrd-dashboard:resize';

export interface Watched {
  page: Page;
  context: BrowserContext;
  /** `origin directive blocked-uri`, from the page and from every frame in it. */
  cspViolations: string[];
  pageErrors: string[];
  consoleErrors: string[];
  /** Requests to any origin but the allowed ones (aborted). */
  foreignRequests: string[];
}

export interface WatchOptions {
  viewport?: { width: number; height: number };
  /** Runs after the watching is set up and before the page is opened (an init script of its own, say). */
  beforeGoto?: (page: Page) => Promise<unknown>;
}

/** A fresh page that lets requests reach only the given origins and records CSP violations in every frame. */
export async function openWatched(
  browser: Browser,
  url: string,
  origins: string[],
  { viewport = { width: 1280, height: 900 }, beforeGoto }: WatchOptions = {},
): Promise<Watched> {
  const context = await browser.newContext({ viewport, reducedMotion: 'reduce' });
  const page = await context.newPage();
  const w: Watched = {
    page,
    context,
    cspViolations: [],
    pageErrors: [],
    consoleErrors: [],
    foreignRequests: [],
  };
  await context.route('**/*', (route) => {
    const u = route.request().url();
    if (
      origins.some((o) => u.startsWith(`${o}/`)) ||
      u.startsWith('data:') ||
      u.startsWith('blob:')
    )
      return route.continue();
    w.foreignRequests.push(u);
    return route.abort();
  });
  page.on('pageerror', (e) => w.pageErrors.push(e.message));
  page.on('console', (m) => {
    if (m.type() === 'error') w.consoleErrors.push(m.text());
  });
  // Both run in every frame of the page, the cross-origin iframes included.
  await page.exposeFunction('__reportCsp', (v: string) => w.cspViolations.push(v));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      (window as unknown as { __reportCsp: (v: string) => void }).__reportCsp(
        `${location.origin} ${e.violatedDirective} ${e.blockedURI}`,
      );
    });
  });
  await beforeGoto?.(page);
  await page.goto(url);
  return w;
}

/**
 * Waits until the frame's panel has left loading and its charts (if any) have drawn. A chart draws
 * when it comes into view: one below the frame's fold is scrolled to, as a reader would.
 */
export async function settled(frame: Frame | Page, timeout = 20_000) {
  try {
    await frame.waitForFunction(
      () => {
        const panels = [...document.querySelectorAll('[data-panel]')];
        const charts = [...document.querySelectorAll('[data-chart]')];
        charts
          .find((c) => c.getAttribute('data-chart-state') !== 'finished')
          ?.scrollIntoView({ block: 'nearest' });
        return (
          panels.length > 0 &&
          panels.every((p) => p.getAttribute('data-status') !== 'pending') &&
          charts.every((c) => c.getAttribute('data-chart-state') === 'finished')
        );
      },
      undefined,
      { timeout },
    );
  } catch (e) {
    // What it was waiting for, so that a timeout in a long run says which panel or chart it was.
    const state = await frame
      .evaluate(() => ({
        url: location.href,
        panels: [...document.querySelectorAll('[data-panel]')].map(
          (p) => `${p.getAttribute('data-panel')}: ${p.getAttribute('data-status')}`,
        ),
        charts: [...document.querySelectorAll<HTMLElement>('[data-chart]')].map((c) => {
          const r = c.getBoundingClientRect();
          return `${c.getAttribute('data-chart')}: ${c.getAttribute('data-chart-state')} at ${Math.round(r.top)}, ${Math.round(r.width)}×${Math.round(r.height)}${c.hidden ? ' hidden' : ''}`;
        }),
        viewport: `${innerWidth}×${innerHeight}, scrolled ${Math.round(scrollY)}`,
      }))
      .catch((why: Error) => why.message);
    throw new Error(`not settled: ${JSON.stringify(state)}`, { cause: e });
  }
}

/** The frame of an iframe element. */
export async function frameOf(handle: ElementHandle): Promise<Frame> {
  const frame = await handle.contentFrame();
  if (!frame) throw new Error('iframe has no frame');
  return frame;
}

/** Asserts the page met no CSP violation, foreign request, page error or console error. */
export function expectClean(w: Watched): void {
  expect({
    csp: w.cspViolations,
    foreign: w.foreignRequests,
    pageErrors: w.pageErrors,
    consoleErrors: w.consoleErrors,
  }).toEqual({ csp: [], foreign: [], pageErrors: [], consoleErrors: [] });
}
