import type { Lang } from './lang';

// The data layer words its problems in English (the same text `npm run check-data` prints and the
// tests read); a Chinese page shows them in Chinese. Each rule matches one English template the
// data layer writes; the file name, the JSON path and the quoted values stay as they are.

type Rule = readonly [RegExp, (m: RegExpMatchArray) => string];

const TYPES: Record<string, string> = {
  number: '数字',
  string: '文本',
  object: '对象',
  array: '列表',
  boolean: '布尔值',
  int: '整数',
};

/** "the text "NaN"", "a list", "null": how problems.ts previews a value. */
function value(text: string): string {
  if (text.startsWith('the text ')) return `文本 ${text.slice('the text '.length)}`;
  if (text === 'a list') return '列表';
  if (text === 'an object') return '对象';
  return text;
}

const type = (name: string) => TYPES[name] ?? name;

const FIXED: Record<string, string> = {
  'the file is empty': '文件为空',
  'the file is not valid JSON': '文件不是有效的 JSON',
  'the file could not be fetched; is the server reachable?': '无法取得该文件;服务器能否访问?',
  'the file is missing': '文件不存在',
  'the Chinese label is empty': '中文标签为空',
  'the English label is empty': '英文标签为空',
  'the source sentence is too short to be a sentence': '原句太短,不像一句话',
  'a citation names the publication the figure comes from': '出处须写明数字所出自的出版物',
  'a year is a whole number': '年份须为整数',
  'a year before 1900?': '年份早于1900年?',
  'a year after 2100?': '年份晚于2100年?',
  'a year is four digits, like "2018"': '年份为四位数字,如 "2018"',
  'a month is written YYYY-MM, like "2018-08"': '月份写作 YYYY-MM,如 "2018-08"',
  'a day is written YYYY-MM-DD, like "2020-06-13"': '日期写作 YYYY-MM-DD,如 "2020-06-13"',
  'a case date is written YYYY-MM-DD': '案件日期写作 YYYY-MM-DD',
  'this day does not exist in the calendar': '日历上没有这一天',
  'name at least one place': '至少写一个地点',
  'name at least one city': '至少写一个城市',
  'the printed figure is empty': '原文数字为空',
  'a change is given in "percent-change"': '变化幅度的单位应为 "percent-change"',
  'the upper end of a range is below its lower end': '区间的上限小于下限',
  'a number of cases cannot be negative': '案件数不能为负数',
  'a series needs at least one reported year': '一个序列至少要有一个报道年份',
  'the list is empty': '列表为空',
  'every event needs at least one source sentence': '每个事件至少要有一句原文',
  'an id is lower-case letters, digits and dashes, like "key-tasks"':
    'id 由小写字母、数字和连字符组成,如 "key-tasks"',
};

const RULES: readonly Rule[] = [
  [/^is missing \(expected (\w+)\)$/, (m) => `缺少此项(应为${type(m[1] ?? '')})`],
  [/^should be one of (.+), but is (.+)$/s, (m) => `应为 ${m[1]} 之一,实际为${value(m[2] ?? '')}`],
  [/^should be (\w+), but is (.+)$/s, (m) => `应为${type(m[1] ?? '')},实际为${value(m[2] ?? '')}`],
  [
    /^has (?:a field|fields) the schema does not know: (.+) \(a typo\?\)$/,
    (m) => `有数据结构中没有的字段:${m[1]}(拼写错误?)`,
  ],
  [
    /^is not a "(.+)" this file knows(?: \(found (.+)\))?$/,
    (m) => found(`不是本文件认识的 "${m[1]}"`, m[2]),
  ],
  [
    /^matches none of the allowed forms(?: \(found (.+)\))?$/,
    (m) => found('不符合任何允许的形式', m[2]),
  ],
  [
    /^the file is (\S+) characters long; a dataset is far smaller \(limit (\S+)\)$/,
    (m) => `文件长达 ${m[1]} 个字符,数据文件远小于此(上限 ${m[2]})`,
  ],
  [
    /^the server sent an HTML page instead of JSON/,
    () => '服务器返回的是一个网页而不是 JSON(文件是否缺失,或被登录页拦住?)',
  ],
  [
    /^the file is not valid JSON: it breaks off at line (\d+), column (\d+) before its data is complete \(was it cut short\?\)$/,
    (m) => `文件不是有效的 JSON:在第 ${m[1]} 行第 ${m[2]} 列处中断,数据不完整(文件是否被截断?)`,
  ],
  [
    /^the file is not valid JSON: unexpected text at line (\d+), column (\d+)$/,
    (m) => `文件不是有效的 JSON:第 ${m[1]} 行第 ${m[2]} 列处的内容不符合 JSON 格式`,
  ],
  [/^the server answered (.+)$/, (m) => `服务器返回 ${m[1]}`],
  [/^the server did not answer within (\d+) s$/, (m) => `服务器在 ${m[1]} 秒内没有响应`],
  [
    /^a rate is a percentage from 0 to 100, not (.+)$/,
    (m) => `比率是0到100之间的百分数,而不是 ${m[1]}`,
  ],
  [/^a count cannot be negative \((.+)\)$/, (m) => `计数不能为负数(${m[1]})`],
  [
    /^the id "(.+)" is used twice \(first at (.+)\)$/,
    (m) => `id "${m[1]}" 用了两次(第一次在 ${m[2]})`,
  ],
  [/^the year (\d+) appears twice in "(.+)"$/, (m) => `年份 ${m[1]} 在 "${m[2]}" 中出现两次`],
  [/^"(.+)" is not the id of a figure in this file$/, (m) => `"${m[1]}" 不是本文件中某个数字的 id`],
  [
    /^this sentence is not in the article word for word: (.+)$/s,
    (m) => `原文中没有一字不差的这句话:${m[1]}`,
  ],
  [
    /^this sentence is in report (\S+), not in (\S+)$/,
    (m) => `这句话出自报道 ${m[1]},而不是 ${m[2]}`,
  ],
  [/^"(.+)" does not stand in its source sentence$/s, (m) => `"${m[1]}" 不在它的原句中`],
  [
    /^the value (\S+) does not match the printed figure "(.+)" \((.+)\)$/s,
    (m) => `数值 ${m[1]} 与原文数字 "${m[2]}"(${m[3]})不符`,
  ],
  [/^"(.+)" is not in the article$/s, (m) => `原文中没有 "${m[1]}"`],
];

function found(text: string, what: string | undefined): string {
  return what ? `${text}(实际为${value(what)})` : text;
}

/** A problem's text in the reader's language: English as the data layer wrote it, or its Chinese. */
export function problemText(message: string, lang: Lang): string {
  if (lang === 'en') return message;
  const fixed = FIXED[message];
  if (fixed) return fixed;
  for (const [pattern, zh] of RULES) {
    const m = message.match(pattern);
    if (m) return zh(m);
  }
  // A template this table does not know yet (a test keeps the shipped ones covered): the English
  // is more use than nothing.
  return message;
}
