import { describe, expect, it } from 'vitest';
import type { Source } from '../data/common';
import { exportFooter, quoteSentence, shortSourceLine, sourceLine } from './sources';

const r1: Source = { report: 'r1', sentence: '今年全市矛盾纠纷化解率96.1%' };
const r1b: Source = { report: 'r1', sentence: '平安湖州建设实现十三连冠' };
const r3: Source = { report: 'r3', sentence: '会上签署了10个长三角区域警务一体化合作项目。' };
const r4: Source = { report: 'r4', sentence: '近日' };

describe('the source lines', () => {
  it('name every distinct report once, in first-seen order', () => {
    expect(sourceLine([r1, r3, r1b], 'zh')).toBe(
      '来源:《长三角地区最高规格警务会议上 湖州治理风景被点赞》、《长三角区域警务一体化再提速 全国首本跨省网上迁移的户口本颁出》(2020年6月)',
    );
  });

  it('on a slide: one report as it is; several as the first and how many', () => {
    expect(shortSourceLine([r1, r1b], 'zh')).toBe(sourceLine([r1, r1b], 'zh'));
    expect(shortSourceLine([r1, r1b], 'en')).toBe(sourceLine([r1], 'en'));
    expect(shortSourceLine([r1, r3, r4, r1b], 'zh')).toBe(
      '来源:《长三角地区最高规格警务会议上 湖州治理风景被点赞》等3篇报道(2020年6月)',
    );
    expect(shortSourceLine([r3, r1], 'en')).toBe(
      'Sources: “YRD police integration speeds up: China’s first household register moved across provinces online” and 1 more report (June 2020)',
    );
    expect(shortSourceLine([r1, r3, r4], 'en')).toBe(
      'Sources: “At the YRD’s top-level policing meeting, Huzhou’s governance wins praise” and 2 more reports (June 2020)',
    );
  });
});

describe('quoted sentences', () => {
  it('a sentence gets one pair of quotation marks; a sentence that is a quotation keeps its own', () => {
    expect(quoteSentence('平安湖州建设实现十三连冠')).toBe('“平安湖州建设实现十三连冠”');
    const said = '“10多年前,我从老家安徽落户到湖州。”';
    expect(quoteSentence(said)).toBe(said);
    // Quotation marks inside a sentence are the sentence's own; the sentence is still quoted.
    expect(quoteSentence('“一网通办”已全面推开')).toBe('““一网通办”已全面推开”');
  });
  it('an exported image’s lines: the source line, the filters when there are any, each sentence', () => {
    const said: Source = { report: 'r4', sentence: '“10多年前,我从老家安徽落户到湖州。”' };
    expect(exportFooter([r1, said], 'zh', undefined)).toEqual([
      sourceLine([r1, said], 'zh'),
      '“今年全市矛盾纠纷化解率96.1%”',
      '“10多年前,我从老家安徽落户到湖州。”',
    ]);
    expect(exportFooter([r1], 'en', 'Filters: Zhejiang')).toEqual([
      sourceLine([r1], 'en'),
      'Filters: Zhejiang',
      '“今年全市矛盾纠纷化解率96.1%”',
    ]);
  });
});
