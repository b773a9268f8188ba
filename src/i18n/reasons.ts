import type { Reason, ReasonCode, ReasonOf } from '../filters/reasons';
import type { Lang } from './lang';

/**
 * A link notice's reason in words: the page's own text, and the link's own spellings (the values
 * a key takes, the items it did not know) kept as typed, for the notice to show as code.
 */
export type ReasonPart = string | { literal: string };

/** A slot of the words: a spelling kept as typed, a list of them, or a number written out. */
type Slot = string | readonly string[] | number;

/** A template tag that puts the slots between the words, a list's items joined by `comma`. */
function wording(comma: string) {
  return (words: TemplateStringsArray, ...slots: Slot[]): ReasonPart[] => {
    const parts: ReasonPart[] = [];
    const say = (text: string) => {
      const last = parts[parts.length - 1];
      if (typeof last === 'string') parts[parts.length - 1] = last + text;
      else if (text) parts.push(text);
    };
    words.forEach((text, i) => {
      say(text);
      const slot = slots[i];
      if (slot === undefined) return;
      if (typeof slot === 'number') say(String(slot));
      else
        (typeof slot === 'string' ? [slot] : slot).forEach((literal, j) => {
          if (j > 0) say(comma);
          parts.push({ literal });
        });
    });
    return parts;
  };
}

const zh = wording('、');
const en = wording(', ');

type Words<C extends ReasonCode> = Record<Lang, (reason: ReasonOf<C>) => ReasonPart[]>;

/** Every reason code's words in every language: a code without them is a type error here. */
const REASON_WORDS: { [C in ReasonCode]: Words<C> } = {
  'one-of': {
    zh: (r) => zh`应为 ${r.values} 之一`,
    en: (r) => en`expected one of ${r.values}`,
  },
  'unknown-items': {
    zh: (r) => zh`无法识别 ${r.unknown};可选的值为 ${r.values}`,
    en: (r) => en`unknown: ${r.unknown}; expected any of ${r.values}`,
  },
  'year-format': {
    zh: () => zh`应为四位数字的年份`,
    en: () => en`expected a four-digit year`,
  },
  'year-range': {
    zh: (r) => zh`应为${r.min}至${r.max}年之间的年份`,
    en: (r) => en`expected a year from ${r.min} to ${r.max}`,
  },
  seconds: {
    zh: (r) => zh`应为${r.min}至${r.max}之间的秒数,或 ${'0'}(不自动翻页)`,
    en: (r) => en`expected seconds from ${r.min} to ${r.max}, or ${'0'} for off`,
  },
  switch: {
    zh: () => zh`应为 ${'1'} 或 ${'0'}`,
    en: () => en`expected ${'1'} or ${'0'}`,
  },
  'countdown-switch': {
    zh: () => zh`应为 ${'0'}(隐藏倒计时)或 ${'1'}(显示)`,
    en: () => en`expected ${'0'} (hide) or ${'1'} (show)`,
  },
  'console-switch': {
    zh: () => zh`应为 ${'1'}(演讲者视图)或 ${'0'}(幻灯片)`,
    en: () => en`expected ${'1'} (the presenter view) or ${'0'} (the slides)`,
  },
  'event-id': {
    zh: () => zh`不是有效的事件编号`,
    en: () => en`not an event id`,
  },
  'unknown-event': {
    zh: () => zh`大事记中没有这个编号的事件`,
    en: () => en`no event of the timeline has this id`,
  },
  'sentence-ref': {
    zh: () => zh`应为面板编号加句号和原句序号,如 ${'governance.2'}`,
    en: () => en`expected a panel’s id, a dot and a sentence number, like ${'governance.2'}`,
  },
  'unknown-sentence': {
    zh: () => zh`本页没有这个面板,或该面板没有这一句原句`,
    en: () => en`this page has no such panel, or the panel no such sentence`,
  },
  'slide-name': {
    zh: () => zh`不是有效的幻灯片名称`,
    en: () => en`not a slide name`,
  },
  repeated: {
    zh: () => zh`出现了不止一次;采用最后一个值`,
    en: () => en`given more than once; the last value is used`,
  },
  'too-long': {
    zh: (r) => zh`超过${r.max}个字符`,
    en: (r) => en`longer than ${r.max} characters`,
  },
  'start-after-end': {
    zh: () => zh`起始年份晚于结束年份;已忽略此年份范围`,
    en: () => en`the start year is after the end year; the range is ignored`,
  },
  'unknown-key': {
    zh: () => zh`本看板没有这项设置`,
    en: () => en`not a setting this dashboard knows`,
  },
  'more-unknown-keys': {
    zh: (r) => zh`另有${r.count}项本看板没有的设置`,
    en: (r) =>
      r.count === 1
        ? en`1 more key this dashboard does not know`
        : en`${r.count} more keys this dashboard does not know`,
  },
};

/** A reason in the page's language, as words and the link's spellings. */
export function reasonParts(reason: Reason, lang: Lang): ReasonPart[] {
  // TypeScript cannot pair a union's code with the parameter type of that code's words; the
  // table's type does.
  const words = REASON_WORDS[reason.code][lang] as (r: Reason) => ReasonPart[];
  return words(reason);
}

/** A reason in the page's language as one line of text. */
export function reasonText(reason: Reason, lang: Lang): string {
  return reasonParts(reason, lang)
    .map((p) => (typeof p === 'string' ? p : p.literal))
    .join('');
}

/** Between a notice's `key=value` and its reason. */
export const REASON_COLON: Record<Lang, string> = { zh: ':', en: ': ' };

/** Every reason code, in the order of the words above. */
export const REASON_CODES = Object.keys(REASON_WORDS) as ReasonCode[];
