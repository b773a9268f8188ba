import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DATASETS } from '../../src/modes/panel-registry';
import { checkDataFiles, formatCheckReport } from '../../src/panels/check-data';
import type { DatasetFile } from '../../src/panels/datasets';
import { PANEL_FILES } from '../support/panel-ids';

// Real-data tests: these parse the files the app ships.
const article = readFileSync('data/article.txt', 'utf8');
const real = Object.fromEntries(
  PANEL_FILES.map((f) => [f, readFileSync(`data/${f}`, 'utf8')]),
) as Record<DatasetFile, string>;

function withEdit(file: DatasetFile, edit: (data: ReturnType<typeof JSON.parse>) => void) {
  const data = JSON.parse(readFileSync(`data/${file}`, 'utf8'));
  edit(data);
  return { ...real, [file]: JSON.stringify(data) };
}

function problemsOf(files: Partial<Record<DatasetFile, string>>, file: string) {
  return checkDataFiles(files, article, DATASETS).find((r) => r.file === file)?.problems ?? [];
}

describe('check-data on the shipped data', () => {
  it('finds every file valid and every sentence in the article', () => {
    const reports = checkDataFiles(real, article, DATASETS);
    expect(formatCheckReport(reports)).not.toContain('✗');
    expect(reports.map((r) => r.file)).toEqual(['src/data/reports.ts', ...PANEL_FILES]);
  });
});

describe('check-data on broken data', () => {
  it('names the file, the path and the problem for a value that is text', () => {
    const files = withEdit('crime.json', (d) => {
      d.series[0].points[1].value = 'abc';
    });
    expect(problemsOf(files, 'crime.json')).toEqual([
      { path: 'series[0].points[1].value', message: 'should be number, but is the text "abc"' },
    ]);
  });

  it('refuses a sentence that is not in the article', () => {
    const files = withEdit('governance.json', (d) => {
      d.figures[0].source.sentence = '今年全市矛盾纠纷化解率99.9%。';
    });
    const problems = problemsOf(files, 'governance.json');
    expect(problems.map((p) => p.path)).toContain('figures[0].source.sentence');
  });

  it('refuses a sentence credited to a report it is not in', () => {
    const files = withEdit('timeline.json', (d) => {
      d.events[2].sources[1].report = 'r1';
    });
    expect(problemsOf(files, 'timeline.json')).toEqual([
      { path: 'events[2].sources[1].report', message: 'this sentence is in report r3, not in r1' },
    ]);
  });

  it('refuses a value that does not match the figure as printed', () => {
    const files = withEdit('cooperation.json', (d) => {
      d.figures[1].value = 27;
    });
    expect(problemsOf(files, 'cooperation.json')).toEqual([
      {
        path: 'figures[1].value',
        message: 'the value 27 does not match the printed figure "26项" (26)',
      },
    ]);
  });

  it('refuses an unknown field, an unknown place, a rate over 100 and a duplicate id', () => {
    const files = withEdit('governance.json', (d) => {
      d.figures[0].valu = 1;
      d.figures[1].scope = ['atlantis'];
      d.figures[2].kind = 'rate';
      d.figures[2].unit = 'percent';
      d.figures[2].value = 170.6;
    });
    const messages = problemsOf(files, 'governance.json').map((p) => `${p.path}: ${p.message}`);
    expect(messages).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^figures\[0\]: has a field the schema does not know: "valu"/),
        expect.stringMatching(
          /^figures\[1\]\.scope\[0\]: should be one of .* but is the text "atlantis"/,
        ),
        'figures[2].value: a rate is a percentage from 0 to 100, not 170.6',
      ]),
    );
  });

  it('says that a file failing its schema has not been checked against the article yet', () => {
    const files = withEdit('crime.json', (d) => {
      d.series[0].points[1].value = 'abc';
    });
    const reports = checkDataFiles(files, article, DATASETS);
    expect(reports.find((r) => r.file === 'crime.json')?.articleUnchecked).toBe(true);
    expect(reports.find((r) => r.file === 'governance.json')?.articleUnchecked).toBeUndefined();
    expect(formatCheckReport(reports)).toMatch(
      /✗ crime\.json\n {4}series\[0\]\.points\[1\]\.value: .*\n {4}\(its figures and sentences are checked against the article once these are fixed\)/,
    );
  });

  it('refuses an id used twice', () => {
    const files = withEdit('governance.json', (d) => {
      d.figures[3].id = d.figures[4].id;
    });
    expect(problemsOf(files, 'governance.json')).toEqual([
      {
        path: 'figures[4].id',
        message: 'the id "ping-an-index-months" is used twice (first at figures[3])',
      },
    ]);
  });

  it('refuses a day that is not in the calendar and an unknown category', () => {
    const files = withEdit('timeline.json', (d) => {
      d.events[2].date.date = '2020-02-30';
      d.events[3].category = 'weather';
    });
    const paths = problemsOf(files, 'timeline.json').map((p) => p.path);
    expect(paths).toEqual(expect.arrayContaining(['events[2].date.date', 'events[3].category']));
  });

  it('reports a missing file, an empty file, HTML and broken JSON in words', () => {
    // One kind of breakage per panel's data file, in the registry's order (as many as there are).
    const cases: [string | undefined, RegExp][] = [
      [undefined, /^the file is missing$/],
      ['', /^the file is empty$/],
      ['<!doctype html><h1>502</h1>', /HTML page instead of JSON/],
      ['{"dataset": "migr', /^the file is not valid JSON/],
    ];
    const broken = cases.slice(0, PANEL_FILES.length).map(([text, said], i) => ({
      file: PANEL_FILES[i] as string,
      text,
      said,
    }));
    const files = { ...real, ...Object.fromEntries(broken.map((b) => [b.file, b.text])) };
    const reports = checkDataFiles(files, article, DATASETS);
    const message = (f: string) => reports.find((r) => r.file === f)?.problems[0]?.message;
    expect(broken.length).toBe(Math.min(4, PANEL_FILES.length));
    for (const b of broken) expect(message(b.file), b.file).toMatch(b.said);
  });
});
