// Automatic checks that help proofreaders (校对). Each finding is a
// suggestion the proofreader may turn into a mark with one click, never a
// decision: every rule here has legitimate exceptions a person must judge.
// Offsets count code points, as 字数 does, so a suggestion lands on the same
// characters the proof shows.
import { formatLunarDate, lunarDateOf } from "./lunar";

export type CheckKind =
  | "halfWidthPunctuation"
  | "unbalancedPairs"
  | "repeatedCharacter"
  | "numberFormat"
  | "internalWording"
  | "lunarMismatch"
  | "missingByline"
  | "missingDateline";

export type CheckField = "kicker" | "headline" | "subheadline" | "dateline" | "body" | "masthead";

export type SuggestedMarkType =
  | "typo"
  | "omission"
  | "extra"
  | "punctuation"
  | "number_usage"
  | "format"
  | "fact"
  | "headline"
  | "other";

export interface Suggestion {
  kind: CheckKind;
  field: CheckField;
  from: number;
  to: number;
  original: string;
  correction: string | null;
  /** the proof-mark type it would become */
  markType: SuggestedMarkType;
}

export interface CheckOptions {
  internalCirculation: boolean;
  /** The publication's dateline, e.g. 伊滨讯: offered as the correction for 本报讯. */
  datelineName?: string;
}

export interface CheckedArticle {
  kicker: string | null;
  headline: string;
  subheadline: string | null;
  dateline: string | null;
  bodyText: string;
  bylineCount: number;
}

type ArticleField = Exclude<CheckField, "masthead">;
const ARTICLE_FIELDS: readonly ArticleField[] = ["kicker", "headline", "subheadline", "dateline", "body"];

/** Every check that reads one field's text on its own. */
export function checkText(field: CheckField, text: string, options: CheckOptions): Suggestion[] {
  return sortSuggestions([...textChecks(field, text, options), ...numberFormat([{ field, text }])]);
}

/** The text checks on every field, number formats across the article, and byline and dateline. */
export function checkArticle(article: CheckedArticle, options: CheckOptions): Suggestion[] {
  const texts: Record<ArticleField, string | null> = {
    kicker: article.kicker,
    headline: article.headline,
    subheadline: article.subheadline,
    dateline: article.dateline,
    body: article.bodyText,
  };
  const fields = ARTICLE_FIELDS.flatMap((field) => {
    const text = texts[field];
    return text ? [{ field, text }] : [];
  });
  return sortSuggestions([
    ...fields.flatMap(({ field, text }) => textChecks(field, text, options)),
    // GB/T 15835's 局部体例一致: one article keeps one form of each number.
    ...numberFormat(fields),
    ...missingParts(article),
  ]);
}

/**
 * The printed 农历 date against the one computed for the issue date. Sample
 * 002 prints 癸卯年四月十四 on 2023-06-07, which was 四月二十.
 */
export function checkMasthead(printedLunar: string, date: Date): Suggestion[] {
  const computed = lunarDateOf(date);
  const printed = parseLunar(printedLunar);
  if (printed && sameLunar(printed, computed)) return [];
  // The correction keeps the printed shape (农历 prefix, year or not).
  const correction = printed
    ? `${printed.prefix}${printed.year ? `${computed.ganzhiYear}年` : ""}${computed.month}月${computed.day}`
    : formatLunarDate(date);
  return [
    {
      kind: "lunarMismatch",
      field: "masthead",
      from: 0,
      to: [...printedLunar].length,
      original: printedLunar,
      correction,
      markType: "fact",
    },
  ];
}

function textChecks(field: CheckField, text: string, options: CheckOptions): Suggestion[] {
  return [
    ...halfWidthPunctuation(field, text),
    ...unbalancedPairs(field, text),
    ...repeatedCharacters(field, text),
    ...repeatedWords(field, text),
    ...(options.internalCirculation ? internalWording(field, text, options.datelineName) : []),
  ];
}

