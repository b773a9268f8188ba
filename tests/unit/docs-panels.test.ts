import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { PANELS_META } from '../support/panel-ids';

// The docs name the panels in two kinds of place, and both follow the registry
// (src/modes/panel-registry.tsx): the table of panels (a table whose first column is `panel`) and
// the embed's `panel` key (a row whose first cell is `panel`, listing the values it takes).
const DOCS = [
  'README.md',
  ...readdirSync('docs')
    .filter((f) => f.endsWith('.md'))
    .map((f) => `docs/${f}`),
];

const cells = (row: string) =>
  row
    .trim()
    .replace(/^\||\|$/g, '')
    .split('|')
    .map((c) => c.trim());
const codes = (cell: string) => [...cell.matchAll(/`([^`]+)`/g)].map((m) => m[1]);

/** Every table whose header's first cell is "panel", with its rows' cells. */
function panelTables(text: string): string[][][] {
  const tables: string[][][] = [];
  const lines = text.split('\n');
  for (const [i, line] of lines.entries()) {
    if (!/^\|\s*panel\s*\|/.test(line) || !/^\|[\s:|-]+\|$/.test(lines[i + 1] ?? '')) continue;
    const rows: string[][] = [];
    for (let j = i + 2; (lines[j] ?? '').startsWith('|'); j++) rows.push(cells(lines[j] ?? ''));
    tables.push(rows);
  }
  return tables;
}

describe('the docs’ tables of panels', () => {
  const found = DOCS.flatMap((file) =>
    panelTables(readFileSync(file, 'utf8')).map((rows) => ({ file, rows })),
  );

  // The table a reader asks for (`npm run panels`) is the registry's, read as a docs table is read.
  it('`npm run panels` prints the registry’s panels as a table of panels', () => {
    const out = spawnSync('node', ['scripts/panels.mjs'], { encoding: 'utf8' });
    expect(out.status, out.stderr).toBe(0);
    const [rows, ...more] = panelTables(out.stdout);
    expect(more).toEqual([]);
    expect(
      (rows ?? []).map((r) => [codes(r[0] ?? '')[0], r[1], r[2], codes(r[3] ?? '')[0]]),
    ).toEqual(PANELS_META.map((p) => [p.id, p.name.zh, p.name.en, p.dataset]));
  }, 30_000);

  // A page that lists the panels by hand (none does today) must list the registry's.
  it.skipIf(found.length === 0).each(found.map((t) => [t.file, t.rows] as const))(
    '%s: its table lists exactly the registry’s panels, in order, with their names and data files',
    (_file, rows) => {
      // If this fails, the expected rows are what to write (after a panel was added or removed).
      const expected = PANELS_META.map((p) => [p.id, p.name.zh, p.name.en, p.dataset]);
      expect(rows.map((r) => [codes(r[0] ?? '')[0], r[1], r[2], codes(r[3] ?? '')[0]])).toEqual(
        expected,
      );
    },
  );

  it('where the embed’s `panel` key lists its values, they are the registry’s panels', () => {
    for (const file of DOCS) {
      for (const line of readFileSync(file, 'utf8').split('\n')) {
        const [key, values = ''] = cells(line);
        if (!line.startsWith('|') || key !== '`panel`') continue;
        const listed = codes(values);
        if (listed.length > 0) expect(listed, file).toEqual(PANELS_META.map((p) => p.id));
      }
    }
  });
});
