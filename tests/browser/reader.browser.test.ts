import { rmSync } from 'node:fs';
import type { Browser, Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeBrowser, panelsSettled, useApp } from '../support/browser-env';
import { launchChromium } from '../support/chromium';
import { axeViolations, panelOf, search } from '../support/pages';
import { PANEL_IDS } from '../support/panel-ids';
import { buildSingleFile, offlineContext } from '../support/single-file';

/** Text as a sentence is quoted: white space (the page's line breaks) left out. */
const squeeze = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, '');

/** What the open reader shows: its report's title, the highlighted text, the lighter marks. */
function readerState(scope: Page | Frame) {
  return scope.evaluate(() => {
    const dialog = document.querySelector<HTMLDialogElement>('dialog[data-reader]');
    const hit = dialog?.querySelector<HTMLElement>('[data-hit]');
    const body = dialog?.querySelector<HTMLElement>('.reader-body');
    const inView = (() => {
      if (!hit || !body) return false;
      const h = hit.getBoundingClientRect();
      const b = body.getBoundingClientRect();
      return h.top >= b.top - 1 && h.top < b.bottom;
    })();
    return {
      open: dialog?.open ?? false,
      modal: dialog ? dialog.matches(':modal') : false,
      title: dialog?.querySelector('h2')?.textContent ?? null,
      date: dialog?.querySelector('time')?.textContent ?? null,
      hit: hit?.textContent ?? null,
      hitInView: inView,
      others: [...(dialog?.querySelectorAll('mark.reader-other') ?? [])].map(
        (m) => m.textContent ?? '',
      ),
      focusInDialog: !!dialog && dialog.contains(document.activeElement),
    };
  });
}

/** Each citation of a panel: its link value, the sentence it names (the list's text) and the report's title. */
async function citationsOf(scope: Page | Frame, panel: string) {
  return scope.evaluate((id) => {
    const root = document.querySelector(`[data-panel="${id}"]`);
    const list = new Map<string, { sentence: string; report: string }>();
    for (const li of root?.querySelectorAll('.panel-source li') ?? []) {
      const cite = li.querySelector('[data-cite]')?.getAttribute('data-cite');
      if (cite)
        list.set(cite, {
          sentence: li.querySelector('q')?.textContent ?? '',
          report: li.querySelector('cite')?.textContent ?? '',
        });
    }
    return [...(root?.querySelectorAll<HTMLElement>('[data-cite]') ?? [])].map((el, index) => ({
      index,
      ref: el.dataset.cite ?? '',
      mark: !el.closest('.panel-source'),
      ...(list.get(el.dataset.cite ?? '') ?? { sentence: '', report: '' }),
    }));
  }, panel);
}

