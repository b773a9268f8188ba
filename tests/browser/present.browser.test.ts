import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { chartsDrawn, describeBrowser, panelsSettled, useApp } from '../support/browser-env';
import { axeViolations } from '../support/pages';
import { PANEL_IDS, SLIDE_IDS, slideCounter } from '../support/panel-ids';

const slideId = (page: Page) => page.locator('[data-slide]').getAttribute('data-slide');
async function press(page: Page, key: string, expected: string) {
  await page.keyboard.press(key);
  await page.waitForSelector(`[data-slide="${expected}"]`);
}

/** Stage px per CSS px: the stage is 1024 CSS px wide and stands for a 1920 px stage. */
const STAGE_SCALE = 1920 / 1024;

describeBrowser('present mode in Chromium', () => {
  const app = useApp();

  it('walks the deck with the clicker keys, wraps at both ends, jumps by number', async () => {
    const { page, context, pageErrors } = await app.open('?mode=present&metric=homicides', {
      viewport: { width: 1920, height: 1080 },
    });
    await page.waitForSelector('[data-slide="title"]');
    await expect(page.locator('[data-slide-count]').textContent()).resolves.toContain(
      slideCounter('title'),
    );
    // Through every panel's slide with each clicker key in turn, and back.
    const forward = ['ArrowRight', 'PageDown', 'Space', 'ArrowDown', 'Enter'];
    const back = ['ArrowLeft', 'PageUp', 'ArrowUp', 'Backspace'];
    for (const [i, id] of PANEL_IDS.entries())
      await press(page, forward[i % forward.length] ?? '', id);
    for (const [i, id] of PANEL_IDS.slice(0, -1).reverse().entries())
      await press(page, back[i % back.length] ?? '', id);
    await press(page, 'End', 'sources');
    await press(page, 'ArrowRight', 'title');
    await press(page, 'ArrowLeft', 'sources');
    await press(page, 'Home', 'title');
    // Slide 3 (the second panel's) by its number.
    const third = SLIDE_IDS[2] ?? '';
    await page.keyboard.press('3');
    await press(page, 'Enter', third);
    expect(new URL(page.url()).searchParams.get('slide')).toBe(third);
    expect(pageErrors).toEqual([]);
    await context.close();
  });

  it('a slide name the show does not have opens the title slide, named in a notice', async () => {
    const { page, context } = await app.open('?mode=present&slide=bogus&lang=en');
    await page.waitForSelector('[data-slide="title"]');
    await expect(page.locator('[data-notice="url"] li').allTextContents()).resolves.toEqual([
      `slide=bogus: expected one of ${SLIDE_IDS.join(', ')}`,
    ]);
    await context.close();
  });

  it('N shows the speaker notes with the source sentences; a click on the right third goes forward', async () => {
    const { page, context } = await app.open('?mode=present&slide=crime-trend', {
      viewport: { width: 1920, height: 1080 },
    });
    await chartsDrawn(page);
    await page.keyboard.press('n');
    const notes = await page.locator('[data-notes]').textContent();
    expect(notes).toContain(
      '数据显示,湖州全市刑事案件总量由最高点2010年的4.3万起降至2019年的1.5万起',
    );
    expect(notes).toContain('较2010年峰值下降65.1%(推算)');
    await page.mouse.click(1800, 300);
    await page.waitForSelector('[data-slide="governance"]');
    await page.mouse.click(100, 300);
    await page.waitForSelector('[data-slide="crime-trend"]');
    await context.close();
  });

  it('the notes that do not fit say so and scroll with Shift+↓/↑ (or ↓/↑ once focused), not paging the slide', async () => {
    const { page, context } = await app.open('?mode=present&lang=en&slide=timeline', {
      viewport: { width: 1920, height: 1080 },
    });
    await chartsDrawn(page);
    await page.keyboard.press('n');
    const notes = page.locator('[data-notes]');
    const more = page.locator('[data-notes-more]');
    // The last verbatim sentence, wholly inside the notes box (not under the "more below" line).
    const lastLineShown = () =>
      notes.evaluate((box) => {
        const last = box.querySelector('li:last-child') as Element;
        const cue = box.querySelector('[data-notes-more]');
        const bottom = (cue ?? box).getBoundingClientRect()[cue ? 'top' : 'bottom'];
        return last.getBoundingClientRect().bottom <= bottom + 1;
      });
    await expect(notes.evaluate((el) => el.scrollHeight > el.clientHeight)).resolves.toBe(true);
    // Most of the stage's height while open (it had 46 %).
    await expect(notes.evaluate((el) => el.clientHeight)).resolves.toBeGreaterThan(0.8 * 576);
    await expect(more.textContent()).resolves.toContain('More below · Shift+↓');
    expect(await axeViolations(page)).toEqual([]);
    expect(await lastLineShown()).toBe(false);
    for (let i = 0; i < 6 && !(await lastLineShown()); i++)
      await page.keyboard.press('Shift+ArrowDown');
    expect(await lastLineShown()).toBe(true);
    // The cue follows the box's scroll event: asked until it has come.
    await expect.poll(() => more.count()).toBe(0);
    expect(await slideId(page)).toBe('timeline');
    await page.keyboard.press('Shift+ArrowUp');
    await expect.poll(() => more.count()).toBe(1);
    // Focused (a click, or Tab), ↓ scrolls the box by a line; the clicker's PageDown still pages.
    await notes.click();
    const top = await notes.evaluate((el) => el.scrollTop);
    await page.keyboard.press('ArrowDown');
    await expect.poll(() => notes.evaluate((el) => el.scrollTop)).toBeGreaterThan(top);
    expect(await slideId(page)).toBe('timeline');
    await press(page, 'PageDown', SLIDE_IDS[SLIDE_IDS.indexOf('timeline') + 1] ?? '');
    // A new slide's notes start at the top.
    await expect(notes.evaluate((el) => el.scrollTop)).resolves.toBe(0);
    await context.close();
  });

  it('Esc returns to the dashboard with the filters intact', async () => {
    const { page, context } = await app.open('?lang=en&metric=homicides&region=zhejiang');
    await panelsSettled(page);
    await page.click('[data-panel="crime-trend"] [data-action="present"]');
    await page.waitForSelector('[data-slide="crime-trend"]');
    expect(new URL(page.url()).searchParams.get('mode')).toBe('present');
    await page.keyboard.press('Escape');
    await page.waitForSelector('[data-panel="crime-trend"]');
    expect(decodeURIComponent(new URL(page.url()).search)).toBe(
      '?lang=en&region=zhejiang&metric=homicides',
    );
    await expect(page.getByRole('radio', { name: 'Homicides' }).isChecked()).resolves.toBe(true);
    await context.close();
  });

  it('Esc gives the focus back to what opened the show: a Present button, or after a link the header’s', async () => {
    const focused = (page: Page) =>
      page.evaluate(() => {
        const el = document.activeElement as HTMLElement;
        const panel = el.closest<HTMLElement>('[data-panel]')?.dataset.panel;
        return `${el.tagName.toLowerCase()} ${panel ?? (el.closest('header') ? 'header' : '-')} ${el.dataset.action ?? ''}`;
      });
    const leave = async (page: Page, expected: string) => {
      await page.waitForSelector('[data-slide]');
      await page.keyboard.press('Escape');
      await page.waitForSelector('header [data-action="present"]');
      await expect.poll(() => focused(page)).toBe(expected);
    };
    // A link straight into present mode: nothing on the page opened it.
    const { page, context } = await app.open('?mode=present&lang=en&slide=timeline');
    await leave(page, 'button header present');
    await panelsSettled(page);
    await page.click('header [data-action="present"]');
    await leave(page, 'button header present');
    await page.click('[data-panel="projects"] [data-action="present"]');
    await leave(page, 'button projects present');
    await context.close();
  });

  it.each([
    [1920, 1080],
    [1024, 768],
  ])(
    'keeps a 16:9 stage at %i×%i, letterboxed, with text large enough for the back of the room',
    async (width, height) => {
      const { page, context } = await app.open('?mode=present&slide=crime-trend', {
        viewport: { width, height },
      });
      await chartsDrawn(page);
      const box = await page.locator('[data-stage]').boundingBox();
      expect(box).not.toBeNull();
      expect((box?.width ?? 0) / (box?.height ?? 1)).toBeCloseTo(16 / 9, 2);
      expect(box?.width).toBeCloseTo(width, 0);
      expect(box?.y).toBeCloseTo((height - (width * 9) / 16) / 2, 0);
      // Computed sizes are CSS px on the 1024-wide stage; × 1.875 gives px on the 1920×1080 stage.
      const sizes = await page.evaluate(() => {
        const px = (el: Element) => Number.parseFloat(getComputedStyle(el).fontSize);
        const stage = document.querySelector('[data-stage]') as Element;
        const htmlText = [
          ...stage.querySelectorAll('p, li, span, h1, h2, h3, q, cite, button, label, td, th'),
        ]
          .filter(
            (el) =>
              !el.closest('svg') &&
              el.textContent?.trim() &&
              (el as HTMLElement).offsetParent !== null,
          )
          .map(px);
        const chartText = [...stage.querySelectorAll('svg text')].map(px);
        return {
          body: Math.min(...htmlText),
          chart: Math.min(...chartText),
          chartCount: chartText.length,
        };
      });
      expect(sizes.chartCount).toBeGreaterThan(0);
      expect(sizes.body * STAGE_SCALE).toBeGreaterThanOrEqual(28);
      expect(sizes.chart * STAGE_SCALE).toBeGreaterThanOrEqual(24);
      await context.close();
    },
  );

  it('meets the type minimums on every slide, in Chinese and English (28 px text, 24 px chart labels on 1920×1080)', async () => {
    for (const lang of ['zh', 'en']) {
      const { page, context } = await app.open(`?mode=present&lang=${lang}`, {
        viewport: { width: 1920, height: 1080 },
      });
      for (const id of SLIDE_IDS) {
        await page.waitForSelector(`[data-slide="${id}"]`);
        if (!['title', 'sources'].includes(id))
          await page.waitForSelector(
            `[data-slide="${id}"] [data-chart][data-chart-state="finished"]`,
          );
        const small = await page.evaluate((scale) => {
          const stage = document.querySelector('[data-stage]') as Element;
          const px = (el: Element) => Number.parseFloat(getComputedStyle(el).fontSize) * scale;
          const text = [...stage.querySelectorAll('*')].filter(
            (el) =>
              !el.closest('svg') &&
              [...el.childNodes].some((n) => n.nodeType === 3 && n.textContent?.trim()) &&
              (el as HTMLElement).offsetParent !== null,
          );
          return [
            ...text
              .filter((el) => px(el) < 28)
              .map(
                (el) =>
                  `${el.tagName} ${px(el).toFixed(1)}px “${el.textContent?.trim().slice(0, 30)}”`,
              ),
            ...[...stage.querySelectorAll('svg text')]
              .filter((el) => px(el) < 24)
              .map((el) => `svg text ${px(el).toFixed(1)}px “${el.textContent?.slice(0, 30)}”`),
          ];
        }, STAGE_SCALE);
        expect(small, `${lang} ${id}`).toEqual([]);
        await page.keyboard.press('ArrowRight');
      }
      await context.close();
    }
  });

  it('has no axe violation on the title slide and on a chart slide, light and dark', async () => {
    for (const query of ['?mode=present', '?mode=present&slide=crime-trend&theme=dark&lang=en']) {
      const { page, context } = await app.open(query, { viewport: { width: 1920, height: 1080 } });
      await page.waitForSelector('[data-slide]');
      if (query.includes('crime')) await chartsDrawn(page);
      expect(await axeViolations(page)).toEqual([]);
      await context.close();
    }
  });

  it.each([
    [1440, 900, 'en'],
    [1440, 900, 'zh'],
    [1280, 800, 'en'],
    [1280, 800, 'zh'],
  ])(
    'keeps the control bar on one row at %i×%i (%s) while the deck says it failed',
    async (width, height, lang) => {
      // With auto-advance on, the bar has its widest set of controls (Pause too).
      const { page, context } = await app.open(`?mode=present&lang=${lang}&interval=15`, {
        viewport: { width, height },
      });
      await page.route('**/assets/deck-pptx-*.js', (route) => route.abort());
      await page.waitForSelector('[data-slide="title"]');
      await page.click('.present-controls [data-action="pptx"]');
      const status = page.locator('.present-controls [data-deck-status="failed"]');
      await status.waitFor();
      await expect(status.getAttribute('role')).resolves.toBe('status');
      await expect(status.textContent()).resolves.toBe(
        lang === 'en'
          ? 'The slides could not be built; try again or reload the page.'
          : '演示文稿生成失败,请重试或刷新页面。',
      );
      const controls = await page
        .locator('.present-controls :is(button, select, input)')
        .evaluateAll((els) =>
          els.map((e) => {
            const r = e.getBoundingClientRect();
            return { action: (e as HTMLElement).dataset.action, top: r.top, bottom: r.bottom };
          }),
        );
      expect(controls.map((c) => c.action)).toEqual(
        expect.arrayContaining(['prev', 'next', 'pause', 'console', 'pptx', 'exit']),
      );
      // One row: every control overlaps every other vertically.
      const lowestTop = Math.max(...controls.map((c) => c.top));
      const highestBottom = Math.min(...controls.map((c) => c.bottom));
      expect(lowestTop, JSON.stringify(controls)).toBeLessThan(highestBottom);
      // The status is shown whole, on screen, above the controls rather than among them.
      const box = await status.boundingBox();
      expect(box).not.toBeNull();
      const { x, y, width: w } = box as NonNullable<typeof box>;
      expect(x).toBeGreaterThanOrEqual(0);
      expect(x + w).toBeLessThanOrEqual(width);
      expect(y).toBeGreaterThanOrEqual(0);
      expect(y + (box?.height ?? 0)).toBeLessThanOrEqual(Math.min(...controls.map((c) => c.top)));
      await context.close();
    },
  );

  it.each([
    [1920, 1080],
    [1280, 720],
    [1440, 900],
    [1024, 768],
  ])(
    'the control bar, shown, covers no text of any slide at %i×%i (the source line stays readable)',
    async (width, height) => {
      // With auto-advance on, the bar has its widest set of controls and the counter its countdown.
      const { page, context } = await app.open('?mode=present&lang=en&interval=3600', {
        viewport: { width, height },
      });
      const covered: string[] = [];
      for (const id of ['title', ...PANEL_IDS, 'sources']) {
        await page.waitForSelector(`[data-slide="${id}"]`);
        if (!['title', 'sources'].includes(id))
          await page.waitForSelector(
            `[data-slide="${id}"] [data-chart][data-chart-state="finished"]`,
          );
        // The pointer moves: the bar is shown.
        await page.mouse.move(width / 2, height / 2 + (id.length % 2));
        await page.locator('.present-controls').waitFor({ state: 'visible' });
        covered.push(
          ...(
            await page.evaluate(() => {
              const bar = (
                document.querySelector('.present-controls') as Element
              ).getBoundingClientRect();
              if (
                getComputedStyle(document.querySelector('.present-controls') as Element).opacity ===
                '0'
              )
                return ['the bar is hidden'];
              const stage = document.querySelector('[data-stage]') as Element;
              const lines: { text: string; r: DOMRect }[] = [];
              const walker = document.createTreeWalker(stage, NodeFilter.SHOW_TEXT);
              for (let n = walker.nextNode(); n; n = walker.nextNode()) {
                if (!n.textContent?.trim() || n.parentElement?.closest('svg')) continue;
                const range = document.createRange();
                range.selectNodeContents(n);
                for (const r of range.getClientRects()) lines.push({ text: n.textContent, r });
              }
              for (const t of stage.querySelectorAll('svg text'))
                lines.push({ text: t.textContent ?? '', r: t.getBoundingClientRect() });
              return lines
                .filter(
                  ({ r }) =>
                    r.width > 0 &&
                    Math.min(r.right, bar.right) > Math.max(r.left, bar.left) &&
                    Math.min(r.bottom, bar.bottom) > Math.max(r.top, bar.top),
                )
                .map(({ text }) => text.trim().slice(0, 60));
            })
          ).map((text) => `${id}: “${text}”`),
        );
        await page.keyboard.press('ArrowRight');
      }
      expect(covered).toEqual([]);
      await context.close();
    },
  );

  it('auto-advances at the chosen interval, with a visible countdown, and P pauses it', async () => {
    const { page, context } = await app.open('?mode=present&interval=5', {
      viewport: { width: 1280, height: 720 },
    });
    await page.waitForSelector('[data-slide="title"]');
    await expect(page.locator('[data-countdown]').isVisible()).resolves.toBe(true);
    await page.waitForSelector('[data-slide="crime-trend"]', { timeout: 8000 });
    await page.keyboard.press('p');
    await expect(page.locator('[data-countdown]').textContent()).resolves.toMatch(/已暂停/);
    await page.waitForTimeout(5500);
    expect(await slideId(page)).toBe('crime-trend');
    await context.close();
  });
});
