// Contrast on every mark, as drawn: each panel of the registry, in both languages, in the light and
// dark themes, with and without pattern fills, in each view that draws a chart — the dashboard
// (desk width and a phone's), the PNG/SVG export, the present-mode slide and the PPTX picture (both
// in the projector themes) — rendered to SVG by ECharts as the app renders it, then every text
// against what is painted under its box, and every series mark against what is under it.
//
// Thresholds: text 4.5:1 (3:1 at 24 px, or 18.66 px bold: WCAG 1.4.3); on the projector 7:1, as
// the README promises for the projector palette; marks 3:1 (WCAG 1.4.11).
import { readFileSync } from 'node:fs';
import { QueryClient } from '@tanstack/react-query';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { EXPORT_SIZE } from '../../src/charts/band-layout';
import { echarts } from '../../src/charts/echarts';
import { chartOnlySvg, chartToSvg } from '../../src/charts/export';
import { type ChartOption, finishOption } from '../../src/charts/option';
import {
  type ChartThemeName,
  chartThemeName,
  fontFamilyFor,
  TOKENS,
} from '../../src/charts/themes';
import { DEFAULT_VIEW } from '../../src/filters/filters';
import type { Lang } from '../../src/i18n/lang';
import { DECK_PANELS } from '../../src/modes/deck/deck-panels';
import type { PanelModel } from '../../src/panels/contract';
import { PANEL_IDS } from '../support/panel-ids';
import { markContrasts, parseColour, readSvg, textContrasts } from '../support/svg-contrast';

// The panels' data as the page fetches it, from data/.
vi.stubGlobal('fetch', async (url: string) =>
  Promise.resolve(new Response(readFileSync(`data/${String(url).split('/').pop()}`, 'utf8'))),
);
afterAll(() => {
  vi.unstubAllGlobals();
});

type View = 'screen' | 'phone' | 'export' | 'slide' | 'pptx';
const VIEWS: readonly View[] = ['screen', 'phone', 'export', 'slide', 'pptx'];
/** A phone's chart width (390 px less the page's and the panel's padding). */
const PHONE_WIDTH = 340;

/** What the page's <Chart> draws: the option finished as the wrapper finishes it, in the theme. */
function screenSvg(
  option: ChartOption,
  theme: ChartThemeName,
  lang: Lang,
  patterns: boolean,
  width: number,
  height: number,
) {
  const chart = echarts.init(null, theme, { renderer: 'svg', ssr: true, width, height });
  try {
    chart.setOption(
      finishOption(option, { reducedMotion: true, patterns, fontFamily: fontFamilyFor(lang) }),
      { notMerge: true },
    );
    return chart.renderToSVGString();
  } finally {
    chart.dispose();
  }
}

interface Case {
  view: View;
  theme: ChartThemeName;
  patterns: boolean;
  /** The view keys beyond the default, in words. */
  state: string;
  svg: string;
}

/** An event of the timeline, opened: its mark is drawn selected. */
const OPEN_EVENT: string = JSON.parse(readFileSync('data/timeline.json', 'utf8')).events[0].id;

const client = new QueryClient();

describe('contrast on every mark, as drawn', () => {
  it('reads every panel of the registry', () => {
    expect(DECK_PANELS.map((p) => p.meta.id)).toEqual(PANEL_IDS);
  });

  for (const panel of DECK_PANELS)
    for (const lang of ['zh', 'en'] as const)
      it(`${panel.meta.id} in ${lang}: every text and mark in every theme and view`, async () => {
        const content = await panel.content();
        const data = await panel.load(client);
        // The default view, and the view with an event open where that draws differently (the
        // timeline's selected mark).
        const states = new Map<string, { state: string; model: PanelModel }>();
        for (const [state, keys] of [
          ['', {}],
          [` · event=${OPEN_EVENT}`, { event: OPEN_EVENT }],
        ] as const) {
          const model = content.model(data, { ...DEFAULT_VIEW, lang, ...keys });
          const json = JSON.stringify(model);
          if (!states.has(json)) states.set(json, { state, model });
        }
        const cases: Case[] = [];
        for (const { state, model } of states.values())
          for (const app of ['light', 'dark'] as const)
            for (const patterns of [false, true]) {
              const desk = chartThemeName(app, false);
              const projector = chartThemeName(app, true);
              const draw = (view: View, theme: ChartThemeName, svg: () => string) => {
                cases.push({ view, theme, patterns, state, svg: svg() });
              };
              const on = (width: number) => {
                const option = content.option(model, lang, { width });
                return option && { option, height: content.chartHeight(model, lang, { width }) };
              };
              const desktop = on(640);
              const phone = on(PHONE_WIDTH);
              const exported = content.exportOption(model, lang);
              if (desktop)
                draw('screen', desk, () =>
                  screenSvg(desktop.option, desk, lang, patterns, 640, desktop.height),
                );
              if (phone)
                draw('phone', desk, () =>
                  screenSvg(phone.option, desk, lang, patterns, PHONE_WIDTH, phone.height),
                );
              if (desktop)
                draw('slide', projector, () =>
                  screenSvg(desktop.option, projector, lang, patterns, 960, desktop.height),
                );
              // The downloads and the PPTX draw no patterns (chartOnlySvg): the same image either way.
              if (exported && !patterns) {
                const height = content.chartHeight(model, lang, { width: EXPORT_SIZE.width });
                draw('export', desk, () =>
                  chartToSvg(
                    exported,
                    desk,
                    {
                      title: content.title(model, lang) ?? panel.meta.name[lang],
                      footer: ['source'],
                      lang,
                    },
                    EXPORT_SIZE.width,
                    height,
                  ),
                );
                draw('pptx', projector, () => chartOnlySvg(exported, projector, lang).svg);
              }
            }
        expect(new Set(cases.map((c) => c.view))).toEqual(new Set(VIEWS));

        const failures: string[] = [];
        let texts = 0;
        let marks = 0;
        for (const c of cases) {
          const projector = c.theme.startsWith('yrd-projector');
          const background = parseColour(TOKENS[c.theme].background);
          if (!background) throw new Error('test set-up: a theme without a background');
          const drawing = readSvg(c.svg);
          const where = `${panel.meta.id} · ${lang}${c.state} · ${c.theme}${c.patterns ? ' + patterns' : ''} · ${c.view}`;
          for (const t of textContrasts(drawing, background)) {
            texts++;
            const large = (t.fontSize ?? 0) >= 24 || (!!t.bold && (t.fontSize ?? 0) >= 18.66);
            const min = projector ? 7 : large ? 3 : 4.5;
            if (t.ratio < min)
              failures.push(
                `${where}: text "${t.what}" ${t.ratio.toFixed(2)}:1 (${t.fg} on ${t.bg}), needs ${min}:1`,
              );
          }
          for (const m of markContrasts(drawing, background, TOKENS[c.theme].palette)) {
            marks++;
            if (m.ratio < 3)
              failures.push(
                `${where}: mark ${m.what} ${m.ratio.toFixed(2)}:1 (${m.fg} on ${m.bg}), needs 3:1`,
              );
          }
        }
        // The check reads what was drawn: a chart whose texts or marks it failed to find proves nothing.
        expect(texts).toBeGreaterThan(cases.length * 3);
        expect(marks).toBeGreaterThan(cases.length);
        expect(failures).toEqual([]);
        // About 16 charts drawn and read: a few seconds, more on a busy machine.
      }, 120_000);
});
