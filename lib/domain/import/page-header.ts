// 版头: the line at the top of a page that says which page it is — `第02版`,
// `02版 要闻`, `第2版：要闻`, `A2 要闻`, or a whole running head
// `洛河新闻 2023年6月7日 星期三 第3版 要闻 责任编辑：张三`. OCR repeats it
// wherever a scan was stitched, so every copy is dropped and the first read.
import { readMastheadLine, takeCredits, withoutMastheadParts, type ParsedIssue } from "./masthead";
import { asciiDigits, collapseSpaces, hanCount, parseSmallNumber } from "./text-utils";

/** Which page this is, when the text says so (a page header, or the masthead of 01版). */
export interface ParsedPageHeader {
  number: number | null;
  name: string | null; // 版名, e.g. 要闻
}

const MARKERS = [
  /第\s*([0-9]{1,2}|[一二三四五六七八九十]{1,3})\s*版(?!面|权|本|式)/u,
  /(?<![0-9A-Za-z\p{Script=Han}])[A-H]?([0-9]{1,2})\s*版(?!面|权|本|式)/u,
  // 02 要闻, A2 要闻, 02要闻 — but not 5家企业获表彰: a bare number needs a gap, a leading zero or a letter.
  /^(?:[A-H]([0-9]{1,2})|0([1-9])|([0-9]{1,2})(?=\s*[\s:：|｜·]))(?=\s*[:：|｜·]?\s*\p{Script=Han}{2,6}$)/u,
  /^[A-H]([0-9]{1,2})$/u,
];
// What a jump or a body sentence looks like: never a page header.
const NOT_A_HEADER = /上接|接上|下转|转第|转\s*[0-9]|见第|[。，,；;！？!?]/u;
const NAME_AFTER = /^\s*[:：|｜·\-—/]?\s*(\p{Script=Han}{2,6})(?=[\s|｜■·]|$)/u;
const NOT_A_NAME = /^(星期|周[一二三四五六日]|农历|责任|本版|美术|校对|组版|编辑)/u;
// 5 家企业, 12 名干部: a count, not a page.
const MEASURE = /^[个名家项条位年月日天次件所座万亿千百余多人户亩米元岁号届期批只台辆栋套场]/u;
// A page name, its paper's name and a few separators are all a header may hold besides dates and credits.
const MAX_LEFTOVER_HAN = 14;

export interface PageMeta {
  issue: ParsedIssue;
  page: ParsedPageHeader;
  /** Every page number a header named, in order: more than one means several pages in one file. */
  pagesSeen: number[];
}

/** Reads a page header line into `meta`; true when the line is one (and so no article text). */
export function readPageHeaderLine(line: string, meta: PageMeta, warnings: string[]): boolean {
  if (line.length > 120 || NOT_A_HEADER.test(line)) return false;
  const issueCopy = { ...meta.issue };
  const text = collapseSpaces(withoutMastheadParts(takeCredits(asciiDigits(line), issueCopy)));
  for (const marker of MARKERS) {
    const match = marker.exec(text);
    if (!match) continue;
    const number = parseSmallNumber(match[1] ?? match[2] ?? match[3] ?? "");
    if (number === null || number < 1 || number > 99) return false;
    const after = text.slice(match.index + match[0].length);
    const named = NAME_AFTER.exec(after);
    if (named && MEASURE.test(named[1]!)) return false;
    const name = named && !NOT_A_NAME.test(named[1]!) ? named[1]! : null;
    const leftover = text.slice(0, match.index) + (name ? after.slice(named![0].length) : after);
    if (hanCount(leftover) > MAX_LEFTOVER_HAN) return false;
    if (meta.page.number === null) meta.page = { number, name };
    if (!meta.pagesSeen.includes(number)) meta.pagesSeen.push(number);
    Object.assign(meta.issue, issueCopy);
    readMastheadLine(line, meta.issue, warnings, true);
    return true;
  }
  return false;
}
