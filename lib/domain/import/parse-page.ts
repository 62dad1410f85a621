// Import of back issues (issue 7): the text of one printed page — a
// Markdown-ish export or raw OCR — into masthead data, page credits and
// articles. Pure and total: any input gives a result, and every guess the
// parser is unsure of becomes a warning the importing editor can read.
import { assemble, type ParsedArticle } from "./assemble";
import { tokenize } from "./classify";
import { emptyIssue, lunarWarnings, type ParsedIssue } from "./masthead";
import { importMessages } from "./messages";

export type { ParsedArticle } from "./assemble";
export type { ParsedIssue } from "./masthead";

/** The masthead's other lines (报头): recovered for the editor to compare with the publication's settings. */
export interface ParsedMasthead {
  registrationLine: string | null; // 连续性内部资料准印证 / CN line
  supervisor: string | null; // 主管
  sponsor: string | null; // 主办
  publisher: string | null; // 编辑出版
  printRun: number | null; // 印数
}

/** Which page this is, when the text says so (a page header, or the masthead of 01版). */
export interface ParsedPageHeader {
  number: number | null;
  name: string | null; // 版名, e.g. 要闻
}

export interface ParsedPage {
  issue: ParsedIssue;
  masthead: ParsedMasthead;
  page: ParsedPageHeader;
  articles: ParsedArticle[];
  warnings: string[];
}

export const emptyMasthead = (): ParsedMasthead => ({ registrationLine: null, supervisor: null, sponsor: null, publisher: null, printRun: null });

export const MAX_INPUT_BYTES = 2 * 1024 * 1024;

// C0 controls (but tab and newlines), C1 controls and U+FFFD: rare in real
// copy, common when a binary file or the wrong encoding is pasted.
const NOT_TEXT = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\ufffd]/gu;

function refuse(text: unknown): string | null {
  if (typeof text !== "string" || text.trim() === "") return importMessages.empty;
  // Length first: encoding a huge string only to measure it is wasted work.
  const bytes = text.length > MAX_INPUT_BYTES ? text.length : new TextEncoder().encode(text).length;
  if (bytes > MAX_INPUT_BYTES) return importMessages.tooLarge((bytes / 1024 / 1024).toFixed(1));
  const noise = text.match(NOT_TEXT)?.length ?? 0;
  if (noise > 8 && noise / text.length > 0.02) return importMessages.binary;
  return null;
}

export function parsePage(text: string): ParsedPage {
  const issue = emptyIssue();
  const refusal = refuse(text);
  if (refusal) return { issue, masthead: emptyMasthead(), page: { number: null, name: null }, articles: [], warnings: [refusal] };
  const warnings: string[] = [];
  const { tokens, usesMarkdown } = tokenize(text.replace(/^\uFEFF/u, ""), issue, warnings);
  warnings.push(...lunarWarnings(issue));
  const articles = assemble(tokens, usesMarkdown, warnings);
  if (articles.length === 0) warnings.push(importMessages.noArticles);
  else if (!usesMarkdown) warnings.push(importMessages.noMarkup);
  return { issue, masthead: emptyMasthead(), page: { number: null, name: null }, articles, warnings: [...new Set(warnings)] };
}
