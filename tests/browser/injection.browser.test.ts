import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { chartsDrawn, describeBrowser, panelsSettled, useApp } from '../support/browser-env';
import { PANEL_IDS, PANEL_OF_FILE } from '../support/panel-ids';
import { sendJson } from '../support/server';

/**
 * Injected text: data files whose labels (figures, events, findings, named items, series — the
 * labels are not checked against the article, the sentences are) carry markup, script, template
 * and spreadsheet-formula payloads. Everything must stay text: in the panels, the table view, the
 * chart's SVG, the exported SVG and the CSV.
 */
const PAYLOADS = [
  '<img src=x onerror=window.__pwned=1>',
  '</script><script>window.__pwned=1</script>',
  'javascript:window.__pwned=1',
  '{{7*7}}',
  '=HYPERLINK("http://x")',
  '+1',
  '-2',
  '@SUM(A1)',
] as const;

/** Every panel's data file, with the panel that draws it (from the registry). */
const FILES = PANEL_OF_FILE;
type DataFile = string;

/** The file with every label (zh and en) prefixed by a payload, the payloads in turn. */
function poisoned(file: DataFile): { text: string; labels: string[] } {
  const data = JSON.parse(readFileSync(`data/${file}`, 'utf8'));
  const labels: string[] = [];
  let i = 0;
  const visit = (node: unknown) => {
    if (Array.isArray(node)) node.forEach(visit);
    else if (node && typeof node === 'object') {
      for (const [key, child] of Object.entries(node)) {
        if (key === 'label' && child && typeof child === 'object') {
          const label = child as { zh: string; en: string };
          const payload = PAYLOADS[i++ % PAYLOADS.length];
          label.zh = `${payload} ${label.zh}`;
          label.en = `${payload} ${label.en}`;
          labels.push(label.zh, label.en);
        } else visit(child);
      }
    }
  };
  visit(data);
  return { text: JSON.stringify(data, null, 2), labels };
}

const POISONED = Object.fromEntries(
  (Object.keys(FILES) as DataFile[]).map((f) => [f, poisoned(f)]),
) as Record<DataFile, { text: string; labels: string[] }>;

/** A minimal RFC 4180 reader: quoted cells, doubled quotes, CRLF rows. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i] as string;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(cell);
      cell = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i++;
    } else cell += c;
  }
  if (cell !== '' || row.length > 0) {
    row.push(cell);
    rows.push(row);
  }
  return rows;
}

async function download(page: Page, panelId: string, action: 'svg' | 'csv') {
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    page.click(`[data-panel="${panelId}"] [data-action="${action}"]`),
  ]);
  return readFileSync((await file.path()) as string, 'utf8');
}

/** What the page holds that a payload could have turned into: elements, handlers, the flag. */
async function injected(page: Page) {
  return page.evaluate(() => ({
    pwned: (window as unknown as { __pwned?: unknown }).__pwned,
    elements: [
      ...document.querySelectorAll(
        'img[src="x"], [onerror], [onload], iframe, object, embed, a[href^="javascript:" i], [data-chart] img, [data-chart] foreignObject',
      ),
    ].map((e) => e.outerHTML.slice(0, 120)),
    inlineScripts: [...document.querySelectorAll('script:not([src])')].map((s) =>
      (s.textContent ?? '').slice(0, 80),
    ),
  }));
}

const count = (text: string, part: string) => text.split(part).length - 1;

/** Payloads whose markup would make elements or run script if parsed as HTML. */
const MARKUP = [PAYLOADS[0], PAYLOADS[1], PAYLOADS[2]] as const;
const FORMULA_START = /^[=+\-@\t\r]/;
const isNumber = (cell: string) => /^-?\d+(\.\d+)?$/.test(cell);

/**
 * Text that holds part of a script payload must hold all of it: a sanitiser or an HTML parser
 * would drop the tags and leave "window.__pwned=1" on its own.
 */
