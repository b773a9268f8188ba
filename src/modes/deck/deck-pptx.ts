// Lays the deck out with pptxgenjs: 16:9, every title, finding and source line an editable text
// box, each chart a PNG at 2× (and more) its size on the slide, the speaker notes in the notes.
// Loaded only on the "Download slides" click (its own chunk, with pptxgenjs and JSZip).
import type { QueryClient } from '@tanstack/react-query';
import PptxGenJS from 'pptxgenjs';
import { chartFittedSvg, svgToPng } from '../../charts/export';
import type { ChartOption } from '../../charts/option';
import { type ChartThemeName, chartThemeName, TOKENS } from '../../charts/themes';
import { timelineQuery } from '../../data/timeline';
import type { ViewState } from '../../filters/filters';
import { fill } from '../../i18n/format';
import type { Lang } from '../../i18n/lang';
import { DECK_PANELS, type ReadyPanel } from './deck-panels';
import { type DeckData, type DeckSlide, deckSlides } from './deck-slides';
import { DECK_WORDS as D } from './words';

/** The slide in inches (PowerPoint's 16:9). */
const SLIDE = { w: 10, h: 5.625 } as const;
const MARGIN = 0.45;
/** The chart image's box on a panel slide, in inches: below the title, above the source line. */
const CHART_BOX = { y: 1.3, h: 3.55 } as const;
/** The gap between a chart and its cards, and between cards, in inches. */
const CARD_GAP = 0.15;
/** PNG pixels per CSS px of the chart: 960 px wide → 2400, at least 2× its ≤ 9.1 in on the slide. */
const PNG_SCALE = 2.5;
/** Chinese Windows has 微软雅黑 since Vista; pptxgenjs marks it GB2312 (charset −122), so an
 *  office suite without it substitutes a GB2312 face such as 黑体 (SimHei). */
export const DECK_FONT = 'Microsoft YaHei';

const hex = (colour: string) => colour.replace('#', '').toUpperCase();

/** The chart alone (its key is part of the export option), cut to what it draws for an area of
 *  that aspect, as a PNG data URL with its size in px. */
async function chartPng(option: ChartOption, theme: ChartThemeName, lang: Lang, aspect: number) {
  const chart = chartFittedSvg(option, theme, lang, aspect);
  const blob = await svgToPng(chart.svg, PNG_SCALE);
  const data = await new Promise<string>((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error);
    reader.readAsDataURL(blob);
  });
  return { data, width: chart.width, height: chart.height };
}

async function loadAll(client: QueryClient) {
  const panels: ReadyPanel[] = await Promise.all(
    DECK_PANELS.map(async (p) => ({ meta: p.meta, content: await p.content() })),
  );
  // One broken dataset costs its own slide, not the deck.
  const data: DeckData[] = await Promise.all(
    DECK_PANELS.map((p) =>
      p.load(client).then(
        (got) => ({ data: got }),
        (error: unknown) => ({ error }),
      ),
    ),
  );
  return { panels, data };
}

/** Builds the deck of the show for the view, in the browser; resolves with the .pptx file. */
export async function buildDeck(client: QueryClient, view: ViewState): Promise<Blob> {
  const { panels, data } = await loadAll(client);
  const timeline = await client.fetchQuery(timelineQuery).catch(() => undefined);
  const slides = deckSlides(panels, data, view, timeline);
  const theme = chartThemeName(view.theme, true);
  const tokens = TOKENS[theme];
  const pptx = new PptxGenJS();
  pptx.layout = 'LAYOUT_16x9';
  pptx.title = slides[0]?.kind === 'title' ? slides[0].title : '';
  pptx.theme = { headFontFace: DECK_FONT, bodyFontFace: DECK_FONT };
  const text = {
    fontFace: DECK_FONT,
    color: hex(tokens.text),
    margin: 0,
    lang: view.lang === 'zh' ? 'zh-CN' : 'en-GB',
  };
  const muted = { ...text, color: hex(tokens.muted) };

  for (const [i, s] of slides.entries()) {
    const slide = pptx.addSlide();
    slide.background = { color: hex(tokens.background) };
    await layOut(slide, s, { text, muted, theme, lang: view.lang });
    slide.addText(fill(D.slideNumber[view.lang], { n: i + 1, m: slides.length }), {
      ...muted,
      x: SLIDE.w - MARGIN - 1,
      y: SLIDE.h - 0.4,
      w: 1,
      h: 0.25,
      fontSize: 9,
      align: 'right',
    });
    slide.addNotes(s.notes.join('\n'));
  }
  const out = await pptx.write({ outputType: 'blob' });
  return out as Blob;
}

interface TextStyle {
  fontFace: string;
  color: string;
  margin: number;
  lang: string;
}

interface Styles {
  text: TextStyle;
  muted: TextStyle;
  lang: Lang;
  theme: ChartThemeName;
}

