import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DEFAULT_VIEW } from '../../filters/filters';
import { governanceCategory, governanceView, sharePercent } from './model';
import { governanceSchema } from './schema';

const data = governanceSchema.parse(JSON.parse(readFileSync('data/governance.json', 'utf8')));
const ids = (list: readonly { id: string }[]) => list.map((f) => f.id);

describe('governanceView on the shipped data', () => {
  const view = governanceView(data, DEFAULT_VIEW);

  it('keeps rates, the change and counts apart', () => {
    expect(ids(view.rates)).toEqual(['dispute-resolution-rate', 'hazard-rectification-rate']);
    expect(view.rates.map((f) => f.value)).toEqual([96.1, 91.8]);
    expect(ids(view.changes)).toEqual(['work-safety-accidents-change']);
    expect(view.changes[0]?.value).toBe(-70.6);
    expect(view.counts.map((c) => [c.figure.id, c.figure.value])).toEqual([
      ['ping-an-huzhou-titles', 13],
      ['ping-an-index-first-place', 13],
      ['cold-homicides-solved-2020', 7],
      ['prevention-stars', 1171],
      ['model-officers', 100],
    ]);
  });

  it('shows 13 firsts as a share of the 20 published months, derived: 65 %', () => {
    const firsts = view.counts.find((c) => c.figure.id === 'ping-an-index-first-place');
    expect(firsts?.of?.id).toBe('ping-an-index-months');
    expect(firsts?.of?.value).toBe(20);
    expect(firsts?.sharePercent).toBe(65);
    // The denominator is on that card, not a card of its own.
    expect(view.counts.map((c) => c.figure.id)).not.toContain('ping-an-index-months');
  });

  it('lists the findings and the source of everything shown', () => {
    expect(ids(view.findings)).toEqual(['fewest-cold-homicides', 'public-safety-satisfaction']);
    const sentences = new Set(view.sources.map((s) => ('sentence' in s ? s.sentence : '')));
    for (const f of [...data.figures, ...data.findings])
      expect(sentences.has('sentence' in f.source ? f.source.sentence : '')).toBe(true);
  });

  it('puts the cold cases in their own category and the rest in grassroots governance', () => {
    expect(governanceCategory('cold-homicides-solved-2020')).toBe('cold-cases');
    expect(governanceCategory('fewest-cold-homicides')).toBe('cold-cases');
    expect(governanceCategory('dispute-resolution-rate')).toBe('grassroots-governance');
    expect(governanceCategory('a-figure-added-later')).toBe('grassroots-governance');
  });
});

describe('governanceView with filters', () => {
  it('is empty for a province other than Zhejiang, saying it is a scope question', () => {
    const v = governanceView(data, { ...DEFAULT_VIEW, regions: ['anhui', 'jiangxi'] });
    expect(v.empty).toBe('scope');
    expect([v.rates, v.changes, v.counts, v.findings, v.sources].every((l) => l.length === 0)).toBe(
      true,
    );
    expect(
      governanceView(data, { ...DEFAULT_VIEW, regions: ['anhui', 'zhejiang'] }).empty,
    ).toBeUndefined();
  });

  it('is empty when the years leave 2020 out, and whole when they include it', () => {
    expect(governanceView(data, { ...DEFAULT_VIEW, from: 2010, to: 2019 }).empty).toBe('years');
    expect(governanceView(data, { ...DEFAULT_VIEW, from: 2021 }).empty).toBe('years');
    const v = governanceView(data, { ...DEFAULT_VIEW, from: 2020, to: 2020 });
    expect(v.empty).toBeUndefined();
    expect(v.rates.length + v.changes.length + v.counts.length).toBe(8);
  });

  it('shows only the cold-case card and finding for the cold-cases category', () => {
    const v = governanceView(data, { ...DEFAULT_VIEW, categories: ['cold-cases'] });
    expect(v.rates).toEqual([]);
    expect(v.changes).toEqual([]);
    expect(v.counts.map((c) => c.figure.id)).toEqual(['cold-homicides-solved-2020']);
    expect(ids(v.findings)).toEqual(['fewest-cold-homicides']);
  });

  it('shows everything but the cold cases for grassroots governance', () => {
    const v = governanceView(data, { ...DEFAULT_VIEW, categories: ['grassroots-governance'] });
    expect(v.rates.length).toBe(2);
    expect(v.counts.map((c) => c.figure.id)).not.toContain('cold-homicides-solved-2020');
    expect(ids(v.findings)).toEqual(['public-safety-satisfaction']);
  });

  it('is empty, by category, for categories it has nothing in', () => {
    expect(
      governanceView(data, { ...DEFAULT_VIEW, categories: ['judicial-cooperation'] }).empty,
    ).toBe('category');
  });

  it('gives the scope reason before the year reason', () => {
    expect(
      governanceView(data, { ...DEFAULT_VIEW, regions: ['jiangsu'], from: 2010, to: 2011 }).empty,
    ).toBe('scope');
  });
});

describe('sharePercent', () => {
  it('rounds to 0.1 and refuses an empty whole', () => {
    expect(sharePercent(13, 20)).toBe(65);
    expect(sharePercent(1, 3)).toBe(33.3);
    expect(sharePercent(1, 0)).toBeUndefined();
  });
});