function sortSuggestions(suggestions: Suggestion[]): Suggestion[] {
  const order = (field: CheckField) => (field === "masthead" ? -1 : ARTICLE_FIELDS.indexOf(field));
  return suggestions.sort((a, b) => order(a.field) - order(b.field) || a.from - b.from || a.to - b.to);
}

// ───────────── characters ─────────────

const HAN = /\p{Script=Han}/u;
// CJK punctuation, full-width forms and the curly quotes Chinese text uses.
const CJK_CONTEXT = /[\p{Script=Han}\u3000-\u303F\uFF00-\uFFEF\u2018-\u201D\u2014\u2026]/u;
const isHan = (char: string | undefined) => char !== undefined && HAN.test(char);
const isCjk = (char: string | undefined) => char !== undefined && CJK_CONTEXT.test(char);
const isDigit = (char: string | undefined) => char !== undefined && /[0-9０-９]/.test(char);

/** Code-point offset of every UTF-16 index, so regex matches can be reported in characters. */
function codePointIndex(text: string): (utf16: number) => number {
  const map: number[] = [];
  let cp = 0;
  for (let i = 0; i < text.length; i += 1) {
    map[i] = cp;
    const code = text.charCodeAt(i);
    if (code < 0xd800 || code > 0xdbff) cp += 1;
  }
  map[text.length] = cp;
  return (utf16) => map[utf16] ?? cp;
}

function suggestion(
  kind: CheckKind,
  field: CheckField,
  from: number,
  original: string,
  correction: string | null,
  markType: SuggestedMarkType,
): Suggestion {
  return { kind, field, from, to: from + [...original].length, original, correction, markType };
}

// ───────────── half-width punctuation (GB/T 15834) ─────────────

const FULL_WIDTH: Record<string, string> = { ",": "，", ":": "：", ";": "；", "!": "！", "?": "？", "(": "（", ")": "）" };
const LINK = /(?:[a-z][a-z0-9+.-]*:\/\/|www\.)[^\s\p{Script=Han}\u3000-\u303F\uFF00-\uFFEF]+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+/giu;

/** Spans (in code points) of URLs and e-mail addresses, whose punctuation is theirs. */
function linkSpans(text: string): [number, number][] {
  const cp = codePointIndex(text);
  return [...text.matchAll(LINK)].map((match) => {
    // Punctuation closing a sentence after a link is not part of it.
    const link = match[0].replace(/[,.;:!?)]+$/, "");
    return [cp(match.index), cp(match.index + link.length)];
  });
}

function neighbour(chars: string[], i: number, step: 1 | -1): string | undefined {
  for (let j = i + step; j >= 0 && j < chars.length; j += step) {
    if (chars[j] !== " " && chars[j] !== "\t" && chars[j] !== "\u3000") return chars[j];
  }
  return undefined;
}

function halfWidthPunctuation(field: CheckField, text: string): Suggestion[] {
  const chars = [...text];
  const links = linkSpans(text);
  const flagged = new Set<number>();
  const openParens: number[] = [];
  const pairs: [number, number][] = [];
  chars.forEach((char, i) => {
    if (!FULL_WIDTH[char] || links.some(([from, to]) => i >= from && i < to)) return;
    if (char === "(") openParens.push(i);
    if (char === ")" && openParens.length > 0) pairs.push([openParens.pop()!, i]);
    const before = neighbour(chars, i, -1);
    const after = neighbour(chars, i, 1);
    // 1,000 and 3:2 (or 9:00) are numbers, not sentence punctuation.
    if ((char === "," || char === ":") && isDigit(before) && isDigit(after)) return;
    // A Latin phrase keeps its own punctuation; only Chinese context asks for full width.
    if (isCjk(before) || isCjk(after)) flagged.add(i);
  });
  // Parentheses change width together: 反诈中心(APP) becomes 反诈中心（APP）.
  for (const [open, close] of pairs) {
    if (flagged.has(open) || flagged.has(close)) [open, close].forEach((i) => flagged.add(i));
  }
  return [...flagged]
    .sort((a, b) => a - b)
    .map((i) => suggestion("halfWidthPunctuation", field, i, chars[i]!, FULL_WIDTH[chars[i]!]!, "punctuation"));
}

