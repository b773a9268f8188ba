import { mkdirSync, rmSync } from 'node:fs';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type AppHarness, describeBrowser, type OpenedPage, useApp } from '../support/browser-env';
import { launchChromium } from '../support/chromium';
import { axeViolations } from '../support/pages';
import { PANEL_IDS } from '../support/panel-ids';
import { buildSingleFile, offlineContext } from '../support/single-file';

/**
 * The presenter console: the second window S (or the control bar's button) opens from the
 * projector, with the current and the next slide, the speaker notes, the timer and the clock, kept
 * on the projector's slide by postMessage in both directions.
 */

const SLIDES = ['title', ...PANEL_IDS, 'sources'];
/** The slides after and before a slide, in the show's order (wrapping). */
const after = (id: string) => SLIDES[(SLIDES.indexOf(id) + 1) % SLIDES.length] ?? '';
const before = (id: string) =>
  SLIDES[(SLIDES.indexOf(id) - 1 + SLIDES.length) % SLIDES.length] ?? '';
const MESSAGE = 'yrd-present:1';
const CONSOLE_WINDOW = 'yrd-presenter-console';
const SHOTS = 'tests/artifacts/console';

/** The slide the projector shows, and the one the console shows as current. */
const projectorSlide = (page: Page) =>
  page.locator('[data-role="projector"] [data-stage] [data-slide]').getAttribute('data-slide');
const consoleSlide = (page: Page) =>
  page.locator('[data-preview="current"] [data-slide]').getAttribute('data-slide');

/** Waits until both windows show slide `id`, then checks that they do. */
async function expectBothOn(projector: Page, presenter: Page, id: string, why = '') {
  try {
    await projector.waitForSelector(`[data-role="projector"] [data-stage] [data-slide="${id}"]`, {
      timeout: 5000,
    });
    await presenter.waitForSelector(
      `[data-console-slide="${id}"] [data-preview="current"] [data-slide="${id}"]`,
      { timeout: 5000 },
    );
  } catch {
    // Fall through to say where each window is.
  }
  expect([await projectorSlide(projector), await consoleSlide(presenter)], why).toEqual([id, id]);
}

/** What went wrong in a window of the show: page errors, console errors, CSP violations. */
interface Trouble {
  errors: string[];
}

/**
 * Records page errors, console errors and CSP violations in every window the context opens from
 * now on (the console); the harness already watches the first page.
 */
async function watchNewWindows(context: BrowserContext): Promise<Trouble> {
  const trouble: Trouble = { errors: [] };
  await context.exposeBinding('__reportConsoleCsp', (_source, v: string) =>
    trouble.errors.push(`csp ${v}`),
  );
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      const report = (window as unknown as { __reportConsoleCsp?: (v: string) => void })
        .__reportConsoleCsp;
      report?.(`${e.violatedDirective} ${e.blockedURI}`);
    });
  });
  context.on('page', (p) => {
    p.on('pageerror', (e) => trouble.errors.push(`${p.url()}: ${e.message}`));
    p.on('console', (m) => {
      if (m.type() === 'error') trouble.errors.push(`${p.url()}: console: ${m.text()}`);
    });
  });
  return trouble;
}

/**
 * The projector opened on `query` (served, strict CSP), with every window it opens watched, once
 * it shows its first slide.
 */
async function openShow(
  app: AppHarness,
  query: string,
  viewport = { width: 1280, height: 720 },
): Promise<OpenedPage & { trouble: Trouble }> {
  const opened = await app.open(query, { viewport });
  const trouble = await watchNewWindows(opened.context);
  await opened.page.waitForSelector('[data-role="projector"] [data-stage] [data-slide]');
  return { ...opened, trouble };
}