function fragmentsWhole(text: string): string[] {
  const marker = 'window.__pwned=1';
  const whole = MARKUP.reduce((n, p) => n + count(text, p), 0);
  return count(text, marker) === whole
    ? []
    : [`${count(text, marker)} "${marker}" but ${whole} whole payloads`];
}

/** The table view's cells against the CSV's: the same cells, formula starts prefixed with '. */
function csvAgainstTable(allCsvRows: string[][], tableRows: string[][]): string[] {
  const problems: string[] = [];
  // The CSV adds one column the table view does not show: each row's source sentences and report
  // (src/model/table.ts). Its cells are checked for formula starts like the others.
  const sourced = /^(原句与出处|Source sentence and report)$/.test(allCsvRows[0]?.at(-1) ?? '');
  for (const row of sourced ? allCsvRows : [])
    if (FORMULA_START.test(row.at(-1) ?? '')) problems.push(`source cell: formula ${row.at(-1)}`);
  const csvRows = sourced ? allCsvRows.map((row) => row.slice(0, -1)) : allCsvRows;
  if (csvRows.length !== tableRows.length)
    problems.push(`${csvRows.length} CSV rows, ${tableRows.length} table rows`);
  csvRows.forEach((row, r) => {
    const shown = tableRows[r] ?? [];
    if (row.length !== shown.length)
      problems.push(`row ${r}: ${row.length} cells, table ${shown.length}`);
    row.forEach((cell, c) => {
      const t = shown[c] ?? '';
      if (FORMULA_START.test(cell) && !isNumber(cell))
        problems.push(`row ${r}: formula cell ${cell}`);
      const expected = FORMULA_START.test(t) && !isNumber(t) ? `'${t}` : t;
      if (cell !== expected)
        problems.push(`row ${r} col ${c}: CSV ${JSON.stringify(cell)}, table ${JSON.stringify(t)}`);
    });
  });
  return problems;
}

/** Panels whose chart draws labels as text (the timeline chart draws event numbers). */
const LABELLED_CHARTS = PANEL_IDS.filter((id) => id !== 'timeline');