// ───────────── unbalanced pairs ─────────────

// Half-width parentheses pair with full-width ones here: （一期) is one
// pair with a half-width half, which the punctuation check already reports.
const PAIRS: readonly { open: string; close: string }[] = [
  { open: "“", close: "”" },
  { open: "‘", close: "’" },
  { open: "《", close: "》" },
  { open: "（(", close: "）)" },
  { open: "【", close: "】" },
];

function paragraphs(chars: string[]): { from: number; to: number }[] {
  const out: { from: number; to: number }[] = [];
  let from = 0;
  chars.forEach((char, i) => {
    if (char === "\n") {
      out.push({ from, to: i });
      from = i + 1;
    }
  });
  out.push({ from, to: chars.length });
  return out.filter(({ from, to }) => chars.slice(from, to).some((c) => !/\s/u.test(c)));
}

function unbalancedPairs(field: CheckField, text: string): Suggestion[] {
  const chars = [...text];
  const paras = paragraphs(chars);
  const unmatched: number[] = [];
  for (const pair of PAIRS) {
    paras.forEach(({ from, to }, p) => {
      const open: number[] = [];
      for (let i = from; i < to; i += 1) {
        if (pair.open.includes(chars[i]!)) open.push(i);
        else if (pair.close.includes(chars[i]!) && open.pop() === undefined) unmatched.push(i);
      }
      // GB/T 15834: a quotation of several paragraphs opens each paragraph
      // with “ and closes only the last, so an open “ carried into a
      // paragraph that starts with “ is correct.
      const next = paras[p + 1];
      const carries = pair.open === "“" && next !== undefined && chars.slice(next.from, next.to).join("").trimStart().startsWith("“");
      unmatched.push(...(carries ? open.slice(1) : open));
    });
  }
  return unmatched
    .sort((a, b) => a - b)
    .map((i) => suggestion("unbalancedPairs", field, i, chars[i]!, null, "punctuation"));
}

// ───────────── repeated characters and words ─────────────

// Only function words are checked for doubling. Across a word boundary a
// doubled character is ordinary Chinese (党工委委员, 重点点位, 推进会会议,
// 今年年底: the three sample pages have some twenty such pairs and not one
// error), so flagging every double would bury the real 的的 in noise. For
// each word: characters before it that end a word with it (目的的), and
// after it that start one (为了了解), where the double is correct.
const DOUBLED_FUNCTION_WORDS: Record<string, { after?: string; before?: string }> = {
  的: { after: "目标" },
  了: { before: "解结却然之" },
  在: { after: "现存实所旨意内外潜自" },
  是: { after: "要若凡", before: "否非" },
  和: { after: "总缓温平调随共柔祥", before: "谐平睦解气美蔼善顺好约声" },
  与: { after: "参给赋授赠干", before: "会" },
  及: { after: "涉普以来波危顾触提论殃企", before: "时早格至" },
  都: { after: "首成京古旧国建迁定", before: "市会" },
  被: { after: "棉", before: "子褥" },
  把: { after: "火车门刀", before: "关握手脉控" },
  并: { after: "合兼吞归", before: "购列存举肩" },
  已: { after: "得而" },
  也: {},
  而: {},
  很: {},
  们: {},
  这: {},
  不: {},
};

function repeatedCharacters(field: CheckField, text: string): Suggestion[] {
  const chars = [...text];
  const out: Suggestion[] = [];
  for (let i = 0; i < chars.length; ) {
    const char = chars[i]!;
    let end = i + 1;
    while (chars[end] === char) end += 1;
    const rule = DOUBLED_FUNCTION_WORDS[char];
    if (rule && end - i >= 2 && !(end - i === 2 && legitimateDouble(chars, i, rule))) {
      out.push(suggestion("repeatedCharacter", field, i, char.repeat(end - i), char, "extra"));
    }
    i = end;
  }
  return out;
}

