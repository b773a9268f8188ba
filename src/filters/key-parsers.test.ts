import { describe, expect, it } from 'vitest';
import { listOf } from './key-parsers';

describe('listOf', () => {
  const parse = listOf(['shanghai', 'zhejiang', 'anhui'] as const);

  it('names each unknown item once, in the order first typed', () => {
    expect(parse('mars,mars')).toEqual({
      status: 'invalid',
      raw: 'mars,mars',
      reason: {
        code: 'unknown-items',
        unknown: ['mars'],
        values: ['shanghai', 'zhejiang', 'anhui'],
      },
    });
    const mixed = parse('pluto, mars,zhejiang,pluto,mars ');
    expect(mixed.status === 'invalid' && mixed.reason).toMatchObject({
      unknown: ['pluto', 'mars'],
    });
  });

  it('keeps known items once, in the list’s order', () => {
    expect(parse('anhui,shanghai,anhui')).toEqual({
      status: 'valid',
      value: ['shanghai', 'anhui'],
    });
  });
});