/** Presses S (or clicks the control bar's button) on the projector and returns the console, once linked. */
async function openConsole(projector: Page, how: 'key' | 'button' = 'key'): Promise<Page> {
  const [presenter] = await Promise.all([
    projector.context().waitForEvent('page'),
    how === 'key'
      ? projector.keyboard.press('s')
      : projector.click('[data-action="console"]', { force: true }),
  ]);
  await presenter.waitForSelector('[data-role="console"][data-link="connected"]');
  return presenter;
}

/** Waits until every chart in the console's two previews has drawn. */
async function previewsDrawn(presenter: Page) {
  await presenter.waitForFunction(
    () =>
      [...document.querySelectorAll('[data-preview] [data-chart]')].every(
        (c) => c.getAttribute('data-chart-state') === 'finished',
      ) &&
      document.querySelectorAll('[data-preview] [data-panel][data-status="pending"]').length === 0,
    undefined,
    { timeout: 20_000 },
  );
}

function expectClean(opened: OpenedPage, trouble: Trouble) {
  expect({
    projector: [...opened.pageErrors, ...opened.consoleErrors, ...opened.cspViolations],
    foreign: opened.foreignRequests,
    console: trouble.errors,
  }).toEqual({ projector: [], foreign: [], console: [] });
}

/**
 * The documented keys, as a model: what slide a key sends the show to. Each window keeps its own
 * typed number (a number typed in one window and Enter in the other is just Enter: next).
 */
function modelKey(at: number, key: string, typed: { digits: string }): number {
  const count = SLIDES.length;
  if (/^[0-9]$/.test(key)) {
    typed.digits = `${typed.digits}${key}`.slice(-2);
    return at;
  }
  if (key === 'Enter' && typed.digits) {
    const n = Number(typed.digits);
    typed.digits = '';
    return n >= 1 && n <= count ? n - 1 : at;
  }
  const next = ['ArrowRight', 'ArrowDown', 'Space', 'PageDown', 'Enter'];
  const back = ['ArrowLeft', 'ArrowUp', 'PageUp', 'Backspace'];
  // A key that is not the show's leaves the typed number as it is.
  if (![...next, ...back, 'Home', 'End'].includes(key)) return at;
  typed.digits = '';
  if (next.includes(key)) return (at + 1) % count;
  if (back.includes(key)) return (at + count - 1) % count;
  return key === 'Home' ? 0 : count - 1;
}

