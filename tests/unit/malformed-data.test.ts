import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
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

describe(`check-data on ${VARIANTS.length} malformed variants`, () => {
  it.each(VARIANTS.map((variant) => [variant.name, variant] as const))(
    '%s: names the file, the path and the problem',
    (_name, variant) => {
      const reports = checkDataFiles(
        { ...real, [variant.file]: variant.make(realFile(variant.file)) },
        article,
        DATASETS,
      );
      const broken = reports.filter((r) => r.problems.length > 0);
      // Only the replaced file is reported, and with the expected path and message.
      expect(broken.map((r) => r.file)).toEqual([variant.file]);
      const problems = broken[0]?.problems ?? [];
      expect(
        problems.some((p) => p.path === variant.path && variant.message.test(p.message)),
        JSON.stringify(problems).slice(0, 600),
      ).toBe(true);
    },
  );

  it('accepts a file saved with a UTF-8 byte-order mark (Windows editors add one): the data is intact', () => {
    const reports = checkDataFiles(
      { ...real, 'crime.json': `\uFEFF${realFile('crime.json')}` },
      article,
      DATASETS,
    );
    expect(reports.every((r) => r.problems.length === 0)).toBe(true);
  });
});

describe('the check-data command', () => {
  const dir = mkdtempSync(join(tmpdir(), 'yrd-check-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('exits 0 on the shipped data and 1, with the same message, on a broken file', () => {
    cpSync('data', dir, { recursive: true });
    const ok = spawnSync('node', ['scripts/check-data.mjs', dir], { encoding: 'utf8' });
    expect(ok.status).toBe(0);
    const variant = VARIANTS.find((x) => x.name === 'a percentage over 100');
    if (!variant) throw new Error('fixture missing');
    writeFileSync(join(dir, variant.file), variant.make(realFile(variant.file)));
    const bad = spawnSync('node', ['scripts/check-data.mjs', dir], { encoding: 'utf8' });
    expect(bad.status).toBe(1);
    expect(bad.stdout).toContain('✗ governance.json');
    expect(bad.stdout).toContain(
      'figures[0].value: a rate is a percentage from 0 to 100, not 196.1',
    );
    expect(bad.stderr).toContain('check-data: 1 problem');
  }, 30_000);

  it('with --lang zh, each problem in Chinese, as the Chinese page says it; the path as it is', () => {
    const variant = VARIANTS.find((x) => x.name === 'truncated JSON');
    if (!variant) throw new Error('fixture missing');
    cpSync('data', dir, { recursive: true });
    writeFileSync(join(dir, variant.file), variant.make(realFile(variant.file)));
    const zh = spawnSync('node', ['scripts/check-data.mjs', dir, '--lang', 'zh'], {
      encoding: 'utf8',
    });
    expect(zh.status).toBe(1);
    expect(zh.stdout).toContain('✗ governance.json');
    expect(zh.stdout).toMatch(/\(whole file\): 文件不是有效的 JSON:在第 \d+ 行第 \d+ 列处中断/);
    expect(zh.stdout).not.toMatch(/not valid JSON|Unexpected|Unterminated/);
  }, 30_000);
});