function legitimateDouble(chars: string[], i: number, rule: { after?: string; before?: string }): boolean {
  const previous = chars[i - 1];
  const next = chars[i + 2];
  // AABB reduplication: 的的确确, 是是非非, 实实在在.
  if (isHan(next) && next === chars[i + 3] && next !== chars[i]) return true;
  if (isHan(previous) && previous === chars[i - 2] && previous !== chars[i]) return true;
  // 一把把: a measure word doubled after 一.
  if (previous === "一") return true;
  return Boolean((previous && rule.after?.includes(previous)) || (next && rule.before?.includes(next)));
}

// ABAB reduplication of verbs and adjectives is a word form, not a repeat.
const ABAB_WORDS = new Set([
  "研究", "讨论", "学习", "休息", "商量", "考虑", "介绍", "打听", "锻炼", "活动", "收拾", "琢磨",
  "认识", "了解", "检查", "准备", "整理", "打扫", "比划", "雪白", "通红", "冰凉", "笔直", "火热",
]);

function repeatedWords(field: CheckField, text: string): Suggestion[] {
  const chars = [...text];
  const out: Suggestion[] = [];
  for (let i = 0; i < chars.length; i += 1) {
    for (let length = 8; length >= 2; length -= 1) {
      const word = chars.slice(i, i + length);
      if (word.length < length || !word.every(isHan) || new Set(word).size === 1) continue;
      const repeated = word.join("");
      if (chars.slice(i + length, i + 2 * length).join("") !== repeated) continue;
      // 一步一步, 一点一点: counting phrases repeat by design.
      if (word[0] === "一" || ABAB_WORDS.has(repeated)) continue;
      out.push(suggestion("repeatedCharacter", field, i, repeated + repeated, repeated, "extra"));
      i += 2 * length - 1;
      break;
    }
  }
  return out;
}

// ───────────── number formats (GB/T 15835) ─────────────

interface NumberForm {
  field: CheckField;
  from: number;
  original: string;
  /** true for the form GB/T 15835 prefers when both are equally common */
  preferred: boolean;
  correction: string | null;
}

const DIGITS = "零一二三四五六七八九";
const CN_DIGIT = "[〇零一二两三四五六七八九]";
const CN_MONTH = "(?:十[一二]?|[一二三四五六七八九])";
const CN_DAY = "(?:[一二三]?十[一二三四五六七八九]?|[一二三四五六七八九])";
const AR = "[0-9０-９]";
const ARABIC_DATE = new RegExp(`(?<!${AR})(?:${AR}{4}年(?:${AR}{1,2}月(?:${AR}{1,2}日)?)?|${AR}{1,2}月(?:${AR}{1,2}日|份))`, "g");
const CHINESE_DATE = new RegExp(
  `(?<![〇零一二两三四五六七八九十百千万第])(?:${CN_DIGIT}{4}年(?:${CN_MONTH}月(?:${CN_DAY}日)?)?|${CN_MONTH}月(?:${CN_DAY}日|份))`,
  "g",
);
// 百分之百 is an idiom (百分之百满意), not a percentage to rewrite.
const CHINESE_PERCENT = /百分之(?!百)([零〇一二两三四五六七八九十百]+(?:点[零〇一二三四五六七八九]+)?)/g;
const ARABIC_PERCENT = /(?<![0-9０-９.．])([0-9０-９]+(?:[.．][0-9０-９]+)?)[%％]/g;

