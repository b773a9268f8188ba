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

/** EMU per inch (DrawingML). */
const EMU = 914_400;
/** The chart area of a panel slide in inches (deck-pptx.ts: the slide less its margins, CHART_BOX). */
const CHART_AREA = { w: 10 - 2 * 0.45, h: 3.55 };

/** Each panel slide's picture: where it is placed (in) and its PNG. */
async function slidePictures(file: string) {
  const zip = await JSZip.loadAsync(readFileSync(file));
  const out: { slide: number; w: number; h: number; png: string }[] = [];
  for (let i = 2; i < SLIDE_COUNT; i++) {
    const xml = (await zip.file(`ppt/slides/slide${i}.xml`)?.async('string')) ?? '';
    const rels = (await zip.file(`ppt/slides/_rels/slide${i}.xml.rels`)?.async('string')) ?? '';
    const pic = /<p:pic>.*?<\/p:pic>/s.exec(xml)?.[0];
    if (!pic) continue;
    const embed = /r:embed="([^"]+)"/.exec(pic)?.[1];
    const ext = /<a:ext cx="(\d+)" cy="(\d+)"/.exec(pic);
    const target = new RegExp(`Id="${embed}"[^>]*Target="\\.\\./media/([^"]+)"`).exec(rels)?.[1];
    const png = await zip.file(`ppt/media/${target}`)?.async('base64');
    if (!ext || !png) throw new Error(`slide ${i}: picture without size or image`);
    out.push({ slide: i, w: Number(ext[1]) / EMU, h: Number(ext[2]) / EMU, png });
  }
  return out;
}

/** The box of a PNG that differs from its corner pixel (the background), as shares of its size. */
function contentBox(page: Page, png: string) {
  return page.evaluate(async (data) => {
    const img = new Image();
    img.src = `data:image/png;base64,${data}`;
    await img.decode();
    const canvas = document.createElement('canvas');
    canvas.width = img.naturalWidth;
    canvas.height = img.naturalHeight;
    const ctx = canvas.getContext('2d');
    if (!ctx) throw new Error('no canvas');
    ctx.drawImage(img, 0, 0);
    const { data: px, width, height } = ctx.getImageData(0, 0, canvas.width, canvas.height);
    const at = (i: number) => px[i] ?? 0;
    const bg = [at(0), at(1), at(2)] as const;
    let [l, t, r, b] = [width, height, -1, -1];
    for (let y = 0; y < height; y++)
      for (let x = 0; x < width; x++) {
        const i = (y * width + x) * 4;
        const d =
          Math.abs(at(i) - bg[0]) + Math.abs(at(i + 1) - bg[1]) + Math.abs(at(i + 2) - bg[2]);
        if (d > 30) {
          l = Math.min(l, x);
          t = Math.min(t, y);
          r = Math.max(r, x);
          b = Math.max(b, y);
        }
      }
    return { w: (r - l + 1) / width, h: (b - t + 1) / height };
  }, png);
}

describeBrowser('the slide deck (PPTX) for the reader', () => {
  const app = useApp();

  it('each chart picture fills at least 70 % of its chart area, the timeline its height; the governance cards are text', async () => {
    const dir = join(ARTIFACTS, 'fit');
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
    const { page, context } = await app.open();
    await ready(page);
    // The cards as the page shows them: each number and label must be a text on the slide.
    const cards = await page.locator('[data-panel="governance"] .gov-card').evaluateAll((els) =>
      els.map((el) => ({
        number: el.querySelector('.gov-card-number')?.textContent ?? '',
        label: el.querySelector('.gov-card-label')?.textContent ?? '',
      })),
    );
    expect(cards.length).toBeGreaterThan(0);
    const { file } = await downloadDeck(page, dir, 'deck-fit.pptx');
    const pictures = await slidePictures(file);
    expect(pictures.length).toBe(PANEL_IDS.length);
    const slideOf = (id: string) => PANEL_IDS.indexOf(id) + 2;
    for (const p of pictures) {
      const box = await contentBox(page, p.png);
      // Beside the governance cards, the chart's area is the slide's left three fifths less a gap.
      const areaW = p.slide === slideOf('governance') ? CHART_AREA.w * 0.6 - 0.15 : CHART_AREA.w;
      const covered = (p.w * box.w * p.h * box.h) / (areaW * CHART_AREA.h);
      expect(covered, `slide ${p.slide}`).toBeGreaterThanOrEqual(0.7);
    }
    const timeline = pictures.find((p) => p.slide === slideOf('timeline'));
    const timelineBox = timeline && (await contentBox(page, timeline.png));
    expect((timeline?.h ?? 0) * (timelineBox?.h ?? 0)).toBeGreaterThanOrEqual(0.7 * CHART_AREA.h);

    const zip = await JSZip.loadAsync(readFileSync(file));
    const xml =
      (await zip.file(`ppt/slides/slide${slideOf('governance')}.xml`)?.async('string')) ?? '';
    // Every <a:t> run with its font size (hundredths of a point).
    const runs = [...xml.matchAll(/<a:rPr[^>]*?sz="(\d+)"[^>]*>.*?<a:t>([^<]*)<\/a:t>/gs)].map(
      (m) => ({ size: Number(m[1]) / 100, text: (m[2] ?? '').replaceAll('&amp;', '&') }),
    );
    for (const c of cards) {
      const number = runs.find((r) => r.text === c.number);
      expect(number?.size, `card ${c.number}`).toBeGreaterThanOrEqual(24);
      const label = runs.find((r) => r.text === c.label);
      expect(label?.size, `card ${c.label}`).toBeGreaterThanOrEqual(12);
    }
    await context.close();
    if (soffice) pdfToPngs(officeToPdf(soffice, file, dir), dir, 'page', 60);
  }, 180_000);

  it('a filtered deck names its filters on the title slide and on the slides they change', async () => {
    const dir = join(ARTIFACTS, 'filtered');
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
    const { page, context } = await app.open('?from=2019&region=zhejiang&cat=cold-cases');
    await ready(page);
    const { file } = await downloadDeck(page, dir, 'deck-filtered.pptx');
    const deck = await readDeck(file);
    const said = '筛选:2019年起 · 浙江 · 命积案侦破';
    expect(deck.slides[0]).toContain(said);
    // A panel slide names them where the filters change what it shows (as deck-slides.test.ts
    // says of the slides' model): against the unfiltered deck, downloaded the same way.
    const plainPage = await context.newPage();
    await plainPage.goto(app.server.url);
    await ready(plainPage);
    const plain = await readDeck((await downloadDeck(plainPage, dir, 'deck-plain.pptx')).file);
    let named = 0;
    for (const [i, id] of PANEL_IDS.entries()) {
      const filtered = deck.slides[i + 1] ?? [];
      const differs =
        JSON.stringify(filtered.filter((t) => t !== said)) !== JSON.stringify(plain.slides[i + 1]);
      expect(filtered.includes(said), id).toBe(differs);
      if (differs) named += 1;
    }
    // Today's filter changes at least one panel (every one of today's five).
    expect(named).toBeGreaterThan(0);
    expect(deck.slides.at(-1)).not.toContain(said);
    await context.close();
    if (soffice) pdfToPngs(officeToPdf(soffice, file, dir), dir, 'page', 60);
  }, 180_000);
});
