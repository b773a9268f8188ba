import { readFileSync } from 'node:fs';
import { QueryClient } from '@tanstack/react-query';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { crimeSchema } from '../../data/crime';
import { parseDataset } from '../../data/load';
import { DatasetError } from '../../data/problems';
import { timelineSchema } from '../../data/timeline';
import { DEFAULT_VIEW, type ViewState } from '../../filters/filters';
import { formatPeriod } from '../../i18n/format';
import { sourceEntries } from '../../model/sources';
import type { PanelContent, PanelModel, ViewKey } from '../../panels/contract';
import { CRIME_TREND_CONTENT } from '../../panels/crime-trend/content';
import { governanceView } from '../../panels/governance/model';
import { type GovernanceData, governanceSchema } from '../../panels/governance/schema';
import { countParts } from '../../panels/governance/text';
import { TIMELINE_CONTENT } from '../../panels/timeline/content';
import { SLIDES } from '../present/slides';
import { DECK_PANELS, type ReadyPanel } from './deck-panels';
import { type DeckData, deckSlides } from './deck-slides';

const read = (file: string) => JSON.parse(readFileSync(`data/${file}`, 'utf8'));
const timeline = timelineSchema.parse(read('timeline.json'));

// Every panel of the registry as the deck reads it: its content from its view module, its data
// through a query client (its meta's data(), or else its own file), the files answered from data/.
let CONTENTS: PanelContent<unknown, PanelModel, ViewKey>[] = [];
let data: DeckData[] = [];
let panels: ReadyPanel[] = [];
beforeAll(async () => {
  vi.stubGlobal('fetch', async (input: RequestInfo | URL) => {
    const url = String(input);
    return new Response(readFileSync(`data/${url.slice(url.lastIndexOf('/') + 1)}`, 'utf8'));
  });
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  CONTENTS = await Promise.all(DECK_PANELS.map((p) => p.content()));
  data = await Promise.all(DECK_PANELS.map(async (p) => ({ data: await p.load(client) })));
  panels = DECK_PANELS.map((p, i) => ({ meta: p.meta, content: CONTENTS[i] }) as ReadyPanel);
});
afterAll(() => vi.unstubAllGlobals());

/** The governance panel's place in the show (its slide is one further, after the title). */
const GOV = DECK_PANELS.findIndex((p) => p.meta.id === 'governance');

/** governance.json with a figure's value spelled "NaN", as the data layer reports it. */
function wrongGovernance(): unknown {
  const json = read('governance.json');
  json.figures[0].value = 'NaN';
  try {
    parseDataset('governance.json', JSON.stringify(json), governanceSchema);
  } catch (e) {
    return e;
  }
  throw new Error('the wrong file was accepted');
}
const missingGovernance = () =>
  new DatasetError(
    'governance.json',
    [{ path: '', message: 'the server answered 404 Not Found' }],
    'fetch',
  );

