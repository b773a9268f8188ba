import { describe, expect, it } from 'vitest';
import { DEFAULT_VIEW } from './filters';
import { parseView, serializeView } from './url';

describe('parseView / serializeView', () => {
  it('leaves every default out of the link', () => {
    expect(serializeView(DEFAULT_VIEW)).toBe('');
  });

  it('round-trips a full view with readable keys', () => {
    const view = {
      ...DEFAULT_VIEW,
      lang: 'en' as const,
      theme: 'dark' as const,
      from: 2018,
      to: 2020,
      categories: ['cold-cases' as const],
      regions: ['zhejiang' as const, 'anhui' as const],
      metric: 'homicides' as const,
    };
    const search = serializeView(view);
    expect(search).toBe(
      '?lang=en&theme=dark&from=2018&to=2020&cat=cold-cases&region=zhejiang,anhui&metric=homicides',
    );
    expect(parseView(search)).toEqual({ view, notices: [] });
  });

  it('ignores an invalid value with a notice and keeps the rest', () => {
    const { view, notices } = parseView('?lang=fr&from=2018&metric=robberies');
    expect(view).toEqual({ ...DEFAULT_VIEW, from: 2018 });
    expect(notices.map((n) => n.key)).toEqual(['lang', 'metric']);
    expect(notices[0]?.reason).toBe('expected one of zh, en');
  });

  it('drops a reversed year range and says why', () => {
    const { view, notices } = parseView('?from=2020&to=2010');
    expect(view.from).toBeUndefined();
    expect(view.to).toBeUndefined();
    expect(notices[0]?.reason).toMatch(/start year is after the end year/);
  });

  it('reports unknown keys and repeated keys, and never throws on odd input', () => {
    const { view, notices } = parseView(
      '?foo=1&region=anhui&region=jiangsu&%E0%A4%A=x&cat=%3Cscript%3E',
    );
    expect(view.regions).toEqual(['jiangsu']);
    expect(notices.map((n) => n.key)).toEqual(expect.arrayContaining(['foo', 'region', 'cat']));
  });

  it('keeps list values in the canonical order without duplicates', () => {
    expect(parseView('?region=anhui,shanghai,anhui').view.regions).toEqual(['shanghai', 'anhui']);
  });
});