describeBrowser('the article reader: every citation opens its sentence in its report', () => {
  const app = useApp();

  it.each(PANEL_IDS)(
    '%s: each citation opens the reader on its sentence, and closes back to it',
    async (id) => {
      const { page, context, pageErrors, consoleErrors, cspViolations } = await app.open();
      await panelsSettled(page);
      const panel = panelOf(id)(page);
      await panel.locator('.panel-source summary').click();
      const citations = await citationsOf(page, id);
      expect(citations.length, `${id} has citations`).toBeGreaterThan(0);
      // Every mark names a sentence of the list.
      expect(citations.filter((c) => c.sentence === '')).toEqual([]);
      for (const c of citations) {
        const button = panel.locator('[data-cite]').nth(c.index);
        await button.scrollIntoViewIfNeeded();
        // Alternately by mouse and by keyboard; closed alternately with Esc and the close button.
        if (c.index % 2 === 0) await button.click();
        else {
          await button.focus();
          await page.keyboard.press('Enter');
        }
        await page.waitForSelector('dialog[data-reader] [data-hit]');
        const seen = await readerState(page);
        expect(seen, `${id} ${c.ref}`).toMatchObject({
          open: true,
          modal: true,
          hitInView: true,
          focusInDialog: true,
          date: '2020年6月',
        });
        // The report's title at the top; the highlighted element holds the sentence word for word.
        expect(c.report).toContain(seen.title);
        expect(squeeze(seen.hit), `${id} ${c.ref}`).toContain(squeeze(c.sentence));
        // The panel's other sentences in that report are marked too, more lightly.
        const sameReport = citations.filter(
          (o) => !o.mark && o.report === c.report && o.sentence !== c.sentence,
        );
        for (const o of sameReport) {
          const marked = [...seen.others, seen.hit ?? ''].map(squeeze);
          expect(
            marked.some((m) => m.includes(squeeze(o.sentence)) || squeeze(o.sentence).includes(m)),
            `${id} ${c.ref}: ${o.sentence} is marked`,
          ).toBe(true);
        }
        // Opening it is no filter: the link gains the sentence and nothing else.
        expect(search(page)).toBe(`?sentence=${c.ref}`);
        if (c.index === 0) expect(await axeViolations(page)).toEqual([]);
        if (c.index % 2 === 0) await page.keyboard.press('Escape');
        else await page.locator('[data-action="reader-close"]').click();
        await page.waitForSelector('dialog[data-reader]', { state: 'detached' });
        expect(await button.evaluate((el) => el === document.activeElement)).toBe(true);
        expect(search(page)).toBe('');
      }
      expect({ pageErrors, consoleErrors, cspViolations }).toEqual({
        pageErrors: [],
        consoleErrors: [],
        cspViolations: [],
      });
      await context.close();
    },
    // Up to a dozen openings per panel, each a modal and its text; one axe run.
    180_000,
  );

  it('a link names a sentence: the reader opens on load, in English around the Chinese', async () => {
    const { page, context } = await app.open('?lang=en&sentence=timeline.3');
    await panelsSettled(page);
    await page.waitForSelector('dialog[data-reader] [data-hit]');
    const seen = await readerState(page);
    const third = await page.evaluate(
      () => document.querySelectorAll('[data-panel="timeline"] .panel-source li q')[2]?.textContent,
    );
    expect(seen).toMatchObject({ open: true, modal: true, hitInView: true, date: 'June 2020' });
    expect(squeeze(seen.hit)).toContain(squeeze(third));
    await expect(page.locator('[data-action="reader-close"]').textContent()).resolves.toBe('Close');
    expect(await axeViolations(page)).toEqual([]);
    // Nothing opened it: closing gives the focus to the panel's sentences.
    await page.keyboard.press('Escape');
    await page.waitForSelector('dialog[data-reader]', { state: 'detached' });
    expect(
      await page.evaluate(() => document.activeElement?.closest('[data-panel]')?.id ?? null),
    ).toBe('timeline');
    expect(search(page)).toBe('?lang=en');
    await context.close();
  }, 120_000);

  it('a sentence keeps its number in links whatever the filters', async () => {
    // With the cold cases only, governance shows one card: its mark still names sentence 3 of 4.
    const { page, context } = await app.open('?cat=cold-cases');
    await panelsSettled(page);
    const mark = panelOf('governance')(page).locator('.gov-card [data-cite]');
    await expect(mark.count()).resolves.toBe(1);
    await mark.click();
    await page.waitForSelector('dialog[data-reader] [data-hit]');
    expect(squeeze((await readerState(page)).hit)).toContain('今年又连破7起命积案');
    expect(search(page)).toBe('?cat=cold-cases&sentence=governance.3');
    await context.close();
  });

  it.each([
    ['governance.9', 'unknown-sentence'],
    ['mars.1', 'unknown-sentence'],
    ['governance', 'sentence-ref'],
  ])('refuses sentence=%s with a notice and opens nothing', async (value, reason) => {
    const { page, context } = await app.open(`?sentence=${value}`);
    await panelsSettled(page);
    const notice = page.locator(`[data-notice="url"] [data-reason="${reason}"]`);
    await notice.waitFor();
    await expect(notice.textContent()).resolves.toContain(`sentence=${value}`);
    await expect(page.locator('dialog[data-reader]').count()).resolves.toBe(0);
    await context.close();
  });

  // The last panel, embedded on a phone.
  const EMBEDDED = PANEL_IDS.at(-1) ?? '';
  it('opens in the embed, inside its iframe, and on a phone', async () => {
    const { page, context } = await app.open('', { viewport: { width: 390, height: 844 } });
    await page.setContent(
      `<iframe src="${app.server.url}embed.html?panel=${EMBEDDED}" width="380" height="700" title="embed"></iframe>`,
    );
    const frame = await (await page.waitForSelector('iframe')).contentFrame();
    if (!frame) throw new Error('no frame');
    await frame.waitForSelector(`[data-panel="${EMBEDDED}"][data-status="success"]`);
    await frame.click(`[data-panel="${EMBEDDED}"] .panel-source summary`);
    const [first] = await citationsOf(frame, EMBEDDED);
    await frame.click(`[data-cite="${first?.ref}"]`);
    await frame.waitForSelector('dialog[data-reader] [data-hit]');
    const seen = await readerState(frame);
    expect(seen).toMatchObject({ open: true, modal: true, hitInView: true });
    expect(squeeze(seen.hit)).toContain(squeeze(first?.sentence));
    await frame.click('[data-action="reader-close"]');
    await frame.waitForSelector('dialog[data-reader]', { state: 'detached' });
    await context.close();
  });
});

describeBrowser('the article reader in the offline single file', () => {
  let file: string;
  let tmp: string | undefined;
  let browser: Browser;
  beforeAll(async () => {
    ({ dir: tmp, file } = buildSingleFile('yrd-reader-single-'));
    browser = await launchChromium();
  }, 180_000);
  afterAll(async () => {
    await browser?.close();
    if (tmp) rmSync(tmp, { recursive: true, force: true });
  });

  it('opens from a link and from a citation with no request', async () => {
    const { context, self, requests } = await offlineContext(browser, file);
    const page = await context.newPage();
    await page.goto(`${self}?sentence=governance.2`);
    await page.waitForSelector('dialog[data-reader] [data-hit]', { timeout: 20_000 });
    expect(squeeze((await readerState(page)).hit)).toContain('13次排名全省第一');
    await page.keyboard.press('Escape');
    await page.waitForSelector('dialog[data-reader]', { state: 'detached' });
    await page.click('[data-panel="projects"] .panel-source summary');
    const [first] = await citationsOf(page, 'projects');
    await page.click(`[data-cite="${first?.ref}"]`);
    await page.waitForSelector('dialog[data-reader] [data-hit]');
    expect(squeeze((await readerState(page)).hit)).toContain(squeeze(first?.sentence));
    expect(requests).toEqual([]);
    await context.close();
  });
});
