import { describe, expect, it } from 'vitest';
import { EXPORT_SIZE } from './band-layout';
import { EXPORT_KEY, keyLines, withKeyBeside } from './chart-key';
import type { ChartOption } from './option';

type Title = { text: string; subtext?: string; left: number; top: number };
const titlesOf = (o: ChartOption) => o.title as Title[];

describe('withKeyBeside', () => {
  const base: ChartOption = {
    grid: [
      { left: 72, right: 28 },
      { left: 72, right: 28 },
    ],
    title: [{ text: '刑事案件总量(起)' }],
  };
  const key = {
    heading: '大事记',
    entries: [
      { mark: '①', label: '长三角区域警务一体化领导小组成立' },
      { mark: '②', label: '2020年长三角区域警务一体化领导小组会议在湖州召开' },
    ],
    words: false,
  };

  it('gives up the key’s width on the right of every grid and keeps the chart’s own titles', () => {
    const o = withKeyBeside(base, key);
    expect((o.grid as { right: number }[]).map((g) => g.right)).toEqual([
      28 + EXPORT_KEY.width + EXPORT_KEY.gap,
      28 + EXPORT_KEY.width + EXPORT_KEY.gap,
    ]);
    expect(titlesOf(o)[0]?.text).toBe('刑事案件总量(起)');
    // A single grid stays a single grid.
    expect(withKeyBeside({ grid: { right: 30 } }, key).grid).toEqual({
      right: 30 + EXPORT_KEY.width + EXPORT_KEY.gap,
    });
  });

  it('draws the heading, then each mark with its whole label, stacked without overlap', () => {
    const [, heading, m1, l1, m2, l2] = titlesOf(withKeyBeside(base, key));
    const left = EXPORT_SIZE.width - EXPORT_KEY.inset - EXPORT_KEY.width;
    expect(heading).toMatchObject({ text: '大事记', left, top: 0 });
    expect([m1?.text, m2?.text]).toEqual(['①', '②']);
    expect(l1?.text.replaceAll('\n', '')).toBe(key.entries[0]?.label);
    expect(l2?.text.replaceAll('\n', '')).toBe(key.entries[1]?.label);
    expect(l1?.left).toBe(left + EXPORT_KEY.markWidth);
    const lines1 = (l1?.text.split('\n') ?? []).length;
    expect(l2?.top).toBeGreaterThanOrEqual((l1?.top ?? 0) + lines1 * EXPORT_KEY.line);
    expect(m2?.top).toBe(l2?.top);
  });

  it('puts its notes under the entries, or under the plot from notesTop', () => {
    const notes = ['实心点:具体日期'];
    const beside = titlesOf(withKeyBeside(base, { ...key, notes })).at(-1) as Title;
    const label2 = titlesOf(withKeyBeside(base, key)).at(-1) as Title;
    expect(beside.subtext).toBe('实心点:具体日期');
    expect(beside.top).toBeGreaterThan(label2.top);
    const under = titlesOf(withKeyBeside(base, { ...key, notes, notesTop: 400 })).at(-1) as Title;
    expect(under).toMatchObject({ left: EXPORT_KEY.inset, top: 406 });
  });
});

describe('keyLines', () => {
  it('breaks English between words and Chinese anywhere, within the width', () => {
    const en = keyLines('Seven more cold homicide cases solved this year', 200, 13, true);
    expect(en.join(' ')).toBe('Seven more cold homicide cases solved this year');
    expect(en.length).toBeGreaterThan(1);
    expect(keyLines('今年又连破7起命积案', 300, 13, false)).toEqual(['今年又连破7起命积案']);
  });
});
