import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { EMBED_KEYS } from '../filters/link-keys';
import { type ParamNotice, parsePresent, parseView, readKeys, unknownIn } from '../filters/url';
import { LANGS } from './lang';
import { REASON_CODES, reasonParts, reasonText } from './reasons';

const EVENT_IDS = (
  JSON.parse(readFileSync('data/timeline.json', 'utf8')) as { events: { id: string }[] }
).events.map((e) => e.id);

/**
 * Every notice the link readers give for a query: the view's, present mode's and the embed's, and
 * the page's once the timeline is in (an event id no event has).
 */
function noticesOf(query: string): ParamNotice[] {
  const embed: ParamNotice[] = [];
  readKeys(EMBED_KEYS, new URLSearchParams(query), embed);
  const { view, notices } = parseView(query);
  const event = unknownIn('event', view.event, EVENT_IDS);
  // The page judges a sentence against its panels (modes/use-known-sentence.ts); here, no panel is `mars`.
  const sentence: ParamNotice[] = view.sentence?.startsWith('mars.')
    ? [{ key: 'sentence', raw: view.sentence, reason: { code: 'unknown-sentence' } }]
    : [];
  return [
    ...notices,
    ...parsePresent(query).notices,
    ...embed,
    ...(event ? [event] : []),
    ...sentence,
  ];
}

const CATEGORIES =
  'regional-cooperation、service-reform、cold-cases、judicial-cooperation、grassroots-governance';
const CATEGORIES_EN = CATEGORIES.replaceAll('、', ', ');
const MANY_UNKNOWN = Array.from({ length: 11 }, (_, i) => `k${i}=1`).join('&');

/** A link, the key of the notice it gives, and that notice's reason in Chinese and in English. */
const CASES: readonly (readonly [string, string, string, string])[] = [
  ['?lang=fr', 'lang', '应为 zh、en 之一', 'expected one of zh, en'],
  ['?theme=blue', 'theme', '应为 light、dark 之一', 'expected one of light, dark'],
  ['?patterns=yes', 'patterns', '应为 1 或 0', 'expected 1 or 0'],
  ['?from=20x0', 'from', '应为四位数字的年份', 'expected a four-digit year'],
  ['?to=1890', 'to', '应为1990至2030年之间的年份', 'expected a year from 1990 to 2030'],
  [
    '?cat=cold-cases,heists',
    'cat',
    `无法识别 heists;可选的值为 ${CATEGORIES}`,
    `unknown: heists; expected any of ${CATEGORIES_EN}`,
  ],
  [
    '?region=mars,zhejiang,pluto',
    'region',
    '无法识别 mars、pluto;可选的值为 shanghai、jiangsu、zhejiang、anhui、jiangxi',
    'unknown: mars, pluto; expected any of shanghai, jiangsu, zhejiang, anhui, jiangxi',
  ],
  [
    '?region=mars,mars',
    'region',
    '无法识别 mars;可选的值为 shanghai、jiangsu、zhejiang、anhui、jiangxi',
    'unknown: mars; expected any of shanghai, jiangsu, zhejiang, anhui, jiangxi',
  ],
  [
    '?metric=robberies',
    'metric',
    '应为 both、criminal-cases、homicides 之一',
    'expected one of both, criminal-cases, homicides',
  ],
  ['?event=Bad_Id', 'event', '不是有效的事件编号', 'not an event id'],
  ['?event=nope', 'event', '大事记中没有这个编号的事件', 'no event of the timeline has this id'],
  [
    '?sentence=governance',
    'sentence',
    '应为面板编号加句号和原句序号,如 governance.2',
    'expected a panel’s id, a dot and a sentence number, like governance.2',
  ],
  [
    '?sentence=mars.1',
    'sentence',
    '本页没有这个面板,或该面板没有这一句原句',
    'this page has no such panel, or the panel no such sentence',
  ],
  ['?mode=show', 'mode', '应为 present、dashboard 之一', 'expected one of present, dashboard'],
  ['?slide=%3Cb%3E', 'slide', '不是有效的幻灯片名称', 'not a slide name'],
  [
    '?interval=3',
    'interval',
    '应为5至3600之间的秒数,或 0(不自动翻页)',
    'expected seconds from 5 to 3600, or 0 for off',
  ],
  ['?countdown=off', 'countdown', '应为 0(隐藏倒计时)或 1(显示)', 'expected 0 (hide) or 1 (show)'],
  [
    '?console=yes',
    'console',
    '应为 1(演讲者视图)或 0(幻灯片)',
    'expected 1 (the presenter view) or 0 (the slides)',
  ],
  ['?actions=maybe', 'actions', '应为 1 或 0', 'expected 1 or 0'],
  [
    '?lang=zh&lang=en',
    'lang',
    '出现了不止一次;采用最后一个值',
    'given more than once; the last value is used',
  ],
  [`?event=${'a'.repeat(201)}`, 'event', '超过200个字符', 'longer than 200 characters'],
  [
    '?from=2020&to=2010',
    'from',
    '起始年份晚于结束年份;已忽略此年份范围',
    'the start year is after the end year; the range is ignored',
  ],
  ['?colour=red', 'colour', '本看板没有这项设置', 'not a setting this dashboard knows'],
  [`?${MANY_UNKNOWN}`, '', '另有1项本看板没有的设置', '1 more key this dashboard does not know'],
  [
    `?${MANY_UNKNOWN}&k11=1&k12=1`,
    '',
    '另有3项本看板没有的设置',
    '3 more keys this dashboard does not know',
  ],
];

describe('the reasons of link notices, in the page’s language', () => {
  it.each(CASES)('%s names %s: %s / %s', (query, key, zh, en) => {
    const notice = noticesOf(query).find((n) => n.key === key);
    expect(notice).toBeDefined();
    const reason = (notice as ParamNotice).reason;
    expect({ zh: reasonText(reason, 'zh'), en: reasonText(reason, 'en') }).toEqual({ zh, en });
  });

  it('has an example above of every reason code (tsc makes each code have words)', () => {
    const given = new Set(
      CASES.flatMap(([query, key]) =>
        noticesOf(query)
          .filter((n) => n.key === key)
          .map((n) => n.reason.code),
      ),
    );
    expect([...given].sort()).toEqual([...REASON_CODES].sort());
  });

  it('keeps the link’s spellings apart from the words, as typed: no Latin word in Chinese, no Chinese in English', () => {
    for (const [query] of CASES)
      for (const { reason } of noticesOf(query))
        for (const lang of LANGS) {
          const parts = reasonParts(reason, lang);
          const words = parts.filter((p) => typeof p === 'string').join('');
          expect(words).not.toMatch(lang === 'zh' ? /[A-Za-z]/ : /\p{Script=Han}/u);
        }
    const region = noticesOf('?region=mars,%3Cscript%3E').find((n) => n.key === 'region');
    expect(reasonParts((region as ParamNotice).reason, 'zh')).toEqual([
      '无法识别 ',
      { literal: 'mars' },
      '、',
      { literal: '<script>' },
      ';可选的值为 ',
      { literal: 'shanghai' },
      '、',
      { literal: 'jiangsu' },
      '、',
      { literal: 'zhejiang' },
      '、',
      { literal: 'anhui' },
      '、',
      { literal: 'jiangxi' },
    ]);
  });
});