describeBrowser('the presenter console, served under the strict CSP', () => {
  const app = useApp();

  it('S opens the console with the current and next slide, the notes, timer and clock; the projector shows none of them', async () => {
    const opened = await openShow(app, '?mode=present&slide=crime-trend&metric=homicides', {
      width: 1920,
      height: 1080,
    });
    const { page, context, trouble } = opened;
    const presenter = await openConsole(page);
    // The same page in the console's role, on the projector's slide, with the projector's filters.
    const url = new URL(presenter.url());
    expect(Object.fromEntries(url.searchParams)).toEqual({
      mode: 'present',
      slide: 'crime-trend',
      metric: 'homicides',
      console: '1',
    });
    await previewsDrawn(presenter);
    await expect(presenter.title()).resolves.toMatch(/^演讲者视图 · /);
    expect(await consoleSlide(presenter)).toBe('crime-trend');
    expect(
      await presenter.locator('[data-preview="next"] [data-slide]').getAttribute('data-slide'),
    ).toBe(after('crime-trend'));
    // The live slide is drawn: its chart is there, scaled into the preview.
    const chart = await presenter
      .locator('[data-preview="current"] [data-chart] svg')
      .first()
      .boundingBox();
    const preview = await presenter.locator('[data-preview="current"]').boundingBox();
    expect(chart?.width).toBeGreaterThan(200);
    expect(chart?.width).toBeLessThan(preview?.width ?? 0);
    const notes = await presenter.locator('[data-console-notes]').textContent();
    // The finding, the chart's summary with its derived figure in words, the verbatim sentence.
    expect(notes).toContain('湖州命案从2008年峰值下降87.0%');
    expect(notes).toContain('较2008年峰值下降87.0%(推算)');
    expect(notes).toContain('命案由最高点2008年的54起降至2019年的7起');
    await expect(presenter.locator('[data-slide-count]').textContent()).resolves.toBe(
      `第 2 / ${SLIDES.length} 页`,
    );
    await expect(presenter.locator('[data-elapsed]').textContent()).resolves.toBe('00:00');
    await expect(presenter.locator('[data-clock]').textContent()).resolves.toMatch(/^\d\d:\d\d$/);
    await expect(presenter.locator('.console-keys').textContent()).resolves.toContain('数字+回车');
    // The projector: only the slide. No notes on it (N was not pressed), no preview, no timer.
    const onProjector = await page.evaluate(() =>
      ['[data-notes]', '[data-preview]', '[data-console-notes]', '[data-timer]', '[data-clock]']
        .map((s) => document.querySelectorAll(s).length)
        .join(','),
    );
    expect(onProjector).toBe('0,0,0,0,0');
    await expect(
      page.locator('[data-role="projector"]').getAttribute('data-console'),
    ).resolves.toBe('connected');
    // N on the projector still shows its notes there, when the presenter wants them.
    await page.keyboard.press('n');
    await page.waitForSelector('[data-stage] [data-notes]');
    expect(await presenter.locator('[data-notes]').count()).toBe(0);
    expectClean(opened, trouble);
    await context.close();
  });

  it('a sentence in the notes opens in its report, marked; Esc gives the focus back and the show stays on its slide', async () => {
    const id = PANEL_IDS[0] ?? '';
    const opened = await openShow(app, `?mode=present&slide=${id}`);
    const presenter = await openConsole(opened.page);
    await previewsDrawn(presenter);
    const cites = presenter.locator('[data-console-notes] [data-note-cite]');
    const count = await cites.count();
    expect(count).toBeGreaterThan(0);
    const squeeze = (s: string | null) => (s ?? '').replace(/\s+/g, '');
    for (let i = 0; i < count; i++) {
      const cite = cites.nth(i);
      // “the sentence” — its report: the words between the quotation marks.
      const sentence = squeeze(await cite.textContent()).replace(/^“(.*)”—.*$/, '$1');
      await cite.click();
      const hit = presenter.locator('dialog[data-reader] [data-hit]');
      await hit.waitFor();
      const seen = await presenter.evaluate(() => {
        const d = document.querySelector<HTMLDialogElement>('dialog[data-reader]');
        return {
          modal: d?.matches(':modal') ?? false,
          hit: d?.querySelector('[data-hit]')?.textContent ?? '',
          title: d?.querySelector('h2')?.textContent ?? '',
        };
      });
      expect(seen.modal).toBe(true);
      expect(seen.title.length).toBeGreaterThan(0);
      expect(squeeze(seen.hit), `note ${i}`).toContain(sentence.replace(/^“|”$/g, ''));
      if (i === 0) {
        expect(await axeViolations(presenter)).toEqual([]);
        // The show's keys are the reader's while it is open.
        await presenter.keyboard.press('ArrowRight');
        await expectBothOn(opened.page, presenter, id, 'ArrowRight in the reader');
      }
      await presenter.keyboard.press('Escape');
      await presenter.locator('dialog[data-reader]').waitFor({ state: 'detached' });
      await expect(
        cite.evaluate((el) => el === document.activeElement),
        `focus back on note ${i}`,
      ).resolves.toBe(true);
    }
    expectClean(opened, opened.trouble);
    await opened.context.close();
  }, 90_000);

  it('keeps both windows on the same slide through 50 key presses sent alternately to each', async () => {
    const opened = await openShow(app, '?mode=present');
    const { page, context, trouble } = opened;
    const presenter = await openConsole(page);
    const keys = [
      'ArrowRight',
      'PageDown',
      'Space',
      'ArrowDown',
      'Enter',
      'ArrowLeft',
      'End',
      'ArrowRight', // wraps to the title
      'ArrowLeft', // and back
      'PageUp',
      'Home',
      'Backspace', // wraps to the last
      '3',
      'Enter', // in the other window: next, not a jump
      '4',
      'x', // not a key of the show
      'ArrowUp',
    ];
    const typed = [{ digits: '' }, { digits: '' }];
    let at = 0;
    for (let i = 0; i < 50; i++) {
      const key = keys[i % keys.length] as string;
      const to = i % 2;
      const target = to === 0 ? page : presenter;
      at = modelKey(at, key, typed[to] as { digits: string });
      await target.keyboard.press(key);
      await expectBothOn(
        page,
        presenter,
        SLIDES[at] as string,
        `press ${i + 1}: ${key} in the ${to === 0 ? 'projector' : 'console'}`,
      );
    }
    // A number and Enter typed in one window jump both (Home first: it clears a number typed before).
    for (const target of [presenter, page]) {
      await target.keyboard.press('Home');
      await expectBothOn(page, presenter, 'title');
      await target.keyboard.press('5');
      await target.keyboard.press('Enter');
      await expectBothOn(page, presenter, SLIDES[4] ?? '', 'typed 5, Enter');
      await target.keyboard.press('Home');
      await expectBothOn(page, presenter, 'title');
    }
    expectClean(opened, trouble);
    await context.close();
  });

  it('the control-bar button opens it; clicks in either window move both; S again brings it back without a second window', async () => {
    const opened = await openShow(app, '?mode=present&lang=en&interval=60', {
      width: 1920,
      height: 1080,
    });
    const { page, context, trouble } = opened;
    await expect(page.locator('[data-action="console"]').textContent()).resolves.toBe(
      'Presenter view (S)',
    );
    const presenter = await openConsole(page, 'button');
    await presenter.click('[data-action="next"]');
    const [, first = '', second = ''] = SLIDES;
    await expectBothOn(page, presenter, first, 'console: Next');
    await presenter.click('[data-action="next"]');
    await expectBothOn(page, presenter, second, 'console: Next');
    await presenter.click('[data-action="prev"]');
    await expectBothOn(page, presenter, first, 'console: Previous');
    // The right third of the projector's stage goes on, the left third back.
    await page.mouse.click(1800, 500);
    await expectBothOn(page, presenter, second, 'projector: right third');
    await page.mouse.click(100, 500);
    await expectBothOn(page, presenter, first, 'projector: left third');
    // The console's pause button pauses the projector's auto-advance (it runs there only).
    await expect(presenter.locator('[data-link-status]').textContent()).resolves.toContain(
      'Auto-advance every 60 s',
    );
    await presenter.click('[data-action="pause"]');
    await page.waitForSelector('[data-countdown]:has-text("Paused")');
    await presenter.waitForSelector('[data-action="pause"][aria-pressed="true"]');
    await page.keyboard.press('p');
    await presenter.waitForSelector('[data-action="pause"][aria-pressed="false"]');
    // S with the console open brings it to the front and resyncs it: no second window.
    const pages = context.pages().length;
    await page.keyboard.press('s');
    await page.waitForTimeout(500);
    expect(context.pages().length).toBe(pages);
    await presenter.keyboard.press('ArrowRight');
    await expectBothOn(page, presenter, second, 'after S again');
    expectClean(opened, trouble);
    await context.close();
  });

  it('the timer starts at the first slide change, pauses, resumes and resets', async () => {
    const opened = await app.open('?mode=present', { viewport: { width: 1280, height: 720 } });
    const { page, context } = opened;
    await page.waitForSelector('[data-slide="title"]');
    const presenter = await openConsole(page);
    const elapsed = () => presenter.locator('[data-elapsed]').textContent();
    const timer = () => presenter.locator('[data-timer]').getAttribute('data-timer');
    await page.waitForTimeout(1200);
    expect([await elapsed(), await timer()]).toEqual(['00:00', 'zero']);
    await page.keyboard.press('ArrowRight');
    await presenter.waitForSelector('[data-timer="running"]');
    await presenter.waitForFunction(
      () => document.querySelector('[data-elapsed]')?.textContent === '00:02',
      undefined,
      { timeout: 5000 },
    );
    await presenter.click('[data-action="timer"]');
    expect(await timer()).toBe('paused');
    const held = await elapsed();
    await page.waitForTimeout(1500);
    expect(await elapsed()).toBe(held);
    // A slide change does not resume a paused timer.
    await page.keyboard.press('ArrowRight');
    await expectBothOn(page, presenter, SLIDES[2] ?? '');
    expect(await timer()).toBe('paused');
    await presenter.click('[data-action="timer"]');
    expect(await timer()).toBe('running');
    await presenter.click('[data-action="timer-reset"]');
    expect([await elapsed(), await timer()]).toEqual(['00:00', 'zero']);
    await presenter.click('[data-action="timer"]');
    await presenter.waitForFunction(
      () => document.querySelector('[data-elapsed]')?.textContent === '00:01',
      undefined,
      { timeout: 5000 },
    );
    await context.close();
  });

  it('closing the console leaves the projector working; S opens it again on the current slide', async () => {
    const opened = await openShow(app, '?mode=present&slide=governance');
    const { page, context, trouble } = opened;
    const first = await openConsole(page);
    await first.close();
    await page.waitForSelector('[data-role="projector"][data-console="none"]');
    const [one, two] = [after('governance'), after(after('governance'))];
    await page.keyboard.press('ArrowRight');
    await page.waitForSelector(`[data-stage] [data-slide="${one}"]`);
    await page.keyboard.press('ArrowRight');
    await page.waitForSelector(`[data-stage] [data-slide="${two}"]`);
    const again = await openConsole(page);
    expect(new URL(again.url()).searchParams.get('slide')).toBe(two);
    await expectBothOn(page, again, two, 'reopened');
    await again.keyboard.press('ArrowRight');
    await expectBothOn(page, again, after(two), 'the new console drives the projector');
    await page.keyboard.press('ArrowLeft');
    await expectBothOn(page, again, two, 'the projector drives the new console');
    expectClean(opened, trouble);
    await context.close();
  });

  it('leaving present mode tells the console, and presenting again reconnects it', async () => {
    const opened = await openShow(app, '?mode=present&slide=timeline');
    const { page, context, trouble } = opened;
    const presenter = await openConsole(page);
    await page.keyboard.press('Escape');
    await page.waitForSelector('[data-panel="crime-trend"]');
    await presenter.waitForSelector('[data-role="console"][data-link="lost"] [data-lost-show]');
    await page.click('[data-panel="projects"] [data-action="present"]');
    await presenter.waitForSelector('[data-role="console"][data-link="connected"]');
    await expectBothOn(page, presenter, 'projects', 'presenting again');
    await presenter.keyboard.press('ArrowLeft');
    await expectBothOn(page, presenter, before('projects'), 'the console drives it again');
    expect(context.pages().length).toBe(2);
    expectClean(opened, trouble);
    await context.close();
  });

  it('closing the projector leaves the console usable: it says it lost its show, pages on its own and can open the show again', async () => {
    const opened = await openShow(app, '?mode=present&slide=crime-trend');
    const { page, context, trouble } = opened;
    const presenter = await openConsole(page);
    await page.close();
    await presenter.waitForSelector('[data-role="console"][data-link="lost"]');
    const lost = await presenter.locator('[data-lost-show]').textContent();
    expect(lost).toContain('放映窗口已关闭或已退出演示');
    await expect(presenter.locator('[data-link-status]').textContent()).resolves.toBe(
      '未连接放映窗口',
    );
    // Still usable: its keys and buttons page through the slides here.
    await presenter.keyboard.press('ArrowRight');
    const [one, two] = [after('crime-trend'), after(after('crime-trend'))];
    await presenter.waitForSelector(`[data-console-slide="${one}"]`);
    await presenter.click('[data-action="next"]');
    await presenter.waitForSelector(`[data-console-slide="${two}"]`);
    await previewsDrawn(presenter);
    // And it opens the show again, on its slide, linked.
    const [projector] = await Promise.all([
      context.waitForEvent('page'),
      presenter.click('[data-action="reopen"]'),
    ]);
    expect(new URL(projector.url()).searchParams.get('console')).toBeNull();
    await projector.waitForSelector(`[data-role="projector"] [data-slide="${two}"]`);
    await presenter.waitForSelector('[data-role="console"][data-link="connected"]');
    expect(await presenter.locator('[data-lost-show]').count()).toBe(0);
    await presenter.keyboard.press('ArrowRight');
    await expectBothOn(projector, presenter, after(two), 'the console drives the reopened show');
    await projector.keyboard.press('ArrowRight');
    await expectBothOn(
      projector,
      presenter,
      after(after(two)),
      'the reopened show drives the console',
    );
    expect(trouble.errors).toEqual([]);
    expect([...opened.pageErrors, ...opened.consoleErrors, ...opened.cspViolations]).toEqual([]);
    await context.close();
  });

  it('ignores messages of another shape, and messages of the right shape from any window but its partner', async () => {
    const opened = await openShow(app, '?mode=present&slide=governance');
    const { page, context, trouble } = opened;
    const presenter = await openConsole(page);
    const go = (slide: number) => ({ type: MESSAGE, kind: 'go', slide });
    const state = (slide: number) => ({
      type: MESSAGE,
      kind: 'state',
      slide,
      paused: false,
      interval: 0,
    });
    const malformed = [
      null,
      'go 5',
      42,
      [MESSAGE, 'go', 5],
      { kind: 'go', slide: 5 },
      { type: 'yrd-present:2', kind: 'go', slide: 5 },
      { type: 'yrd-dashboard:resize', panel: 'timeline', height: 5 },
      { type: MESSAGE, kind: 'go', slide: '5' },
      { type: MESSAGE, kind: 'go', slide: 5.5 },
      // One past the last slide.
      { type: MESSAGE, kind: 'go', slide: SLIDES.length },
      { type: MESSAGE, kind: 'go', slide: -1 },
      { type: MESSAGE, kind: 'go', slide: 5, extra: 'field' },
      { type: MESSAGE, kind: 'step', by: 3 },
      { type: MESSAGE, kind: 'jump', slide: 5 },
      { type: MESSAGE, kind: 'state', slide: 5 },
      { type: MESSAGE, kind: 'state', slide: 5, paused: 'no', interval: 0 },
      { ...state(5), interval: 1e9 },
    ];
    const settle = () => page.waitForTimeout(400);

    // From the real partner (the console), to the projector: every malformed message is ignored.
    await presenter.evaluate((list) => {
      for (const m of list) window.opener.postMessage(m, '*');
    }, malformed);
    await settle();
    await expectBothOn(page, presenter, 'governance', 'malformed messages from the console');

    // The right shape from an iframe in the projector's page: ignored.
    await page.evaluate(() => {
      const frame = document.createElement('iframe');
      frame.name = 'intruder';
      document.body.append(frame);
    });
    const intruder = page.frames().find((f) => f.name() === 'intruder');
    expect(intruder).toBeDefined();
    await intruder?.evaluate((m) => window.parent.postMessage(m, '*'), go(5));
    // A third window that the projector's page opened: ignored by the projector, and by the
    // console, which it reaches by its name. (Chromium makes a window that looks another up by
    // name that window's `opener`: the console still hears only the window that opened it.)
    const [third] = await Promise.all([
      context.waitForEvent('page'),
      page.evaluate(() => {
        window.open('about:blank', 'third-window');
      }),
    ]);
    const reached = await third.evaluate(
      ([m, s, name]) => {
        window.opener.postMessage(m, '*');
        const target = window.open('', name);
        target?.postMessage(s, '*');
        return target?.location.search;
      },
      [go(5), state(5), CONSOLE_WINDOW] as const,
    );
    expect(reached).toContain('console=1');
    await settle();
    await expectBothOn(page, presenter, 'governance', 'an iframe and a third window');

    // From the projector's page (the console's partner), to the console: malformed ones ignored…
    await page.evaluate(
      ([list, name]) => {
        const target = window.open('', name);
        for (const m of list) target?.postMessage(m, '*');
      },
      [malformed, CONSOLE_WINDOW] as const,
    );
    await settle();
    expect(await consoleSlide(presenter)).toBe('governance');
    // …and the right shape from the right window is heard (the check above is not vacuous).
    await page.evaluate(([m, name]) => window.open('', name)?.postMessage(m, '*'), [
      state(5),
      CONSOLE_WINDOW,
    ] as const);
    await presenter.waitForSelector(`[data-console-slide="${SLIDES[5]}"]`);
    await presenter.evaluate((m) => window.opener.postMessage(m, '*'), go(1));
    await expectBothOn(page, presenter, 'crime-trend', 'a good message from the partner');
    await expect(
      presenter.locator('[data-role="console"]').getAttribute('data-link'),
    ).resolves.toBe('connected');
    expectClean(opened, trouble);
    await context.close();
  });

  it.each([
    ['zh', 'key', '允许本网站的弹出式窗口'],
    ['en', 'button', 'Allow pop-ups for this site'],
  ] as const)(
    'a blocked pop-up (%s, %s) says how to allow it, and the show goes on',
    async (lang, how, words) => {
      const opened = await app.open(`?mode=present&lang=${lang}`, {
        viewport: { width: 1280, height: 720 },
        initScript: 'window.open = function () { return null; };',
      });
      const { page, context } = opened;
      await page.waitForSelector('[data-slide="title"]');
      if (how === 'key') await page.keyboard.press('s');
      else await page.click('[data-action="console"]');
      const message = page.locator('[data-popup-blocked]');
      await message.waitFor();
      await expect(message.getAttribute('role')).resolves.toBe('alert');
      await expect(message.textContent()).resolves.toContain(words);
      expect(context.pages().length).toBe(1);
      await page.keyboard.press('ArrowRight');
      await page.waitForSelector('[data-stage] [data-slide="crime-trend"]');
      await message.locator('button').click();
      await expect(message.count()).resolves.toBe(0);
      expect([...opened.pageErrors, ...opened.consoleErrors, ...opened.cspViolations]).toEqual([]);
      await context.close();
    },
  );

  it('has no axe violation in the console, light and dark', async () => {
    for (const query of ['?mode=present&slide=crime-trend', '?mode=present&theme=dark&lang=en']) {
      const { page, context } = await app.open(query, { viewport: { width: 1440, height: 900 } });
      await page.waitForSelector('[data-slide]');
      const presenter = await openConsole(page);
      await presenter.setViewportSize({ width: 1440, height: 900 });
      await previewsDrawn(presenter);
      expect(await axeViolations(presenter), query).toEqual([]);
      await context.close();
    }
  });

  it('screenshots: the console at 1440×900 and 1280×800 in both languages and themes, the projector at 1920×1080', async () => {
    rmSync(SHOTS, { recursive: true, force: true });
    mkdirSync(SHOTS, { recursive: true });
    const cases = [
      { lang: 'zh', theme: 'light', slide: 'crime-trend', size: [1440, 900] },
      { lang: 'en', theme: 'dark', slide: 'timeline', size: [1440, 900] },
      { lang: 'zh', theme: 'dark', slide: 'governance', size: [1280, 800] },
      { lang: 'en', theme: 'light', slide: PANEL_IDS[PANEL_IDS.length - 1], size: [1280, 800] },
    ] as const;
    for (const c of cases) {
      const { page, context } = await app.open(
        `?mode=present&slide=${c.slide}&lang=${c.lang}&theme=${c.theme}`,
        { viewport: { width: 1920, height: 1080 } },
      );
      await page.waitForSelector(`[data-slide="${c.slide}"]`);
      const presenter = await openConsole(page);
      await presenter.setViewportSize({ width: c.size[0], height: c.size[1] });
      await previewsDrawn(presenter);
      await presenter.waitForTimeout(300);
      // Nothing of the console's own text is cut off: no box narrower than its text.
      const clipped = await presenter.evaluate(() =>
        [...document.querySelectorAll('.console-bar *, .console-clock *, .console-controls *')]
          .filter((el) => el.scrollWidth > el.clientWidth + 1 && el.clientWidth > 0)
          .map((el) => `${el.tagName} “${el.textContent?.slice(0, 30)}”`),
      );
      expect(clipped, `${c.lang} ${c.theme}`).toEqual([]);
      const name = `console-${c.size[0]}x${c.size[1]}-${c.lang}-${c.theme}`;
      await presenter.screenshot({ path: `${SHOTS}/${name}.png` });
      if (c.size[0] === 1440) {
        await page.mouse.move(960, 540);
        await page.screenshot({ path: `${SHOTS}/projector-1920x1080-${c.lang}-${c.theme}.png` });
      }
      await context.close();
    }
  });
});

