import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { withAllRecipes } from '../fixtures/recipes';
import { chartsDrawn, describeBrowser, panelsSettled, useApp } from '../support/browser-env';
import { sendJson } from '../support/server';

// docs/data.md's recipes (a year from a yearbook, an event and a governance figure from other
// sources), followed as written, served to the built page: it draws them, and what it says stays
// true (the notes, the source line's dates, the footer), with no label over another.

const files = withAllRecipes((file) => readFileSync(`data/${file}`, 'utf8'));

/**
 * Pairs of chart labels whose boxes overlap by more than a pixel: each text's box as drawn (a
 * rotated label is a rotated box, from getBBox and its screen matrix), tested with separating axes.
 */
async function overlappingLabels(page: Page, panel: string): Promise<string[]> {
  return page.evaluate((id) => {
    type P = { x: number; y: number };
    const quads = [...document.querySelectorAll(`[data-panel="${id}"] [data-chart] svg text`)]
      .map((el) => {
        const t = el as SVGTextElement;
        const b = t.getBBox();
        const m = t.getScreenCTM();
        if (!m || b.width === 0 || !t.textContent?.trim()) return undefined;
        // Shrunk by 1 px at each end, and by 15 % of its height above and below (a text's box
        // holds the font's whole ascent and descent, more than its line: the two lines of one
        // label touch there): touching is not overlapping.
        const dy = b.height * 0.15;
        const corners = [
          [b.x + 1, b.y + dy],
          [b.x + b.width - 1, b.y + dy],
          [b.x + b.width - 1, b.y + b.height - dy],
          [b.x + 1, b.y + b.height - dy],
        ].map(([x = 0, y = 0]) => new DOMPoint(x, y).matrixTransform(m));
        // The lines of one label share its matrix: a label is not over itself.
        const label = [m.a, m.b, m.c, m.d, m.e, m.f].map((v) => v.toFixed(2)).join(' ');
        return {
          text: t.textContent.trim(),
          label,
          corners: corners.map((c) => ({ x: c.x, y: c.y })),
        };
      })
      .filter((q): q is { text: string; label: string; corners: P[] } => q !== undefined);
    const axes = (c: P[]) =>
      c.map((p, i) => {
        const q = c[(i + 1) % c.length] as P;
        return { x: -(q.y - p.y), y: q.x - p.x };
      });
    const project = (c: P[], a: P) => {
      const v = c.map((p) => p.x * a.x + p.y * a.y);
      return [Math.min(...v), Math.max(...v)] as const;
    };
    const overlap = (a: P[], b: P[]) =>
      [...axes(a), ...axes(b)].every((axis) => {
        const [a0, a1] = project(a, axis);
        const [b0, b1] = project(b, axis);
        return a1 > b0 && b1 > a0;
      });
    const found: string[] = [];
    for (let i = 0; i < quads.length; i++)
      for (let j = i + 1; j < quads.length; j++) {
        const a = quads[i];
        const b = quads[j];
        if (a && b && a.label !== b.label && overlap(a.corners, b.corners))
          found.push(`"${a.text}" over "${b.text}"`);
      }
    return found;
  }, panel);
}

