import { describe, expect, it } from 'vitest';
import { escapeMarkup } from './escape';

describe('escapeMarkup', () => {
  it('covers the five characters', () => {
    expect(escapeMarkup(`&<>"'`)).toBe('&amp;&lt;&gt;&quot;&#39;');
  });

  it('leaves other text as it is', () => {
    expect(escapeMarkup('湖州 2019 · 96.1%')).toBe('湖州 2019 · 96.1%');
  });
});