/**
 * The offline single file from disk: the console is the same file in another role, and the two
 * windows talk with the opaque "null" origin of file:// (messages addressed to '*', heard only
 * from the partner window).
 */
describeBrowser('the presenter console from the offline single file on file://', () => {
  let file: string;
  let tmp: string | undefined;
  let browser: Browser;
  beforeAll(async () => {
    if (process.env.YRD_SINGLE) file = process.env.YRD_SINGLE;
    else ({ dir: tmp, file } = buildSingleFile('yrd-console-'));
    browser = await launchChromium();
  }, 180_000);
  afterAll(async () => {
    await browser?.close();
    if (tmp) rmSync(tmp, { recursive: true, force: true });
  });

  describe('with every request but the file blocked', () => {
    it('opens the console with S and keeps both windows on one slide', async () => {
      const { context, self, requests } = await offlineContext(browser, file, {
        width: 1280,
        height: 720,
      });
      const trouble = await watchNewWindows(context);
      const page = await context.newPage();
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(e.message));
      await page.goto(`${self}?mode=present&lang=en`);
      await page.waitForSelector('[data-slide="title"]');
      const presenter = await openConsole(page);
      expect(presenter.url().split('?')[0]).toBe(self);
      expect(new URL(presenter.url()).searchParams.get('console')).toBe('1');
      await expect(presenter.evaluate(() => window.origin)).resolves.toBe('null');
      const keys = ['ArrowRight', 'PageDown', 'End', 'Home', 'ArrowLeft', 'ArrowRight'];
      const typed = [{ digits: '' }, { digits: '' }];
      let at = 0;
      for (const [i, key] of keys.entries()) {
        const target = i % 2 === 0 ? page : presenter;
        at = modelKey(at, key, typed[i % 2] as { digits: string });
        await target.keyboard.press(key);
        await expectBothOn(page, presenter, SLIDES[at] as string, `file:// press ${i + 1}: ${key}`);
      }
      await presenter.click('[data-action="next"]');
      await expectBothOn(page, presenter, SLIDES[at + 1] as string, 'file:// console button');
      await presenter.keyboard.press('4');
      await presenter.keyboard.press('Enter');
      await expectBothOn(page, presenter, 'timeline', 'file:// number and Enter');
      await previewsDrawn(presenter);
      const notes = await presenter.locator('[data-console-notes]').textContent();
      expect(notes).toContain('3 of 12 events took place on 13 Jun 2020');
      expect(notes).toContain(
        '近日,浙江、江西两地检察院联合向被害人家属方某某发放10万元司法救助金',
      );
      expect({ requests, errors, console: trouble.errors }).toEqual({
        requests: [],
        errors: [],
        console: [],
      });
      await context.close();
    });
  });
});
