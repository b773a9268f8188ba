import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { inRegions as scopeInRegions } from '../../data/places';
import { DEFAULT_VIEW, type ViewState } from '../../filters/filters';
import { journeyStages, migrationView } from './model';
import { migrationSchema } from './schema';

const data = migrationSchema.parse(JSON.parse(readFileSync('data/migration.json', 'utf8')));
const v = (patch: Partial<ViewState>): ViewState => ({ ...DEFAULT_VIEW, ...patch });
const cities = (view: ReturnType<typeof migrationView>) =>
  view.cityGroups.map((g) => [g.province, g.cities.map((c) => c.place)]);

describe('migrationView', () => {
  it('shows the six cities by province, both volumes and the before/after by default', () => {
    const view = migrationView(data, DEFAULT_VIEW);
    expect(cities(view)).toEqual([
      ['zhejiang', ['hangzhou', 'wenzhou', 'huzhou']],
      ['anhui', ['hefei', 'chuzhou', 'anqing']],
    ]);
    expect(view.volumes.map((f) => [f.value, f.qualifier])).toEqual([
      [100000, 'nearly'],
      [400000, 'over'],
    ]);
    expect(
      view.journey.map((s) => [
        s.stage,
        s.trips.map((f) => [f.value, f.valueHigh]),
        s.durations.map((f) => f.reported),
      ]),
    ).toEqual([
      ['before', [[3, 4]], ['一个多月']],
      ['after', [[1, undefined]], ['不到一周']],
    ]);
    expect(view.empty).toBeUndefined();
    expect(view.sources).toHaveLength(6 + 2 + 4);
  });

  it('keeps the cities of the chosen provinces; the volumes and the journey follow their scope', () => {
    const zj = migrationView(data, v({ regions: ['zhejiang'] }));
    expect(cities(zj)).toEqual([['zhejiang', ['hangzhou', 'wenzhou', 'huzhou']]]);
    expect(zj.volumes).toHaveLength(2);
    expect(zj.journey).toHaveLength(2);

    const sh = migrationView(data, v({ regions: ['shanghai'] }));
    expect(sh.cityGroups).toEqual([]);
    expect(sh.cityProvinces).toEqual(['zhejiang', 'anhui']);
    expect(sh.volumes).toHaveLength(2);
    expect(sh.journey).toEqual([]);
    expect(sh.empty).toBeUndefined();

    const jx = migrationView(data, v({ regions: ['jiangxi'] }));
    expect(jx.empty).toBe('regions');
  });

  it('is empty for years that leave out the reports (June 2020)', () => {
    expect(migrationView(data, v({ to: 2019 })).empty).toBe('years');
    expect(migrationView(data, v({ from: 2020 })).empty).toBeUndefined();
    expect(migrationView(data, v({ from: 2018, to: 2020 })).volumes).toHaveLength(2);
  });

  it('belongs to service reform: other categories alone leave it empty', () => {
    expect(migrationView(data, v({ categories: ['cold-cases'] })).empty).toBe('categories');
    expect(
      migrationView(data, v({ categories: ['cold-cases', 'service-reform'] })).empty,
    ).toBeUndefined();
  });
});

describe('helpers', () => {
  it('reads a scope through provinces (the YRD counts for each of the four)', () => {
    expect(scopeInRegions(['yrd'], ['jiangsu'])).toBe(true);
    expect(scopeInRegions(['anhui', 'huzhou'], ['zhejiang'])).toBe(true);
    expect(scopeInRegions(['anhui', 'huzhou'], ['shanghai'])).toBe(false);
    expect(scopeInRegions(['anhui'], [])).toBe(true);
  });

  it('puts "10多年前" before "现在" whatever the file order', () => {
    const stages = journeyStages([...data.citizenJourney].reverse());
    expect(stages.map((s) => s.stage)).toEqual(['before', 'after']);
  });
});