function numberFormat(fields: readonly { field: CheckField; text: string }[]): Suggestion[] {
  const collect = (pattern: RegExp, toForm: (match: RegExpMatchArray) => Omit<NumberForm, "field" | "from" | "original">) =>
    fields.flatMap(({ field, text }) => {
      const cp = codePointIndex(text);
      return [...text.matchAll(pattern)].map((match) => ({ field, from: cp(match.index!), original: match[0], ...toForm(match) }));
    });
  return [
    // Full-width and ASCII digits: ASCII is the printed norm.
    minority(
      collect(/[0-9]+/g, () => ({ preferred: true, correction: null })),
      collect(/[０-９]+/g, (m) => ({ preferred: false, correction: halfWidthDigits(m[0]) })),
      (ascii) => ascii.replace(/[0-9]/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0)),
    ),
    // 公历 dates: GB/T 15835 writes them in Arabic numerals.
    minority(
      collect(ARABIC_DATE, () => ({ preferred: true, correction: null })),
      collect(CHINESE_DATE, (m) => ({ preferred: false, correction: convertDate(m[0], chineseToArabic) })),
      (arabic) => convertDate(halfWidthDigits(arabic), arabicToChinese),
    ),
    minority(
      collect(ARABIC_PERCENT, () => ({ preferred: true, correction: null })),
      collect(CHINESE_PERCENT, (m) => ({ preferred: false, correction: percentToArabic(m[1]!) })),
      (arabic) => percentToChinese(halfWidthDigits(arabic)),
    ),
  ].flat();
}

/**
 * Both forms present: the rarer one is the slip. On a tie the form the
 * standard does not prefer is reported.
 */
function minority(preferred: NumberForm[], other: NumberForm[], toOther: (original: string) => string | null): Suggestion[] {
  if (preferred.length === 0 || other.length === 0) return [];
  const flagged =
    other.length <= preferred.length ? other : preferred.map((form) => ({ ...form, correction: toOther(form.original) }));
  return flagged.map((form) => suggestion("numberFormat", form.field, form.from, form.original, form.correction, "number_usage"));
}

const halfWidthDigits = (text: string) => text.replace(/[０-９．]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0));

/** Rewrites each number of a date (year digit by digit, month and day as values). */
function convertDate(date: string, convert: (number: string, isYear: boolean) => string | null): string | null {
  let failed = false;
  const out = date.replace(/([^年月日份]+)(年|月|日|份)/g, (_, number: string, unit: string) => {
    const converted = convert(number, unit === "年");
    if (converted === null) failed = true;
    return `${converted}${unit}`;
  });
  return failed ? null : out;
}

function chineseToArabic(number: string, isYear: boolean): string | null {
  if (isYear) return [...number].map((d) => String(chineseDigit(d))).join("");
  const value = chineseInteger(number);
  return value === null ? null : String(value);
}

function arabicToChinese(number: string, isYear: boolean): string | null {
  if (isYear) return [...number].map((d) => (d === "0" ? "〇" : DIGITS[Number(d)])).join("");
  return integerToChinese(Number(number));
}

function chineseDigit(char: string): number {
  if (char === "〇") return 0;
  if (char === "两") return 2;
  return DIGITS.indexOf(char);
}

/** 五 → 5, 十二 → 12, 三十五 → 35, 一百零五 → 105; null past 999. */
function chineseInteger(number: string): number | null {
  let total = 0;
  let current = 0;
  for (const char of number) {
    if (char === "十") [total, current] = [total + (current || 1) * 10, 0];
    else if (char === "百") [total, current] = [total + (current || 1) * 100, 0];
    else if (chineseDigit(char) >= 0) current = chineseDigit(char);
    else return null;
  }
  return total + current;
}

function integerToChinese(value: number): string | null {
  if (!Number.isInteger(value) || value < 0 || value > 999) return null;
  if (value < 10) return DIGITS[value]!;
  const hundreds = Math.floor(value / 100);
  const tens = Math.floor((value % 100) / 10);
  const ones = value % 10;
  if (hundreds === 0) return `${tens === 1 ? "" : DIGITS[tens]}十${ones ? DIGITS[ones] : ""}`;
  const rest = value % 100;
  if (rest === 0) return `${DIGITS[hundreds]}百`;
  if (tens === 0) return `${DIGITS[hundreds]}百零${DIGITS[ones]}`;
  return `${DIGITS[hundreds]}百${DIGITS[tens]}十${ones ? DIGITS[ones] : ""}`;
}

