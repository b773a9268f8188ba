// Every numbered mark comes with its key wherever the chart goes: on the crime-trend and timeline
// slides (which show none of the dashboard's lists) and in the SVG each panel downloads (the PNG
// is drawn from the same SVG).
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { crimeSchema } from '../../src/data/crime';
import { timelineSchema } from '../../src/data/timeline';
import { DEFAULT_VIEW } from '../../src/filters/filters';
import { markNumber } from '../../src/i18n/format';
import { crimeTrendView } from '../../src/panels/crime-trend/model';
import { milestoneLegend } from '../../src/panels/crime-trend/option';
import { timelineView } from '../../src/panels/timeline/model';
import { chartsDrawn, describeBrowser, useApp } from '../support/browser-env';
import { axeViolations, panelOf, ready } from '../support/pages';

const crime = crimeSchema.parse(JSON.parse(readFileSync('data/crime.json', 'utf8')));
const timeline = timelineSchema.parse(JSON.parse(readFileSync('data/timeline.json', 'utf8')));

/** Each panel's numbered marks with their labels, from the data (not from the page). */
const KEYS = {
  'crime-trend': milestoneLegend(crimeTrendView(crime, timeline, DEFAULT_VIEW).milestones),
  timeline: timelineView(timeline, DEFAULT_VIEW).marks.map((m) => ({
    mark: markNumber(m.number),
    label: m.event.label,
  })),
};
const PANELS = Object.keys(KEYS) as (keyof typeof KEYS)[];

/** Text without white space: a label wrapped over several lines of the image reads the same. */
const squeeze = (s: string) => s.replace(/\s+/g, '');

/** The texts an SVG draws, in document order, entities decoded, run together. */
function svgText(svg: string): string {
  const decode = (s: string) =>
    s
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&quot;/g, '"')
      .replace(/&#39;|&apos;/g, "'")
      .replace(/&amp;/g, '&');
  return squeeze(
    [...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) => decode(m[1] ?? '')).join(''),
  );
}

async function download(page: Page, panel: string): Promise<string> {
  const button = panelOf(panel)(page).locator('[data-action="svg"]');
  await button.scrollIntoViewIfNeeded();
  const [file] = await Promise.all([page.waitForEvent('download'), button.click()]);
  return readFileSync(await file.path(), 'utf8');
}

describeBrowser('the keys of numbered marks in Chromium', () => {
  const app = useApp();

  it.each(['zh', 'en'] as const)(
    'the crime-trend and timeline slides show every mark with its label (%s), legible on a projector',
    async (lang) => {
      const { page, context, pageErrors } = await app.open(`?mode=present&lang=${lang}`, {
        viewport: { width: 1920, height: 1080 },
      });
      for (const id of PANELS) {
        await page.goto(`${app.server.url}?mode=present&lang=${lang}&slide=${id}`);
        await chartsDrawn(page);
        const key = page.locator(
          `[data-slide="${id}"] ${id === 'timeline' ? '.tl-key' : '.ct-key'}`,
        );
        await expect(key.isVisible()).resolves.toBe(true);
        const items = await key.locator('li').allTextContents();
        expect(items.map(squeeze), `${id} ${lang}`).toEqual(
          KEYS[id].map((k) => squeeze(`${k.mark}${k.label[lang]}`)),
        );
        // Inside the stage, and at least 28 px on the 1920×1080 stage (15 CSS px of 1024).
        const fit = await key.evaluate((el) => {
          const stage = (document.querySelector('[data-stage]') as Element).getBoundingClientRect();
          const r = el.getBoundingClientRect();
          const sizes = [...el.querySelectorAll('li')].map((li) =>
            Number.parseFloat(getComputedStyle(li).fontSize),
          );
          return {
            inside: r.top >= stage.top && r.bottom <= stage.bottom,
            smallest: Math.min(...sizes),
          };
        });
        expect(fit.inside).toBe(true);
        expect(fit.smallest * (1920 / 1024)).toBeGreaterThanOrEqual(28);
      }
      expect(pageErrors).toEqual([]);
      await context.close();
    },
  );

  it('has no axe violation on the slides with a key, light and dark', async () => {
    const { page, context } = await app.open('?mode=present&slide=timeline', {
      viewport: { width: 1920, height: 1080 },
    });
    for (const query of [
      '?mode=present&slide=timeline',
      '?mode=present&slide=timeline&theme=dark&lang=en',
      '?mode=present&slide=crime-trend&theme=dark',
      '?mode=present&slide=governance&lang=en',
    ]) {
      await page.goto(app.server.url + query);
      await chartsDrawn(page);
      expect(await axeViolations(page), query).toEqual([]);
    }
    await context.close();
  });

  it.each(['zh', 'en'] as const)(
    'the SVG each of them downloads (%s) holds the key: every mark and its label',
    async (lang) => {
      const { page, context, pageErrors } = await app.open(`?lang=${lang}`);
      await ready(page);
      for (const id of PANELS) {
        const text = svgText(await download(page, id));
        for (const k of KEYS[id]) {
          expect(text, `${id} ${lang}: ${k.mark}`).toContain(squeeze(k.mark));
          expect(text, `${id} ${lang}`).toContain(squeeze(k.label[lang]));
        }
        expect(text).toContain(squeeze(lang === 'zh' ? '来源:' : 'Source'));
      }
      expect(pageErrors).toEqual([]);
      await context.close();
    },
  );
});
