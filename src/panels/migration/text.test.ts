import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DEFAULT_VIEW, type ViewState } from '../../filters/filters';
import { tableToCsv } from '../../model/table';
import { migrationView } from './model';
import { migrationSchema } from './schema';
import { migrationEmptyReason, migrationSummary, migrationTable, migrationTitle } from './text';

const data = migrationSchema.parse(JSON.parse(readFileSync('data/migration.json', 'utf8')));
const v = (patch: Partial<ViewState>): ViewState => ({ ...DEFAULT_VIEW, ...patch });
const all = migrationView(data, DEFAULT_VIEW);

describe('migration text', () => {
  it('states the citizen’s before/after as the title, in the article’s words in Chinese', () => {
    expect(migrationTitle(all, 'zh')).toBe('跨省迁户口:从跑三四趟、一个多月,到跑一次、不到一周');
    expect(migrationTitle(all, 'en')).toBe(
      'Moving a registration across provinces: from 3–4 trips and over 1 month to 1 trip and under 1 week',
    );
  });

  it('falls back to the largest volume when the journey is filtered out', () => {
    expect(migrationTitle(migrationView(data, v({ regions: ['shanghai'] })), 'zh')).toBe(
      '整个长三角区域户口迁移总量超过40万人/年',
    );
  });

  it('summarises every figure with its hedge', () => {
    const en = migrationSummary(all, 'en');
    expect(en).toContain('Zhejiang (Hangzhou, Wenzhou, Huzhou), Anhui (Hefei, Chuzhou, Anqing)');
    expect(en).toContain('nearly 100,000 people a year');
    expect(en).toContain('over 400,000 people a year');
    expect(en).toContain('Before 3–4 trips, over 1 month');
    expect(migrationSummary(all, 'zh')).toContain('以前 三四趟、一个多月');
  });

  it('tabulates the figures shown, with the values, the upper end of a range and the printed words', () => {
    const table = migrationTable(all, 'zh');
    expect(table.rows).toHaveLength(6 + 2 + 4);
    const trips = table.rows.find((r) => r.reported === '三四趟');
    expect([trips?.value, trips?.valueHigh, trips?.shown]).toEqual([3, 4, '3–4趟']);
    const over = table.rows.find((r) => r.reported === '超过了40万人');
    expect([over?.value, over?.shown]).toEqual([400000, '超过40万人/年']);
    expect(tableToCsv(table)).toContain('近10万人');
  });

  it('gives a reason when nothing is left', () => {
    expect(migrationEmptyReason(migrationView(data, v({ categories: ['cold-cases'] })), 'en')).toBe(
      'This panel belongs to the “Service reform” category, which the selected categories leave out.',
    );
    expect(migrationEmptyReason(migrationView(data, v({ to: 2019 })), 'zh')).toBe(
      '这些数字均为2020年6月报道(每年的迁移量、现在与以前的对比);所选年份不包括2020年。',
    );
    expect(migrationEmptyReason(migrationView(data, v({ regions: ['jiangxi'] })), 'zh')).toContain(
      '首批城市在浙江、安徽',
    );
  });
});
