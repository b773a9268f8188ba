// What a screen reader is given for a chart: its container (role="img") named by the panel's own
// summary, and nothing else — not ECharts' generated description ("the data for 2010 is 2010,
// 43000, NaN…"), not the drawing's tick labels one by one. Read from Chromium's accessibility tree,
// in both languages, with the pattern fills on and off (they need ECharts' aria component).
import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { chartsDrawn, describeBrowser, panelsSettled, useApp } from '../support/browser-env';
import { PANEL_IDS } from '../support/panel-ids';

interface AxNode {
  nodeId: string;
  ignored: boolean;
  role?: { value: string };
  name?: { value: string };
  childIds?: string[];
  backendDOMNodeId?: number;
}

/** Each chart's accessible node: its role and name, and what is exposed under it. */
async function chartsInTree(page: Page) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('DOM.getDocument', { depth: -1 });
  const { nodes } = (await cdp.send('Accessibility.getFullAXTree')) as { nodes: AxNode[] };
  const byId = new Map(nodes.map((n) => [n.nodeId, n]));
  const exposedUnder = (n: AxNode): string[] =>
    (n.childIds ?? []).flatMap((id) => {
      const c = byId.get(id);
      if (!c) return [];
      const here = c.ignored ? [] : [`${c.role?.value}: ${c.name?.value ?? ''}`.slice(0, 90)];
      return [...here, ...exposedUnder(c)];
    });
  const charts = await page.evaluate(() =>
    [...document.querySelectorAll('[data-chart]')].map((c) => ({
      name: c.getAttribute('data-chart') ?? '',
      summary: c.getAttribute('aria-label') ?? '',
    })),
  );
  const found = [];
  for (const { name, summary } of charts) {
    const { result } = (await cdp.send('Runtime.evaluate', {
      expression: `document.querySelector('[data-chart="${name}"]')`,
    })) as { result: { objectId: string } };
    const { node } = (await cdp.send('DOM.describeNode', { objectId: result.objectId })) as {
      node: { backendNodeId: number };
    };
    const ax = nodes.find((n) => n.backendDOMNodeId === node.backendNodeId);
    found.push({
      chart: name,
      role: ax?.role?.value,
      named: ax?.name?.value === summary && !!summary,
      under: ax ? exposedUnder(ax) : ['not in the tree'],
    });
  }
  await cdp.detach();
  return found;
}

describeBrowser('the charts in the accessibility tree', () => {
  const app = useApp();

  it.each([
    ['zh', ''],
    ['en', 'lang=en'],
    ['zh', 'patterns=1'],
    ['en', 'lang=en&patterns=1'],
  ])(
    '%s ?%s: each chart is one image named by our summary, with nothing under it',
    async (_lang, query) => {
      const { page, context } = await app.open(`?${query}`);
      await panelsSettled(page);
      await chartsDrawn(page);
      const charts = await chartsInTree(page);
      // One chart per panel.
      expect(charts.map((c) => c.chart).sort()).toEqual([...PANEL_IDS].sort());
      for (const c of charts) expect(c).toEqual({ ...c, role: 'image', named: true, under: [] });
      // Nor any attribute of ECharts' own inside a chart's box.
      const inside = await page.evaluate(() =>
        [...document.querySelectorAll('[data-chart] *')].flatMap((e) =>
          e.getAttribute('role') || e.hasAttribute('aria-label') ? [e.outerHTML.slice(0, 120)] : [],
        ),
      );
      expect(inside).toEqual([]);
      // The pattern fills still come (ECharts' aria component draws them): a bar filled with one.
      const patterned = await page.evaluate(
        () => document.querySelectorAll('[data-chart] svg [fill^="url(#"]').length,
      );
      if (query.includes('patterns=1')) expect(patterned).toBeGreaterThan(0);
      else expect(patterned).toBe(0);
      await context.close();
    },
  );
});