describe('the slide deck', () => {
  it('has the show’s slides in the show’s order', () => {
    const slides = deckSlides(panels, data, DEFAULT_VIEW, timeline);
    expect(slides.map((s) => ('id' in s ? s.id : s.kind))).toEqual(SLIDES.map((s) => s.id));
  });

  it('each view module’s content is the content the test reads', async () => {
    const ids = DECK_PANELS.map((p) => p.meta.id);
    expect(CONTENTS[ids.indexOf('crime-trend')]).toBe(CRIME_TREND_CONTENT);
    expect(CONTENTS[ids.indexOf('timeline')]).toBe(TIMELINE_CONTENT);
    // One content per panel, each its own.
    expect(new Set(CONTENTS).size).toBe(DECK_PANELS.length);
    for (const [i, p] of DECK_PANELS.entries()) expect(await p.content()).toBe(CONTENTS[i]);
  });

  for (const lang of ['zh', 'en'] as const) {
    it(`in ${lang}: every panel slide has its finding, chart, source line and every verbatim sentence in its notes`, () => {
      const view: ViewState = { ...DEFAULT_VIEW, lang };
      const slides = deckSlides(panels, data, view, timeline);
      for (const [i, s] of slides.slice(1, -1).entries()) {
        if (s.kind !== 'panel') throw new Error(`slide ${i + 1} is not a panel slide`);
        const content = CONTENTS[i];
        const got = data[i];
        if (!content || !got || !('data' in got)) throw new Error('test set-up');
        const model = content.model(got.data as never, view);
        expect(s.title).toBe(content.title(model as never, lang));
        expect(s.chart).toBeDefined();
        expect(s.message).toBeUndefined();
        expect(s.source).toMatch(lang === 'zh' ? /^来源:《/ : /^Source: “/);
        const sentences = sourceEntries(model.sources, lang).flatMap((e) =>
          e.sentence ? [e.sentence] : [],
        );
        expect(sentences.length).toBeGreaterThan(0);
        for (const sentence of sentences) expect(s.notes.join('\n')).toContain(sentence);
        expect(s.notes).toContain(content.summary(model as never, lang));
      }
      const [first, last] = [slides[0], slides.at(-1)];
      expect(first?.kind === 'title' && first.meeting).toBeTruthy();
      expect(last?.kind === 'sources' && last.reports.length).toBe(4);
    });
  }

  it('the crime-trend and timeline pictures carry their key: what every numbered mark stands for', () => {
    for (const lang of ['zh', 'en'] as const) {
      const view: ViewState = { ...DEFAULT_VIEW, lang };
      const slides = deckSlides(panels, data, view, timeline);
      const drawn = (id: string) => {
        const s = slides.find((x) => x.kind === 'panel' && x.id === id);
        // The key wraps long labels onto lines of its width.
        return JSON.stringify(s?.kind === 'panel' ? s.chart : undefined)
          .replaceAll('\\n', '')
          .replace(/\s+/g, '');
      };
      const crime = CRIME_TREND_CONTENT.model(
        { crime: crimeSchema.parse(read('crime.json')), timeline },
        view,
      );
      expect(crime.milestones.length).toBeGreaterThan(0);
      const bare = (t: string) => t.replace(/\s+/g, '');
      for (const m of crime.milestones) expect(drawn('crime-trend')).toContain(bare(m.label[lang]));
      const tl = TIMELINE_CONTENT.model(timeline, view);
      expect(tl.marks.length).toBe(12);
      for (const m of tl.marks) expect(drawn('timeline')).toContain(bare(m.event.label[lang]));
    }
  });

  it('names the filters on the title slide and on each slide they change, and nowhere unfiltered', () => {
    const plain = deckSlides(panels, data, DEFAULT_VIEW, timeline);
    expect(plain.every((s) => s.kind === 'sources' || s.filters === undefined)).toBe(true);
    const view: ViewState = {
      ...DEFAULT_VIEW,
      from: 2019,
      regions: ['zhejiang'],
      categories: ['cold-cases'],
    };
    const slides = deckSlides(panels, data, view, timeline);
    const said = '筛选:2019年起 · 浙江 · 命积案侦破';
    expect(slides[0]?.kind === 'title' && slides[0].filters).toBe(said);
    // Each panel slide names them when what it shows differs from the unfiltered slide (today's
    // five panels all do under these filters; a panel whose figures they leave alone does not).
    const shown = (s: (typeof slides)[number] | undefined) =>
      s?.kind === 'panel' ? JSON.stringify([s.title, s.message, s.chart, s.cards]) : '';
    const changed: string[] = [];
    for (const [i, s] of slides.entries()) {
      if (s.kind !== 'panel') continue;
      const differs = shown(s) !== shown(plain[i]);
      if (differs) changed.push(s.id);
      expect(s.filters, s.id).toBe(differs ? said : undefined);
      if (differs) expect(s.notes).toContain(said);
    }
    expect(changed.length).toBeGreaterThan(0);
    // The crime metric changes the crime slide alone.
    const metric = deckSlides(panels, data, { ...DEFAULT_VIEW, metric: 'homicides' }, timeline);
    expect(metric.flatMap((s) => (s.kind === 'panel' && s.filters ? [s.id] : []))).toEqual([
      'crime-trend',
    ]);
  });

  it('a filter that empties a panel gives its slide the empty reason instead of a chart', () => {
    const view: ViewState = { ...DEFAULT_VIEW, from: 1990, to: 1991 };
    const slides = deckSlides(panels, data, view, timeline);
    const crime = slides.find((x) => x.kind === 'panel' && x.id === 'crime-trend');
    if (crime?.kind !== 'panel') throw new Error('no crime slide');
    expect(crime.chart).toBeUndefined();
    expect(crime.message).toBeTruthy();
  });

  for (const lang of ['zh', 'en'] as const) {
    it(`in ${lang}: the governance slide has its figure cards as text and a chart without them; no other slide has cards`, () => {
      const view: ViewState = { ...DEFAULT_VIEW, lang };
      const slides = deckSlides(panels, data, view, timeline);
      const gov = slides[GOV + 1];
      const got = data[GOV];
      if (gov?.kind !== 'panel' || !got || !('data' in got)) throw new Error('no governance slide');
      const model = governanceView(got.data as GovernanceData, view);
      // Every count of the panel, number, unit and label as the panel's card shows them.
      expect(gov.cards?.cards).toEqual(
        model.counts.map((c) => ({
          ...countParts(c.figure, lang),
          label: c.figure.label[lang],
          note: expect.stringContaining(formatPeriod(c.figure.period, lang)),
        })),
      );
      expect(gov.cards?.cards.length).toBeGreaterThan(0);
      // The share read from the index's months is on its card's note.
      expect(
        gov.cards?.cards.some((c) => c.note.includes(lang === 'zh' ? '推算' : 'derived')),
      ).toBe(true);
      for (const f of model.findings) expect(gov.cards?.more).toContain(f.label[lang]);
      // The picture is the chart alone: the cards' lines (the export's) are not drawn in it.
      const drawn = JSON.stringify(gov.chart);
      expect(drawn).toContain(model.rates[0]?.label[lang]);
      for (const c of model.counts) expect(drawn).not.toContain(c.figure.label[lang]);
      for (const s of slides)
        if (s.kind === 'panel' && s.id !== 'governance') expect(s.cards).toBeUndefined();
    });
  }

  it('a filter that empties the governance panel leaves its slide without cards', () => {
    const view: ViewState = { ...DEFAULT_VIEW, regions: ['shanghai'] };
    const gov = deckSlides(panels, data, view, timeline)[GOV + 1];
    if (gov?.kind !== 'panel') throw new Error('no governance slide');
    expect(gov.message).toBeTruthy();
    expect(gov.cards).toBeUndefined();
  });

  it('a panel whose data failed says so on its own slide; the others are whole', () => {
    const broken = [...data];
    broken[GOV] = { error: wrongGovernance() };
    const slides = deckSlides(panels, broken, DEFAULT_VIEW, timeline);
    const gov = slides[GOV + 1];
    if (gov?.kind !== 'panel') throw new Error('no governance slide');
    expect(gov.chart).toBeUndefined();
    expect(gov.message).toContain('data/governance.json');
    expect(gov.notes).toEqual(['基层治理成效', gov.message]);
    const others = slides.filter((s) => s.kind === 'panel' && s.id !== 'governance');
    expect(others.every((s) => s.kind === 'panel' && s.chart)).toBe(true);
  });

  // The panel on the page says it in these words (messages.ts's dataError, fetchError and
  // renderError; i18n/problems.ts's Chinese for the data layer's problems).
  it.each([
    [
      'zh',
      'a wrong file',
      wrongGovernance,
      '数据文件有误,此面板无法显示: data/governance.json\nfigures[0].value: 应为数字,实际为文本 "NaN"',
    ],
    [
      'en',
      'a wrong file',
      wrongGovernance,
      'A data file is wrong; this panel cannot be shown: data/governance.json\nfigures[0].value: should be number, but is the text "NaN"',
    ],
    [
      'zh',
      'a file not had',
      missingGovernance,
      '数据文件无法获取: data/governance.json\n服务器返回 404 Not Found',
    ],
    [
      'en',
      'a file not had',
      missingGovernance,
      'A data file could not be loaded: data/governance.json\nthe server answered 404 Not Found',
    ],
    [
      'zh',
      'another error',
      () => new TypeError('x is not a function'),
      '此面板显示出错\nTypeError: x is not a function',
    ],
  ] as const)(
    'the failed slide says it in the deck’s language (%s, %s), as the panel on the page does',
    (lang, _what, error, said) => {
      const broken = [...data];
      broken[GOV] = { error: error() };
      const gov = deckSlides(panels, broken, { ...DEFAULT_VIEW, lang }, timeline)[GOV + 1];
      expect(gov?.kind === 'panel' && gov.message).toBe(said);
    },
  );

  it('lists at most eight problems of a failed file, and counts the rest', () => {
    const problems = Array.from({ length: 11 }, (_, i) => ({
      path: `figures[${i}].value`,
      message: 'a count cannot be negative (-1)',
    }));
    const broken = [...data];
    broken[GOV] = { error: new DatasetError('governance.json', problems) };
    const gov = deckSlides(panels, broken, DEFAULT_VIEW, timeline)[GOV + 1];
    const lines = (gov?.kind === 'panel' && gov.message?.split('\n')) || [];
    expect(lines).toHaveLength(10);
    expect(lines[1]).toBe('figures[0].value: 计数不能为负数(-1)');
    expect(lines[9]).toBe('… +3');
  });
});
