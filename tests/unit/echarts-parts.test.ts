import { describe, expect, it } from 'vitest';
import { EXPORT_PARTS } from '../../src/charts/export-parts';
import { CRIME_TREND_PARTS } from '../../src/panels/crime-trend/echarts-parts';
import { GOVERNANCE_PARTS } from '../../src/panels/governance/echarts-parts';
import { MIGRATION_PARTS } from '../../src/panels/migration/echarts-parts';
import { PROJECTS_PARTS } from '../../src/panels/projects/echarts-parts';
import { TIMELINE_PARTS } from '../../src/panels/timeline/echarts-parts';

const PANEL_PARTS = {
  'crime-trend': CRIME_TREND_PARTS,
  governance: GOVERNANCE_PARTS,
  timeline: TIMELINE_PARTS,
  projects: PROJECTS_PARTS,
  migration: MIGRATION_PARTS,
};

describe('ECharts parts', () => {
  it('the exporter registers exactly the union of what the panels draw', () => {
    const union = new Set(Object.values(PANEL_PARTS).flat());
    expect(new Set(EXPORT_PARTS)).toEqual(union);
    expect(EXPORT_PARTS.length).toBe(union.size);
  });

  it('each panel names each part once', () => {
    for (const parts of Object.values(PANEL_PARTS)) expect(new Set(parts).size).toBe(parts.length);
  });
});
