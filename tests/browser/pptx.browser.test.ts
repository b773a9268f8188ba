import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import JSZip from 'jszip';
import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { describeBrowser, useApp } from '../support/browser-env';
import {
  findSoffice,
  missingOfficeMessage,
  officeToPdf,
  pdfPages,
  pdfToPngs,
} from '../support/office';
import { panelSentences, ready } from '../support/pages';
import { PANEL_IDS } from '../support/panel-ids';

const soffice = findSoffice();
if (!soffice) {
  console.error(missingOfficeMessage());
  if (process.env.CI === 'true')
    throw new Error(
      'CI=true and no LibreOffice: the PPTX must be opened by an office suite in CI.',
    );
}
const ARTIFACTS = 'tests/artifacts/pptx';
/** The show: a title slide, the panels, the sources. */
const SLIDE_COUNT = PANEL_IDS.length + 2;

/** The texts of a DrawingML part, paragraph by paragraph (runs joined). */
function paragraphs(xml: string): string[] {
  return [...xml.matchAll(/<a:p>(.*?)<\/a:p>/gs)]
    .map((p) => [...(p[1] ?? '').matchAll(/<a:t>([^<]*)<\/a:t>/g)].map((t) => t[1]).join(''))
    .map((t) =>
      t
        .replaceAll('&amp;', '&')
        .replaceAll('&lt;', '<')
        .replaceAll('&gt;', '>')
        .replaceAll('&quot;', '"'),
    )
    .filter((t) => t !== '');
}

interface Deck {
  slides: string[][];
  notes: string[][];
  pictures: number[];
  bytes: number;
}

async function readDeck(file: string): Promise<Deck> {
  const buffer = readFileSync(file);
  const zip = await JSZip.loadAsync(buffer);
  const part = (name: string) => zip.file(name)?.async('string') ?? Promise.resolve('');
  const slides: string[][] = [];
  const notes: string[][] = [];
  const pictures: number[] = [];
  for (let i = 1; i <= SLIDE_COUNT + 1; i++) {
    const xml = await part(`ppt/slides/slide${i}.xml`);
    if (!xml) break;
    slides.push(paragraphs(xml));
    pictures.push((xml.match(/<p:pic>/g) ?? []).length);
    const rels = await part(`ppt/slides/_rels/slide${i}.xml.rels`);
    const notesFile = /Target="\.\.\/notesSlides\/(notesSlide\d+\.xml)"/.exec(rels)?.[1];
    notes.push(notesFile ? paragraphs(await part(`ppt/notesSlides/${notesFile}`)) : []);
  }
  return { slides, notes, pictures, bytes: buffer.length };
}

/** Clicks "Download slides (PPTX)", returns the saved file and the scripts the click fetched. */
async function downloadDeck(page: Page, dir: string, name: string) {
  const scripts: string[] = [];
  page.on('request', (r) => {
    if (r.resourceType() === 'script') scripts.push(new URL(r.url()).pathname);
  });
  const [download] = await Promise.all([
    page.waitForEvent('download', { timeout: 60_000 }),
    page.locator('[data-action="pptx"]').first().click(),
  ]);
  const file = join(dir, name);
  await download.saveAs(file);
  await page.locator('[data-deck-status="done"]').first().waitFor({ timeout: 10_000 });
  return { file, suggested: download.suggestedFilename(), scripts };
}

describeBrowser('the slide deck (PPTX)', () => {
  const app = useApp();

  it.each([
    ['zh', ''],
    ['en', '?lang=en'],
  ])(
    'in %s: one slide per slide of the show, titles and sources as text, a chart image on every panel slide, the sentences in the notes',
    async (lang, query) => {
      rmSync(join(ARTIFACTS, lang), { recursive: true, force: true });
      mkdirSync(join(ARTIFACTS, lang), { recursive: true });
      const { page, context, pageErrors, consoleErrors, cspViolations, foreignRequests } =
        await app.open(query);
      await ready(page);
      const sentences = await panelSentences(page);
      const titles = await page.locator('[data-panel] h2').allTextContents();
      const sourceLines = await page.locator('[data-panel] .panel-source > p').allTextContents();
      expect(sourceLines.length).toBe(PANEL_IDS.length);
      // Not a byte of the deck's code before the click.
      const loadedBefore = await page.evaluate(() =>
        performance.getEntriesByType('resource').map((r) => r.name),
      );
      expect(loadedBefore.some((n) => n.includes('deck-pptx'))).toBe(false);
      const { file, suggested, scripts } = await downloadDeck(
        page,
        join(ARTIFACTS, lang),
        `deck-${lang}.pptx`,
      );
      expect(suggested).toBe(`yrd-slides-${lang}.pptx`);
      // pptxgenjs came with the click, in the deck's own chunk; nothing left the origin.
      expect(scripts.some((s) => /\/assets\/deck-pptx-[\w-]+\.js$/.test(s))).toBe(true);
      expect(foreignRequests).toEqual([]);
      expect({ pageErrors, consoleErrors, cspViolations }).toEqual({
        pageErrors: [],
        consoleErrors: [],
        cspViolations: [],
      });

      const deck = await readDeck(file);
      expect(deck.slides.length).toBe(SLIDE_COUNT);
      for (const [i, id] of PANEL_IDS.entries()) {
        const slide = deck.slides[i + 1] ?? [];
        const notes = (deck.notes[i + 1] ?? []).join('\n');
        // The finding as the slide's title, the source line, the chart as a picture.
        expect(slide, id).toContain(titles[i]);
        expect(slide, id).toContain(sourceLines[i]);
        expect(deck.pictures[i + 1], id).toBe(1);
        expect(notes, id).toContain(titles[i]);
        const own = sentences[id] ?? [];
        expect(own.length, id).toBeGreaterThan(0);
        for (const s of own) expect(notes, `${id}: ${s}`).toContain(s);
      }
      expect(deck.slides[0]?.join(' ')).toContain(
        lang === 'zh' ? '长三角警务数据看板' : 'YRD Policing Dashboard',
      );
      expect(deck.slides.at(-1)?.join(' ')).toContain(
        '《长三角地区最高规格警务会议上 湖州治理风景被点赞》',
      );
      await context.close();

      // Opened by a real office suite: LibreOffice Impress converts it, one page per slide, each
      // with its title (and, for a panel, its source line) as text.
      if (!soffice) return;
      const pdf = officeToPdf(soffice, file, join(ARTIFACTS, lang));
      const pages = pdfPages(pdf);
      expect(pages.length).toBe(SLIDE_COUNT);
      const squash = (s: string) => s.replace(/\s+/g, '');
      for (const [i] of PANEL_IDS.entries()) {
        const text = squash(pages[i + 1] ?? '');
        expect(text).toContain(squash(titles[i] ?? '').slice(0, 12));
        expect(text).toContain(lang === 'zh' ? '来源:' : 'Source:');
      }
      const pngs = pdfToPngs(pdf, join(ARTIFACTS, lang), 'page', 60);
      expect(pngs.length).toBe(SLIDE_COUNT);
      writeFileSync(join(ARTIFACTS, lang, 'bytes.txt'), `${deck.bytes}\n`);
    },
    180_000,
  );
});
