import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { crimeSchema } from '../../src/data/crime';
import { parseDataset } from '../../src/data/load';
import { timelineSchema } from '../../src/data/timeline';
import { DEFAULT_VIEW } from '../../src/filters/filters';
import { citationsIn, footerText, sourceLine } from '../../src/model/sources';
import { DATASET_FILES, DATASETS } from '../../src/modes/panel-registry';
import { checkDataFiles } from '../../src/panels/check-data';
import { crimeTrendView } from '../../src/panels/crime-trend/model';
import { crimeTrendOption } from '../../src/panels/crime-trend/option';
import { drawnYearsNote } from '../../src/panels/crime-trend/text';
import type { DatasetFile } from '../../src/panels/datasets';
import { followed, recipes, withAllRecipes } from '../fixtures/recipes';

// docs/data.md's recipes, followed as written on a copy of the data: check-data passes, and what
// the page would say of the result is true (the browser test checks the page itself).

const read = (file: string) => readFileSync(`data/${file}`, 'utf8');
const article = read('article.txt');
const real = Object.fromEntries(DATASET_FILES.map((f) => [f, read(f)])) as Record<
  DatasetFile,
  string
>;
const after = withAllRecipes(read);

describe('the recipes of docs/data.md', () => {
  it('are there: add a year, an event, a governance figure', () => {
    expect(recipes().map((r) => r.name)).toEqual([
      'add-a-year',
      'add-an-event',
      'add-a-governance-figure',
    ]);
  });

  it.each(recipes().map((r) => [r.name, r] as const))('%s: check-data passes', (_name, recipe) => {
    const file = recipe.file as DatasetFile;
    const reports = checkDataFiles(
      { ...real, [file]: followed(read(file), recipe) },
      article,
      DATASETS,
    );
    expect(reports.flatMap((r) => r.problems)).toEqual([]);
  });

  const dir = mkdtempSync(join(tmpdir(), 'yrd-recipes-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('npm run check-data on a copy of data/ with every recipe followed: exit 0', () => {
    cpSync('data', dir, { recursive: true });
    for (const [file, text] of Object.entries(after)) writeFileSync(join(dir, file), text);
    const run = spawnSync('node', ['scripts/check-data.mjs', dir], { encoding: 'utf8' });
    expect(run.stdout).toContain('✓ crime.json');
    expect(run.status).toBe(0);
  }, 30_000);
});

describe('what the page says once a year is added from a yearbook', () => {
  const crime = parseDataset('crime.json', after['crime.json'] ?? '', crimeSchema);
  const timeline = parseDataset('timeline.json', after['timeline.json'] ?? '', timelineSchema);
  const view = crimeTrendView(crime, timeline, DEFAULT_VIEW);

  it('draws 2015 between the article’s years, the gaps either side of it', () => {
    const cases = view.metrics.find((m) => m.series.id === 'criminal-cases');
    expect(cases?.points.map((p) => p.year)).toEqual([2010, 2015, 2019]);
    expect(cases?.gaps.map((g) => [g.missingFrom, g.missingTo])).toEqual([
      [2011, 2014],
      [2016, 2018],
    ]);
  });

  it('the note no longer says only the article’s years are drawn', () => {
    expect(drawnYearsNote(view, 'zh')).not.toMatch(/只画出文章报告的年份/);
    expect(drawnYearsNote(view, 'zh')).toMatch(/以及另注出处的/);
    expect(drawnYearsNote(view, 'en')).not.toMatch(/Only the years the article reports/);
    // Without the added year, the note is the article's, as before.
    const shipped = crimeTrendView(
      parseDataset('crime.json', read('crime.json'), crimeSchema),
      timeline,
      DEFAULT_VIEW,
    );
    expect(drawnYearsNote(shipped, 'zh')).toMatch(/^只画出文章报告的年份/);
  });

  it('the source line dates the yearbook by its own year, the article by June 2020', () => {
    const zh = sourceLine(view.sources, 'zh');
    expect(zh).toMatch(/^来源:《[^》]+》\(2020年6月\);《湖州统计年鉴 2016, p\. 12》\(2016年\)$/);
    expect(zh).not.toContain('p. 12》(2020年6月)');
    expect(sourceLine(view.sources, 'en')).toMatch(
      /^Source: “[^”]+” \(June 2020\); “湖州统计年鉴 2016, p\. 12” \(2016\)$/,
    );
  });

  it('the connectors either side of 2015 are too short for their label; the long ones keep it', () => {
    const option = crimeTrendOption(view, 'zh') as {
      series: { id: string; markLine?: { data: unknown[] } }[];
    };
    const gapLabels = (id: string) =>
      (option.series.find((s) => s.id === id)?.markLine?.data ?? [])
        .filter(Array.isArray)
        .map((pair) => (pair[0] as { label: { show: boolean } }).label.show);
    expect(gapLabels('criminal-cases')).toEqual([false, false]);
    expect(gapLabels('homicides')).toEqual([true]);
  });

  it('a single missing year is labelled as one year, not "2016–2016"', () => {
    const oneGap = crimeTrendView(
      {
        ...crime,
        series: crime.series.map((s) => ({
          ...s,
          points: [
            ...s.points,
            {
              ...(s.points[0] as (typeof s.points)[0]),
              id: `${s.id}-2017`,
              year: 2017,
              peak: undefined,
              source: { citation: 'x yearbook' },
            },
          ],
        })),
      },
      undefined,
      DEFAULT_VIEW,
    );
    const labels = JSON.stringify(crimeTrendOption(oneGap, 'zh'));
    expect(labels).toContain('2018年\\n未报告');
    expect(labels).not.toMatch(/(\d{4})–\1年/);
  });
});

describe('the footer names every source', () => {
  it('the article alone: every figure from the newspaper', () => {
    const shipped = DATASET_FILES.map((f) => JSON.parse(read(f)));
    expect(citationsIn(shipped)).toEqual([]);
    expect(footerText([], 'zh')).toMatch(/^所有数字均来自/);
  });

  it('with the recipes followed: the article, and each citation with its date', () => {
    const data = DATASET_FILES.map((f) => JSON.parse(after[f] ?? read(f)));
    const zh = footerText(citationsIn(data), 'zh');
    expect(zh).not.toMatch(/所有数字均来自/);
    expect(zh).toContain('四篇报道');
    for (const part of [
      '《湖州统计年鉴 2016, p. 12》(2016年)',
      '《长三角警务简报 2020年第9期》(2020年9月)',
      '《湖州市公安局 2020年工作总结》(2021年1月)',
    ])
      expect(zh).toContain(part);
    const en = footerText(citationsIn(data), 'en');
    expect(en).not.toMatch(/^Every figure/);
    expect(en).toContain('“湖州统计年鉴 2016, p. 12” (2016)');
    expect(en).toContain('“长三角警务简报 2020年第9期” (September 2020)');
  });
});