async function layOut(slide: PptxGenJS.Slide, s: DeckSlide, { text, muted, theme, lang }: Styles) {
  const w = SLIDE.w - 2 * MARGIN;
  if (s.kind === 'title') {
    slide.addText(s.title, { ...text, x: MARGIN, y: 1.5, w, h: 0.9, fontSize: 36, bold: true });
    slide.addText(s.subtitle, { ...text, x: MARGIN, y: 2.45, w, h: 0.5, fontSize: 20 });
    if (s.meeting)
      slide.addText(s.meeting, { ...muted, x: MARGIN, y: 3.2, w, h: 0.5, fontSize: 16 });
    slide.addText(s.asOf, { ...muted, x: MARGIN, y: 3.8, w, h: 0.4, fontSize: 14 });
    if (s.filters)
      slide.addText(s.filters, { ...text, x: MARGIN, y: 4.3, w, h: 0.4, fontSize: 14, bold: true });
    return;
  }
  if (s.kind === 'sources') {
    slide.addText(s.title, { ...text, x: MARGIN, y: 0.35, w, h: 0.6, fontSize: 26, bold: true });
    slide.addText(s.intro, { ...text, x: MARGIN, y: 1.0, w, h: 0.7, fontSize: 13 });
    slide.addText(
      s.reports.map((r) => ({
        text: `${r.title}${r.translation ? ` — ${r.translation}` : ''}  ${r.byline}`,
        options: { bullet: { type: 'number' as const }, breakLine: true },
      })),
      { ...text, x: MARGIN, y: 1.8, w, h: 2.6, fontSize: 13, valign: 'top', paraSpaceAfter: 6 },
    );
    slide.addText(s.derived, { ...muted, x: MARGIN, y: 4.6, w, h: 0.4, fontSize: 11 });
    return;
  }
  slide.addText(s.kicker, { ...muted, x: MARGIN, y: 0.25, w, h: 0.3, fontSize: 12 });
  // The filters that changed what this slide shows, across from its name.
  if (s.filters)
    slide.addText(s.filters, {
      ...muted,
      x: MARGIN + w / 3,
      y: 0.25,
      w: (2 * w) / 3,
      h: 0.3,
      fontSize: 12,
      align: 'right',
      fit: 'shrink',
    });
  slide.addText(s.title, {
    ...text,
    x: MARGIN,
    y: 0.55,
    w,
    h: 0.7,
    fontSize: 20,
    bold: true,
    valign: 'top',
    fit: 'shrink',
  });
  // With figure cards, the chart takes the left three fifths and the cards a grid on the right
  // (the whole width, in three columns, when there is no chart).
  const cardsW = s.cards ? (s.chart ? w * 0.4 : w) : 0;
  if (s.chart) {
    // As large as the box allows, at the image's own proportions, centred.
    const boxW = s.cards ? w - cardsW - CARD_GAP : w;
    const png = await chartPng(s.chart, theme, lang, boxW / CHART_BOX.h);
    const scale = Math.min(boxW / png.width, CHART_BOX.h / png.height);
    const [cw, ch] = [png.width * scale, png.height * scale];
    slide.addImage({
      data: png.data,
      x: MARGIN + (boxW - cw) / 2,
      y: CHART_BOX.y + (CHART_BOX.h - ch) / 2,
      w: cw,
      h: ch,
      altText: s.notes[1] ?? s.title,
    });
  }
  if (s.cards) layOutCards(slide, s.cards, { x: MARGIN + w - cardsW, w: cardsW }, { text, muted });
  if (!s.chart && !s.cards && s.message) {
    // One line (the empty reason), or a failed file's heading and its problems one a line
    // (up to ten): centred on 2.7 in, below the title, as the one line always was.
    slide.addText(s.message, {
      ...text,
      x: MARGIN,
      y: 1.35,
      w,
      h: 2.7,
      fontSize: 16,
      valign: 'middle',
      fit: 'shrink',
    });
  }
  if (s.source)
    slide.addText(s.source, {
      ...muted,
      x: MARGIN,
      y: CHART_BOX.y + CHART_BOX.h + 0.05,
      w: w - 1.1,
      h: 0.45,
      fontSize: 10,
      valign: 'top',
      fit: 'shrink',
    });
}

type SlideCardsOf = NonNullable<Extract<DeckSlide, { kind: 'panel' }>['cards']>;

/**
 * The figure cards as text boxes in a grid in the chart area's column `x`…`x + w`: each card the
 * number large (its unit smaller), what it counts, and its period; what has no figure in the
 * grid's next cell.
 */
function layOutCards(
  slide: PptxGenJS.Slide,
  { cards, more }: SlideCardsOf,
  { x, w }: { x: number; w: number },
  { text, muted }: Pick<Styles, 'text' | 'muted'>,
) {
  const cols = w > 5 ? 3 : 2;
  const cells = cards.length + (more ? 1 : 0);
  const rows = Math.max(1, Math.ceil(cells / cols));
  const cw = (w - (cols - 1) * CARD_GAP) / cols;
  const rh = (CHART_BOX.h - (rows - 1) * CARD_GAP) / rows;
  const at = (i: number) => ({
    x: x + (i % cols) * (cw + CARD_GAP),
    y: CHART_BOX.y + Math.floor(i / cols) * (rh + CARD_GAP),
    w: cw,
    h: rh,
  });
  for (const [i, c] of cards.entries()) {
    slide.addText(
      [
        { text: c.number, options: { fontSize: 26, bold: true } },
        { text: c.unit ? ` ${c.unit}` : '', options: { fontSize: 13, breakLine: true } },
        { text: c.label, options: { fontSize: 12, breakLine: true } },
        { text: c.note, options: { fontSize: 10, color: muted.color } },
      ],
      { ...text, ...at(i), valign: 'top', fit: 'shrink', paraSpaceAfter: 2 },
    );
  }
  if (more)
    slide.addText(more, {
      ...muted,
      ...at(cards.length),
      fontSize: 11,
      valign: 'top',
      fit: 'shrink',
    });
}