describeBrowser('labels carrying markup, script, template and formula payloads', () => {
  // No CSP: an injected handler would really run here; the app itself must keep the text inert.
  const app = useApp({
    csp: false,
    intercept: (_req, res, path) => {
      const file = path.startsWith('data/') ? (path.slice(5) as DataFile) : undefined;
      const body = file && POISONED[file]?.text;
      if (!body) return false;
      return sendJson(res, body);
    },
  });

  it.each([
    ['zh', '', true],
    ['en', '?lang=en', false],
  ] as const)(
    'in %s: literal text in panels, tables, chart SVG (and the exported SVG and CSV); nothing runs',
    async (lang, query, downloads) => {
      const opened = await app.open(query);
      const { page, context, pageErrors, consoleErrors, foreignRequests } = opened;
      await panelsSettled(page);
      await chartsDrawn(page);
      const statuses = await page
        .locator('[data-panel]')
        .evaluateAll((els) =>
          els.map((e) => `${e.getAttribute('data-panel')}:${e.getAttribute('data-status')}`),
        );
      expect(statuses).toEqual(Object.values(FILES).map((p) => `${p}:success`));

      const problems: string[] = [];
      const shownLabels = new Set<string>();
      for (const [file, panelId] of Object.entries(FILES) as [DataFile, string][]) {
        const fail = (where: string, list: string[]) => {
          for (const p of list) problems.push(`${panelId} ${where}: ${p}`);
        };
        const panel = page.locator(`[data-panel="${panelId}"]`);
        // The labels of this file in the reader's language (zh first, en second in each pair).
        const labels = (POISONED[file]?.labels ?? []).filter(
          (_l, i) => i % 2 === (lang === 'zh' ? 0 : 1),
        );
        // The panel's HTML text; the charts' SVG text is read apart (it wraps long labels over lines).
        const domText = await panel.evaluate((el) => {
          const copy = el.cloneNode(true) as HTMLElement;
          for (const chart of copy.querySelectorAll('[data-chart]')) chart.remove();
          return copy.textContent ?? '';
        });
        fail('panel text', fragmentsWhole(domText));
        for (const l of labels) if (domText.includes(l)) shownLabels.add(l);

        // The chart: SVG text nodes, the payload as their text, no element made of it.
        const svgText = (await panel.locator('[data-chart] svg text').allTextContents()).join('\n');
        if (LABELLED_CHARTS.includes(panelId) && !MARKUP.some((p) => svgText.includes(p)))
          problems.push(`${panelId} chart: no markup payload drawn as SVG text`);

        // The table view: every label as text.
        await panel.locator('[data-action="table"]').click();
        await panel.locator('table.data-table').waitFor();
        const tableRows = await panel
          .locator('table.data-table tr')
          .evaluateAll((rows) =>
            rows.map((r) => [...r.querySelectorAll('th, td')].map((c) => c.textContent ?? '')),
          );
        const tableText = tableRows.flat().join('\n');
        fail('table', fragmentsWhole(tableText));
        const inTable = labels.filter((l) => tableText.includes(l));
        if (inTable.length === 0) problems.push(`${panelId} table: no label shown`);
        for (const l of inTable) shownLabels.add(l);

        if (downloads) {
          // The exported SVG: well-formed XML, the payload as text, no element made of it.
          const svg = await download(page, panelId, 'svg');
          const parsed = await page.evaluate((text) => {
            const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
            return {
              error: doc.querySelector('parsererror')?.textContent ?? null,
              text: doc.documentElement.textContent ?? '',
              elements: [
                ...doc.querySelectorAll('img, script, foreignObject, iframe, [onerror], [onload]'),
              ].map((e) => e.nodeName),
            };
          }, svg);
          if (parsed.error)
            problems.push(
              `${panelId} exported SVG: not well-formed: ${parsed.error.slice(0, 200)}`,
            );
          // (Its chart text may wrap a long label over lines, so only whole payloads are looked for.)
          fail('exported SVG', parsed.elements);
          if (LABELLED_CHARTS.includes(panelId) && !MARKUP.some((p) => parsed.text.includes(p)))
            problems.push(`${panelId} exported SVG: no markup payload as text`);

          // The CSV: a BOM, formula starts neutralised, the same cells as the table view.
          const csv = await download(page, panelId, 'csv');
          if (!csv.startsWith('\uFEFF')) problems.push(`${panelId} CSV: no UTF-8 BOM`);
          fail('CSV', csvAgainstTable(parseCsv(csv.replace(/^\uFEFF/, '')), tableRows));
        }
        await panel.locator('[data-action="table"]').click();
        await panel.locator('table.data-table').waitFor({ state: 'detached' });
      }

      // The tooltip (drawn on the chart, richText): hover the first governance bar's value label.
      const gov = page.locator('[data-chart="governance"]');
      const before = count((await gov.locator('svg text').allTextContents()).join('\n'), MARKUP[0]);
      await gov.locator('svg text', { hasText: '96.1%' }).first().hover();
      await page.waitForFunction(
        ([n, p]) =>
          [...document.querySelectorAll('[data-chart="governance"] svg text')]
            .map((t) => t.textContent ?? '')
            .join('\n')
            .split(p as string).length -
            1 >
          (n as number),
        [before, MARKUP[0]] as const,
        { timeout: 5000 },
      );

      // Every payload was shown somewhere, whole.
      for (const p of PAYLOADS)
        if (![...shownLabels].some((l) => l.startsWith(`${p} `)))
          problems.push(`payload ${p} never shown`);
      expect(problems).toEqual([]);
      expect(await injected(page)).toEqual({ pwned: undefined, elements: [], inlineScripts: [] });
      expect({ pageErrors, consoleErrors, foreignRequests }).toEqual({
        pageErrors: [],
        consoleErrors: [],
        foreignRequests: [],
      });
      await context.close();
    },
  );
});
