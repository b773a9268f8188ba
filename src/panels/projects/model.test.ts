import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DEFAULT_VIEW } from '../../filters/filters';
import { projectsCategory, projectsView } from './model';
import { cooperationSchema } from './schema';
import { projectsEmptyText } from './text';

const data = cooperationSchema.parse(JSON.parse(readFileSync('data/cooperation.json', 'utf8')));
const ids = (list: readonly { id: string }[]) => list.map((f) => f.id);

describe('projectsView on the shipped data', () => {
  const view = projectsView(data, DEFAULT_VIEW);

  it('splits the counts into the plan’s work and the mechanism’s size', () => {
    expect(view.work.map((f) => [f.id, f.value])).toEqual([
      ['key-tasks', 100],
      ['agreements', 26],
      ['projects-signed-2020', 10],
    ]);
    expect(view.mechanism.map((f) => [f.id, f.value, f.qualifier])).toEqual([
      ['police-disciplines', 32, undefined],
      ['departments', 128, undefined],
      ['liaison-officers', 130, 'more-than'],
    ]);
  });

  it('lists the named items under their count: 3 of the 10 projects, 3 of the 26 agreements', () => {
    expect(view.named.map((g) => [g.of.id, g.of.value, g.namedTotal, g.items.length])).toEqual([
      ['agreements', 26, 3, 3],
      ['projects-signed-2020', 10, 3, 3],
    ]);
    expect(ids(view.named[1]?.items ?? [])).toEqual([
      'project-hukou-certificates',
      'project-online-hukou-transfer',
      'project-trusted-identity',
    ]);
  });

  it('carries the source of every bar and named item', () => {
    const sentences = new Set(view.sources.map((s) => ('sentence' in s ? s.sentence : '')));
    for (const f of [...data.figures, ...data.namedItems])
      expect(sentences.has('sentence' in f.source ? f.source.sentence : '')).toBe(true);
  });

  it('files service-reform items under service reform and the rest under regional cooperation', () => {
    expect(projectsCategory({ area: 'service-reform' })).toBe('service-reform');
    expect(projectsCategory({ area: 'security' })).toBe('regional-cooperation');
    expect(projectsCategory({})).toBe('regional-cooperation');
  });
});

describe('projectsView with filters', () => {
  it('is empty for Jiangxi alone (a scope question), and whole for any YRD province', () => {
    expect(projectsView(data, { ...DEFAULT_VIEW, regions: ['jiangxi'] }).empty).toBe('scope');
    const anhui = projectsView(data, { ...DEFAULT_VIEW, regions: ['anhui'] });
    expect(anhui.empty).toBeUndefined();
    expect(anhui.work.length + anhui.mechanism.length).toBe(6);
  });

  it('keeps only the 2018–2020 plan for 2018–2019, and nothing before 2018', () => {
    const v = projectsView(data, { ...DEFAULT_VIEW, from: 2018, to: 2019 });
    expect(ids(v.work)).toEqual(['key-tasks']);
    expect(v.mechanism).toEqual([]);
    expect(v.named).toEqual([]);
    expect(projectsView(data, { ...DEFAULT_VIEW, to: 2017 }).empty).toBe('years');
    expect(projectsView(data, { ...DEFAULT_VIEW, from: 2021 }).empty).toBe('years');
  });

  it('shows only the named service-reform projects for service reform, still saying "of 10"', () => {
    const v = projectsView(data, { ...DEFAULT_VIEW, categories: ['service-reform'] });
    expect(v.work).toEqual([]);
    expect(v.mechanism).toEqual([]);
    expect(v.named.map((g) => [g.of.id, g.namedTotal, g.items.length])).toEqual([
      ['projects-signed-2020', 3, 3],
    ]);
  });

  it('shows the bars and the named agreements for regional cooperation', () => {
    const v = projectsView(data, { ...DEFAULT_VIEW, categories: ['regional-cooperation'] });
    expect(v.work.length + v.mechanism.length).toBe(6);
    expect(v.named.map((g) => g.of.id)).toEqual(['agreements']);
  });

  it('is empty, by category, for a category it has nothing in', () => {
    expect(projectsView(data, { ...DEFAULT_VIEW, categories: ['cold-cases'] }).empty).toBe(
      'category',
    );
  });

  it('names the years and the category together when only both leave nothing (2018–2019, service reform)', () => {
    const years = { ...DEFAULT_VIEW, from: 2018, to: 2019 };
    const category = { ...DEFAULT_VIEW, categories: ['service-reform' as const] };
    expect(projectsView(data, years).empty).toBeUndefined();
    expect(projectsView(data, category).empty).toBeUndefined();
    const both = projectsView(data, { ...years, categories: category.categories });
    expect([both.empty, both.emptyWith]).toEqual(['category', ['years']]);
    expect(projectsEmptyText(both, data, 'en')).toBe(
      'No figure matches the selected years and the selected categories together; each of them alone leaves figures.',
    );
    expect(projectsEmptyText(both, data, 'zh')).toBe(
      '所选年份和所选类别同时筛选后没有数字;单独按其中任何一项筛选都有数字。',
    );
  });
});
