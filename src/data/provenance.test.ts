import { describe, expect, it } from 'vitest';
import { checkProvenance, normaliseForMatch, readReportedNumber } from './provenance';

describe('readReportedNumber', () => {
  it.each([
    ['4.3万起', [43000]],
    ['1.5万起', [15000]],
    ['近10万人', [100000]],
    ['超过了40万人', [400000]],
    ['130余名', [130]],
    ['96.1%', [96.1]],
    ['同比下降70.6%', [-70.6]],
    ['十三连冠', [13]],
    ['百名', [100]],
    ['三四趟', [3, 4]],
    ['一个多月', [1]],
  ])('%s → %j', (text, expected) => {
    expect(readReportedNumber(text)).toEqual(expected);
  });

  it('returns undefined for text with no number', () => {
    expect(readReportedNumber('满堂红')).toBeUndefined();
  });
});

describe('checkProvenance', () => {
  const article = '数据显示,湖州全市刑事案件总量由最高点2010年的4.3万起降至\n\n2019年的1.5万起。';

  it('matches a sentence across the page’s line breaks', () => {
    const sentence = '数据显示,湖州全市刑事案件总量由最高点2010年的4.3万起降至2019年的1.5万起。';
    expect(normaliseForMatch(article)).toContain(sentence);
    expect(
      checkProvenance(
        { value: 15000, reported: '1.5万起', source: { report: 'r1', sentence } },
        article,
      ),
    ).toEqual([]);
  });

  it('flags a printed figure that is not in its sentence', () => {
    const sentence = '数据显示,湖州全市刑事案件总量由最高点2010年的4.3万起降至2019年的1.5万起。';
    const problems = checkProvenance(
      { items: [{ value: 16000, reported: '1.6万起', source: { report: 'r1', sentence } }] },
      article,
    );
    expect(problems).toEqual([
      { path: 'items[0].reported', message: '"1.6万起" does not stand in its source sentence' },
    ]);
  });
});
