import { describe, expect, it } from 'vitest';
import { parseView } from '../../filters/url';
import { parseEmbed } from './embed-params';

describe('parseEmbed', () => {
  it('reads the panel and actions', () => {
    const request = parseEmbed('?panel=timeline&actions=0&lang=en');
    expect(request.entry?.id).toBe('timeline');
    expect(request.requested).toBe('timeline');
    expect(request.actions).toBe(false);
    expect(request.notices).toEqual([]);
  });

  it('takes the last of a repeated panel and says so, as every other key does', () => {
    const request = parseEmbed('?panel=timeline&panel=crime-trend');
    expect(request.entry?.id).toBe('crime-trend');
    expect(request.requested).toBe('crime-trend');
    expect(request.notices).toEqual([
      { key: 'panel', raw: 'timeline', reason: { code: 'repeated' } },
    ]);
    // The same rule as for a view key.
    expect(parseView('?lang=zh&lang=en').view.lang).toBe('en');
  });

  it('keeps an unknown or empty panel name for its own message, with no notice', () => {
    expect(parseEmbed('?panel=%20crime%20')).toMatchObject({
      requested: 'crime',
      entry: undefined,
      notices: [],
    });
    expect(parseEmbed('?panel=')).toMatchObject({ requested: '', entry: undefined, notices: [] });
    expect(parseEmbed('')).toMatchObject({ requested: undefined, entry: undefined, notices: [] });
    expect(parseEmbed(`?panel=${'p'.repeat(100)}`).requested).toHaveLength(60);
  });

  it('takes true and false for actions, and names anything else', () => {
    expect(parseEmbed('?actions=false').actions).toBe(false);
    expect(parseEmbed('?actions=true').actions).toBe(true);
    expect(parseEmbed('?actions=maybe').notices).toEqual([
      { key: 'actions', raw: 'maybe', reason: { code: 'switch' } },
    ]);
  });
});
