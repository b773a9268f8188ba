import { describe, expect, it } from 'vitest';
import { emptyCause } from './emptied-by';

// Events as [category, province]: no cold case in Jiangxi, though each filter alone keeps some.
const items = [
  ['cold-cases', 'zhejiang'],
  ['judicial', 'jiangxi'],
  ['judicial', 'zhejiang'],
] as const;
type Item = (typeof items)[number];
const category = (c: string) => ['category', (it: Item) => it[0] === c] as const;
const province = (p: string) => ['province', (it: Item) => it[1] === p] as const;
const always = ['years', () => true] as const;

describe('emptyCause', () => {
  it('is undefined when some item passes every filter', () => {
    expect(emptyCause(items, [category('judicial'), province('jiangxi')])).toBeUndefined();
  });

  it('names one filter alone when it alone leaves nothing', () => {
    expect(emptyCause(items, [category('judicial'), province('anhui')])).toEqual({
      by: 'province',
      with: [],
    });
  });

  it('names the filters together when each alone leaves items', () => {
    expect(emptyCause(items, [category('cold-cases'), always, province('jiangxi')])).toEqual({
      by: 'province',
      with: ['category'],
    });
  });
});
