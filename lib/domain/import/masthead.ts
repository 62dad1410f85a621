// The masthead (报头) and page credits, read from the lines that carry them.
// Only short, non-sentence lines count: a body paragraph that mentions
// 2023年6月7日 must not become the issue date.
import { checkMasthead } from "../proof-checks";
import { importMessages } from "./messages";
import { asciiDigits, codePoints } from "./text-utils";

export interface ParsedIssue {
  date: string | null; // YYYY-MM-DD
  number: number | null; // 期号
  totalNumber: number | null; // 总期号
  lunarDate: string | null; // as printed
  pageEditor: string | null; // 本版编辑 / 责任编辑
  layout: string | null; // 组版 / 美编
  proofreader: string | null; // 校对
}

export const emptyIssue = (): ParsedIssue => ({
  date: null, number: null, totalNumber: null, lunarDate: null, pageEditor: null, layout: null, proofreader: null,
});

// 2023年6月7日, or in running heads 2023-06-07 / 2023.6.7.
const DATE = /(\d{4})\s*(?:年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日|[-./](\d{1,2})[-./](\d{1,2})(?![\d.]))/u;
const NUMBER = /(?<!总)第\s*(\d{1,5})\s*期/u;
const NUMBER_APART = /(?<![\p{Script=Han}])第\s*\d{1,5}\s*期(?![\p{Script=Han}])/u;
const TOTAL = /总\s*第\s*(\d{1,6})\s*期/u;
const STEMS = "甲乙丙丁戊己庚辛壬癸";
const BRANCHES = "子丑寅卯辰巳午未申酉戌亥";
const LUNAR = new RegExp(
  `(?:农历\\s*)?(?:[${STEMS}][${BRANCHES}]年\\s*)?闰?[正一二三四五六七八九十冬腊]{1,2}月\\s*(?:初[一二三四五六七八九十]|二十[一二三四五六七八九]?|十[一二三四五六七八九]?|廿[一二三四五六七八九]|三十|卅)`,
  "u",
);
const LUNAR_CUE = new RegExp(`农历|[${STEMS}][${BRANCHES}]年`, "u");
const WEEKDAY = /星期[一二三四五六日天]|周[一二三四五六日]/u;

// 校对:王岚 组版:晓南 — the name stops where the next label starts.
const LABELS =
  "本版编辑|责任编辑|责编|版面编辑|美术编辑|美编|版式设计|版式|组版|排版|照排|设计|责任校对|校对|审核|审校|审读|值班编辑|值班主任|主编|监制|签发|终审|复审|初审|一审|二审|三审|编辑";
const CREDIT = new RegExp(`(${LABELS})\\s*[:：]?\\s*((?:(?!${LABELS})[\\p{Script=Han}·]){2,4})`, "gu");
// Labels not here (审核, 值班主任, 签发…) are read past: the page records only these three.
const ROLE_OF: Partial<Record<string, keyof Pick<ParsedIssue, "pageEditor" | "layout" | "proofreader">>> = {
  本版编辑: "pageEditor", 责任编辑: "pageEditor", 责编: "pageEditor", 版面编辑: "pageEditor", 编辑: "pageEditor",
  美术编辑: "layout", 美编: "layout", 版式设计: "layout", 组版: "layout", 版式: "layout", 排版: "layout", 照排: "layout", 设计: "layout",
  责任校对: "proofreader", 校对: "proofreader",
};

const isSentence = (line: string) => line.length > 240 || /[。，,；;]/u.test(line) || codePoints(line) > 120;

/**
 * Fills `issue` from a masthead line; true when the line was masthead. A
 * date alone may be a dateline or a caption, so it counts only with a
 * weekday, 期 or lunar date, or when the caller knows the line is a page
 * header (`dateAlone`).
 */
export function readMastheadLine(line: string, issue: ParsedIssue, warnings: string[], dateAlone = false): boolean {
  if (isSentence(line)) return false;
  const text = asciiDigits(line);
  const date = DATE.exec(text);
  const number = NUMBER.exec(text);
  const total = TOTAL.exec(text);
  const lunar = LUNAR_CUE.test(text) ? LUNAR.exec(text) : null;
  // 第10期培训班开班 is a headline: 第N期 alone makes a masthead only set apart from other words.
  const numberApart = number !== null && NUMBER_APART.test(text);
  const isMasthead = Boolean(numberApart || total || lunar || (date && (dateAlone || WEEKDAY.test(text))) || (number && date));
  if (!isMasthead) return false;
  if (date && issue.date === null) {
    issue.date = isoOf(date);
    if (issue.date === null) warnings.push(importMessages.invalidDate(date[0]));
  }
  if (number && issue.number === null) issue.number = Number(number[1]);
  if (total && issue.totalNumber === null) issue.totalNumber = Number(total[1]);
  if (lunar && issue.lunarDate === null) issue.lunarDate = lunar[0].replace(/\s/gu, "").replace(/^农历/u, "");
  return true;
}

/** The masthead parts of a line removed, to see what else it carries. */
export const withoutMastheadParts = (line: string): string =>
  asciiDigits(line)
    .replace(DATE, " ")
    .replace(TOTAL, " ")
    .replace(NUMBER, " ")
    .replace(LUNAR, " ")
    .replace(/农历/gu, " ")
    .replace(WEEKDAY, " ");

/** Reads the credits a line carries into `issue`; returns the line without them. */
export function takeCredits(line: string, issue: ParsedIssue): string {
  for (const [, label, name] of line.matchAll(CREDIT)) {
    const field = ROLE_OF[label!];
    if (field) issue[field] ??= name!;
  }
  return line.replace(CREDIT, " ");
}

/** Fills page credits from a line made of nothing but credits. */
export function readCreditsLine(line: string, issue: ParsedIssue): boolean {
  if (isSentence(line) || codePoints(line) > 60) return false;
  const matches = [...line.matchAll(CREDIT)];
  if (matches.length === 0) return false;
  // Whatever is left must be separators, or this is prose that mentions an editor.
  const rest = line.replace(CREDIT, "").replace(/[\s|｜■□·/:：、]/gu, "");
  if (rest.length > 2) return false;
  takeCredits(line, issue);
  return true;
}

function isoOf(match: RegExpExecArray): string | null {
  const [year, month, day] = [Number(match[1]), Number(match[2] ?? match[4]), Number(match[3] ?? match[5])];
  const date = new Date(Date.UTC(year, month - 1, day));
  const valid = date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
  return valid ? date.toISOString().slice(0, 10) : null;
}

/** The printed lunar date against the one computed from the Gregorian date. */
export function lunarWarnings(issue: ParsedIssue): string[] {
  const warnings: string[] = [];
  if (issue.date && issue.lunarDate) {
    const [suggestion] = checkMasthead(issue.lunarDate, new Date(`${issue.date}T00:00:00Z`));
    if (suggestion) warnings.push(importMessages.lunarMismatch(...withoutSharedYear(suggestion.original, suggestion.correction ?? "")));
  }
  return warnings;
}

// 癸卯年四月十四 vs 癸卯年四月二十: the year agrees, so name only what differs.
function withoutSharedYear(printed: string, computed: string): [string, string] {
  const year = /^(?:农历)?([^年]{2}年)/u;
  const a = year.exec(printed)?.[1];
  const b = year.exec(computed)?.[1];
  const strip = (s: string) => s.replace(/^(农历)?[^年]{2}年/u, "$1").replace(/^农历/u, "");
  return a && a === b ? [strip(printed), strip(computed)] : [printed, computed];
}
