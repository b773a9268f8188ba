import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { problemText } from '../../src/i18n/problems';
import { DATASETS } from '../../src/modes/panel-registry';
import { checkDataFiles } from '../../src/panels/check-data';
import type { DatasetFile } from '../../src/panels/datasets';
import { realFile, VARIANTS } from '../fixtures/malformed';
import { PANEL_FILES } from '../support/panel-ids';

const article = readFileSync('data/article.txt', 'utf8');
const real = Object.fromEntries(PANEL_FILES.map((f) => [f, realFile(f)])) as Record<
  DatasetFile,
  string
>;

/** Runs of English words, once quoted values ("…") are taken out: no parser's words either. */
function englishLeft(text: string): string[] {
  const bare = text.replace(/"[^"]*"/g, '');
  return bare.match(/[A-Za-z]{2,}(?: [A-Za-z]{2,})+/g) ?? [];
}

describe('problem texts on a Chinese page', () => {
  const messages = new Set<string>();
  for (const variant of VARIANTS) {
    const reports = checkDataFiles(
      { ...real, [variant.file]: variant.make(realFile(variant.file)) },
      article,
      DATASETS,
    );
    for (const r of reports) for (const p of r.problems) messages.add(p.message);
  }

  it('the malformed fixtures produce a range of problems to translate', () => {
    expect(messages.size).toBeGreaterThan(20);
  });

  it.each([...messages].map((m) => [m]))('%s', (message) => {
    const zh = problemText(message, 'zh');
    expect(zh).not.toBe(message);
    expect(zh).toMatch(/[\u4e00-\u9fff]/);
    expect(englishLeft(zh)).toEqual([]);
    // English pages keep the data layer's words, as check-data prints them.
    expect(problemText(message, 'en')).toBe(message);
  });

  it('keeps the quoted values and paths as they are', () => {
    expect(problemText('should be number, but is the text "NaN"', 'zh')).toBe(
      '应为数字,实际为文本 "NaN"',
    );
    expect(problemText('the id "key-tasks" is used twice (first at figures[0])', 'zh')).toBe(
      'id "key-tasks" 用了两次(第一次在 figures[0])',
    );
  });

  it('the fetch failures', () => {
    expect(problemText('the server answered 404 Not Found', 'zh')).toBe('服务器返回 404 Not Found');
    expect(problemText('the server did not answer within 15 s', 'zh')).toBe(
      '服务器在 15 秒内没有响应',
    );
    // The browser's own words ("Failed to fetch") go to the console, not into the problem.
    expect(problemText('the file could not be fetched; is the server reachable?', 'zh')).toBe(
      '无法取得该文件;服务器能否访问?',
    );
  });

  it('an unknown text stays in English rather than vanish', () => {
    expect(problemText('something new went wrong', 'zh')).toBe('something new went wrong');
  });
});