describeBrowser('the data recipes of docs/data.md, on the built page', () => {
  const app = useApp({
    intercept: (_req, res, path) => {
      const body = path.startsWith('data/') ? files[path.slice(5)] : undefined;
      return body === undefined ? false : sendJson(res, body);
    },
  });

  it.each([
    ['zh', '', { width: 1440, height: 900 }],
    ['en', '?lang=en', { width: 1440, height: 900 }],
    ['zh', '', { width: 390, height: 844 }],
    ['en', '?lang=en', { width: 390, height: 844 }],
  ] as const)(
    '%s %s at %o: drawn, said truly, no label over another',
    async (lang, query, viewport) => {
      const { page, context, pageErrors } = await app.open(query, { viewport });
      await panelsSettled(page);
      await chartsDrawn(page);
      const statuses = await page
        .locator('[data-panel]')
        .evaluateAll((ps) => ps.map((p) => p.getAttribute('data-status')));
      expect(statuses.every((s) => s === 'success')).toBe(true);
      const crime = page.locator('[data-panel="crime-trend"]');

      // Add a year: drawn (the table has it), the notes and the source line say what is true.
      const notes = (await crime.locator('.panel-notes').textContent()) ?? '';
      const sourceLine = (await crime.locator('.panel-source > p').textContent()) ?? '';
      if (lang === 'zh') {
        expect(notes).toContain('只画出有出处的年份:文章报告的,以及另注出处的');
        expect(notes).not.toContain('只画出文章报告的年份');
        expect(sourceLine).toMatch(
          /^来源:《[^》]+》\(2020年6月\);《湖州统计年鉴 2016, p\. 12》\(2016年\)$/,
        );
      } else {
        expect(notes).toContain('Only years with a source are drawn');
        expect(notes).not.toContain('Only the years the article reports');
        expect(sourceLine).toMatch(
          /^Source: “[^”]+” \(June 2020\); “湖州统计年鉴 2016, p\. 12” \(2016\)$/,
        );
      }
      const svgText = await crime.locator('[data-chart] svg').textContent();
      expect(svgText).toContain(lang === 'zh' ? '2.1万' : '21,000');
      // The short connectors either side of 2015 carry no label (the note says what a dashed line
      // is); the homicides' long one keeps its own.
      expect(svgText).not.toContain('2016–2018');
      expect(svgText).toContain('2009–2018');
      expect(notes).toMatch(
        lang === 'zh' ? /虚线只连接两个有数字的年份/ : /a dashed line joins two years/,
      );
      expect(await overlappingLabels(page, 'crime-trend')).toEqual([]);

      // Add an event: in its lane's list, with its citation and date.
      const timeline = page.locator('[data-panel="timeline"]');
      await expect(timeline.textContent()).resolves.toContain(
        lang === 'zh' ? '长三角四地公安联合演练' : "Joint drill of the four provinces' police",
      );
      await expect(timeline.locator('.panel-source > p').textContent()).resolves.toContain(
        lang === 'zh'
          ? '《长三角警务简报 2020年第9期》(2020年9月)'
          : '“长三角警务简报 2020年第9期” (September 2020)',
      );

      // Add a governance figure: its card, and its source with its own date.
      const governance = page.locator('[data-panel="governance"]');
      await expect(governance.textContent()).resolves.toContain(
        lang === 'zh' ? '社区警务室' : 'Community police offices',
      );
      await expect(governance.locator('.panel-source > p').textContent()).resolves.toContain(
        lang === 'zh'
          ? '《湖州市公安局 2020年工作总结》(2021年1月)'
          : '“湖州市公安局 2020年工作总结” (January 2021)',
      );

      // The footer names every source, not the newspaper alone.
      const footer = (await page.locator('.app-footer').textContent()) ?? '';
      expect(footer).not.toMatch(/^所有数字均来自|^Every figure comes from/);
      for (const citation of [
        '湖州统计年鉴 2016, p. 12',
        '长三角警务简报 2020年第9期',
        '湖州市公安局 2020年工作总结',
      ])
        expect(footer).toContain(citation);
      expect(pageErrors).toEqual([]);
      await context.close();
    },
  );

  it('the shipped data: no label over another either (the measure is not blind)', async () => {
    const { page, context } = await app.open('', { viewport: { width: 390, height: 844 } });
    await panelsSettled(page);
    await chartsDrawn(page);
    expect(await overlappingLabels(page, 'crime-trend')).toEqual([]);
    // The measure finds an overlap where there is one: two labels put on top of each other.
    const planted = await page.evaluate(() => {
      const texts = [
        ...document.querySelectorAll('[data-panel="crime-trend"] [data-chart] svg text'),
      ];
      const [a, b] = texts.filter((t) => t.textContent?.trim());
      if (!a || !b) return false;
      const copy = a.cloneNode(true) as SVGTextElement;
      copy.setAttribute('data-planted', '');
      // Half a pixel off: another label, where the first one is.
      copy.setAttribute('transform', `${a.getAttribute('transform') ?? ''} translate(0.5 0.5)`);
      a.parentNode?.appendChild(copy);
      return true;
    });
    expect(planted).toBe(true);
    expect((await overlappingLabels(page, 'crime-trend')).length).toBeGreaterThan(0);
    await context.close();
  });
});