function percentToArabic(number: string): string | null {
  const [integer = "", decimals] = number.split("点");
  const value = chineseInteger(integer);
  if (value === null) return null;
  return `${value}${decimals ? `.${[...decimals].map(chineseDigit).join("")}` : ""}%`;
}

function percentToChinese(percent: string): string | null {
  const [integer = "", decimals] = percent.replace(/[%％]$/, "").split(".");
  const value = integerToChinese(Number(integer));
  if (value === null) return null;
  return `百分之${value}${decimals ? `点${[...decimals].map((d) => DIGITS[Number(d)]).join("")}` : ""}`;
}

// ───────────── internal-circulation wording ─────────────

// 内部资料 may not present themselves as a newspaper: no 本报, no 记者 of
// their own. 新华社记者 or 人民日报记者 are someone else's and stay; so do
// 记者节 and 记者会, which name things, not staff.
const INTERNAL_WORDING = /本报讯|本报记者|本报|记者/g;
const OUTLET_BEFORE = new Set("社报台网刊");
const NOT_STAFF_AFTER = new Set("节证站协会");

function internalWording(field: CheckField, text: string, datelineName: string | undefined): Suggestion[] {
  const cp = codePointIndex(text);
  return [...text.matchAll(INTERNAL_WORDING)].flatMap((match): Suggestion[] => {
    const word = match[0];
    const at = match.index!;
    if (word === "记者" && (OUTLET_BEFORE.has(text[at - 1] ?? "") || NOT_STAFF_AFTER.has(text[at + 2] ?? ""))) return [];
    const isDateline = word === "本报讯";
    return [
      suggestion("internalWording", field, cp(at), word, isDateline ? (datelineName ?? null) : null, isDateline ? "format" : "fact"),
    ];
  });
}

// ───────────── byline and dateline ─────────────

function missingParts(article: CheckedArticle): Suggestion[] {
  const out: Suggestion[] = [];
  const missing = (kind: CheckKind) => out.push({ kind, field: "body", from: 0, to: 0, original: "", correction: null, markType: "format" });
  if (article.bylineCount === 0) missing("missingByline");
  // An imported body may still open with its 电头 (伊滨讯 5月29日,…).
  const datelineInBody = /^[\s*【]*\p{Script=Han}{1,10}讯/u.test(article.bodyText);
  if (!article.dateline?.trim() && !datelineInBody) missing("missingDateline");
  return out;
}

// ───────────── lunar dates ─────────────

interface PrintedLunar {
  prefix: string;
  year: string | null;
  month: string;
  day: string;
}

const PRINTED_LUNAR =
  /^(农历)?(?:([甲乙丙丁戊己庚辛壬癸][子丑寅卯辰巳午未申酉戌亥])年)?(闰?(?:正|冬|腊|十[一二]?|[一二三四五六七八九]))月(初[一二三四五六七八九十]|十[一二三四五六七八九]?|二十[一二三四五六七八九]?|廿[一二三四五六七八九]|三十|卅)$/;

function parseLunar(printed: string): PrintedLunar | null {
  const match = PRINTED_LUNAR.exec(printed.replace(/\s/gu, ""));
  if (!match) return null;
  return { prefix: match[1] ?? "", year: match[2] ?? null, month: match[3]!, day: match[4]! };
}

// The same date has several printed spellings: 冬月 is 十一月, 廿一 is 二十一.
const sameMonth = (month: string) => month.replace(/^(闰?)正$/, "$1一").replace(/^(闰?)冬$/, "$1十一").replace(/^(闰?)腊$/, "$1十二");
const sameDay = (day: string) => day.replace("廿", "二十").replace("卅", "三十").replace(/^十$/, "初十");

function sameLunar(printed: PrintedLunar, computed: { ganzhiYear: string; month: string; day: string }): boolean {
  return (
    (printed.year === null || printed.year === computed.ganzhiYear) &&
    sameMonth(printed.month) === sameMonth(computed.month) &&
    sameDay(printed.day) === sameDay(computed.day)
  );
}
