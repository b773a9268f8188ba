import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { REPORT_IDS, REPORTS, type ReportId } from '../data/reports';
import { holdsSentence, markedRuns, reportParagraphs } from './article';

const article = readFileSync('data/article.txt', 'utf8');

/** Every { report, sentence } in the real data files. */
function dataSources(): { report: ReportId; sentence: string }[] {
  const out: { report: ReportId; sentence: string }[] = [];
  const visit = (node: unknown) => {
    if (Array.isArray(node)) node.forEach(visit);
    else if (node && typeof node === 'object') {
      const o = node as Record<string, unknown>;
      if (typeof o.report === 'string' && typeof o.sentence === 'string')
        out.push({ report: o.report as ReportId, sentence: o.sentence });
      Object.values(o).forEach(visit);
    }
  };
  for (const file of readdirSync('data').filter((f) => f.endsWith('.json')))
    visit(JSON.parse(readFileSync(`data/${file}`, 'utf8')));
  return out;
}

describe('a report of the article, as the reader shows it', () => {
  it('finds every report, without its title or byline', () => {
    for (const id of REPORT_IDS) {
      const paragraphs = reportParagraphs(article, id) ?? [];
      expect(paragraphs.length, id).toBeGreaterThan(0);
      const text = paragraphs.join('');
      expect(text).not.toContain(REPORTS[id].title.zh);
      expect(text.replace(/\s/g, '')).not.toContain(REPORTS[id].byline.replace(/\s/g, ''));
    }
    expect(reportParagraphs(article, 'r2')).toEqual([
      expect.stringMatching(/^“您已进入后沙海边.*加深印象,提高警惕。$/),
    ]);
  });

  it('joins the page’s mid-sentence line breaks, and only those', () => {
    const r1 = reportParagraphs(article, 'r1') ?? [];
    expect(r1).toContainEqual(expect.stringContaining('公布20个月以来,13次排名全省第一'));
    expect(r1).toContainEqual(expect.stringContaining('从而让湖州公安有更多的精力'));
    expect(r1).toContainEqual(expect.stringMatching(/“天罗地网”——$/));
    const r4 = reportParagraphs(article, 'r4') ?? [];
    expect(r4.slice(0, 2)).toEqual(['浙赣两地检察机关', '首次联合开展司法救助']);
  });

  it('holds every source sentence of the data inside one paragraph of its report', () => {
    const sources = dataSources();
    expect(sources.length).toBeGreaterThan(20);
    const missing = sources.filter(
      (s) => !(reportParagraphs(article, s.report) ?? []).some((p) => holdsSentence(p, s.sentence)),
    );
    expect(missing).toEqual([]);
  });

  it('marks the sentence asked for as one run, stronger than an overlapping one', () => {
    const runs = markedRuns('甲乙。丙 丁戊。己', [
      { sentence: '乙。丙', level: 1 },
      { sentence: '丙丁戊。', level: 2 },
    ]);
    expect(runs).toEqual([
      { text: '甲', level: 0 },
      { text: '乙。', level: 1 },
      { text: '丙 丁戊。', level: 2 },
      { text: '己', level: 0 },
    ]);
    expect(markedRuns('甲乙', [{ sentence: '丙', level: 2 }])).toEqual([
      { text: '甲乙', level: 0 },
    ]);
  });
});
