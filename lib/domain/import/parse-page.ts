// Import of back issues (issue 7): the text of one printed page — a
// Markdown-ish export or raw OCR — into masthead data, page credits and
// articles. Pure and total: any input gives a result, and every guess the
// parser is unsure of becomes a warning the importing editor can read.
import { assemble, type ParsedArticle } from "./assemble";
import { tokenize } from "./classify";
import { emptyMasthead, type ParsedMasthead } from "./imprint";
import { emptyIssue, lunarWarnings, type ParsedIssue } from "./masthead";
import { importMessages } from "./messages";
import type { ParsedPageHeader } from "./page-header";

export type { ParsedArticle } from "./assemble";
export type { ParsedIssue } from "./masthead";

export type { ParsedMasthead } from "./imprint";
export type { ParsedPageHeader } from "./page-header";

export interface ParsedPage {
  issue: ParsedIssue;
  masthead: ParsedMasthead;
  page: ParsedPageHeader;
  articles: ParsedArticle[];
  warnings: string[];
}

export { emptyMasthead } from "./imprint";

export const MAX_INPUT_BYTES = 2 * 1024 * 1024;

// C0 controls (but tab and newlines), C1 controls and U+FFFD: rare in real
// copy, common when a binary file or the wrong encoding is pasted.
const NOT_TEXT = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\ufffd]/gu;

/** Mostly control characters or U+FFFD: a binary file, or text in the wrong encoding. */
export function looksBinary(text: string): boolean {
  const noise = text.match(NOT_TEXT)?.length ?? 0;
  return noise > 8 && noise / text.length > 0.02;
}

function refuse(text: unknown): string | null {
  if (typeof text !== "string" || text.trim() === "") return importMessages.empty;
  // Length first: encoding a huge string only to measure it is wasted work.
  const bytes = text.length > MAX_INPUT_BYTES ? text.length : new TextEncoder().encode(text).length;
  if (bytes > MAX_INPUT_BYTES) return importMessages.tooLarge((bytes / 1024 / 1024).toFixed(1));
  if (looksBinary(text)) return importMessages.binary;
  return null;
}

// Enough for any real page; a hostile file could otherwise make one per line.
const MAX_WARNINGS = 100;
const capped = (warnings: string[]) =>
  warnings.length <= MAX_WARNINGS ? warnings : [...warnings.slice(0, MAX_WARNINGS - 1), importMessages.moreWarnings(warnings.length - MAX_WARNINGS + 1)];

export function parsePage(text: string): ParsedPage {
  const issue = emptyIssue();
  const refusal = refuse(text);
  if (refusal) return { issue, masthead: emptyMasthead(), page: { number: null, name: null }, articles: [], warnings: [refusal] };
  const warnings: string[] = [];
  const meta = { issue, masthead: emptyMasthead(), page: { number: null, name: null } as ParsedPageHeader, pagesSeen: [] as number[] };
  const { tokens, usesMarkdown } = tokenize(text.replace(/^\uFEFF/u, ""), meta, warnings);
  warnings.push(...lunarWarnings(issue));
  if (meta.pagesSeen.length > 1) warnings.push(importMessages.severalPages(meta.pagesSeen.join("、"), meta.pagesSeen[0]!));
  // The paper's name over 第N期 is the front page's masthead: this is 01版.
  if (meta.page.number === null && (issue.number !== null || issue.totalNumber !== null)) meta.page = { number: 1, name: null };
  const articles = assemble(tokens, usesMarkdown, warnings);
  if (articles.length === 0) warnings.push(importMessages.noArticles);
  else if (!usesMarkdown) warnings.push(importMessages.noMarkup);
  return { issue, masthead: meta.masthead, page: meta.page, articles, warnings: capped([...new Set(warnings)]) };
}
