// Where and how a confirmed draft lands: which issue it joins, the article
// bodies and page boxes it becomes, who its bylines credit. Pure, so that the
// rules are tested without a database.
import type { JSONContent } from "@tiptap/core";
import type { Reason } from "../errors";
import { headingLines } from "../copy-fit";
import { suggestColumnStart } from "../composition-rules";
import type { PageGrid } from "../page-grid";
import type { DraftArticle, ImportDraft } from "./draft";

/** The body of an imported article: its paragraphs, 小标题 as the editor's sub-heads. */
export function importedBody(paragraphs: DraftArticle["paragraphs"]): JSONContent {
  return {
    type: "doc",
    content: paragraphs.map(({ text, subhead }) =>
      subhead
        ? { type: "heading", attrs: { level: 3 }, content: [{ type: "text", text }] }
        : { type: "paragraph", content: [{ type: "text", text }] },
    ),
  };
}

// Offices, towns and companies sign articles too (（巡察室）, （区公安分局）).
const UNIT = /(?:室|办|局|委|部|处|科|厅|中心|镇|乡|街道|村|社区|公司|集团|学校|小学|中学|大学|医院|所|队|站|院|会|馆|台|社|组|团|支部|分局|法院|检察院|银行)$/u;

export function contributorKind(name: string): "person" | "unit" {
  const chars = [...name];
  if (name.includes("·")) return "person"; // 买买提·艾力
  return chars.length > 4 || (chars.length >= 3 && UNIT.test(name)) ? "unit" : "person";
}

/** A continuation's headline is printed shortened or with another break: compare what is left of the words. */
export function sameStory(a: string, b: string): boolean {
  const words = (text: string) => text.replace(/[\s\p{P}\p{S}]/gu, "");
  const [x, y] = [words(a), words(b)];
  if (!x || !y) return false;
  return x === y || (Math.min(x.length, y.length) >= 4 && (x.includes(y) || y.includes(x)));
}

export interface ExistingIssue {
  id: string;
  date: string; // YYYY-MM-DD
  number: number;
  totalNumber: number;
  imported: boolean;
  status: string;
  pages: number[];
}

export type Landing = { ok: true; issueId: string | null } | { ok: false; refusal: Reason };

/**
 * Which issue the page joins: none (a new imported issue), or the imported
 * issue that already has this date and these numbers. Refuses an issue made
 * in Folio, one already on the reader site, numbers that point at different
 * issues, and a page number that is taken.
 */
export function landingOf(issue: ImportDraft["issue"], pageNumber: number, existing: readonly ExistingIssue[]): Landing {
  if (existing.length === 0) return { ok: true, issueId: null };
  const [match] = existing;
  const same = existing.length === 1 && match!.date === issue.date && match!.number === issue.number && match!.totalNumber === issue.totalNumber;
  if (!same) return { ok: false, refusal: "importIssueMismatch" };
  if (!match!.imported) return { ok: false, refusal: "importIssueNotImported" };
  if (match!.status !== "locked") return { ok: false, refusal: "importIssuePublished" };
  if (match!.pages.includes(pageNumber)) return { ok: false, refusal: "importPageTaken" };
  return { ok: true, issueId: match!.id };
}

export interface ImportedBox {
  columnStart: number;
  columnSpan: number;
  height: number;
  headlineSize: number;
}

/**
 * Boxes for the page's articles in printed order: the first (the page's lead)
 * across half the page, the others two columns wide, each as tall as its text
 * needs, placed side by side like the composer places new articles.
 */
export function importedBoxes(articles: readonly { kicker: string | null; headline: string; subheadline: string | null; chars: number }[], grid: PageGrid): ImportedBox[] {
  const boxes: ImportedBox[] = [];
  articles.forEach((article, index) => {
    const columnSpan = Math.min(grid.columns, index === 0 ? Math.max(2, Math.floor(grid.columns / 2)) : 2);
    const headlineSize = index === 0 ? 28 : 20;
    const headingRows = headingLines(grid, { columnSpan, height: 0, headlineSize }, article);
    const bodyRows = Math.ceil(article.chars / Math.max(1, columnSpan * grid.charsPerColumnLine));
    const height = Math.min(grid.rows, Math.max(8, headingRows + bodyRows + 1));
    boxes.push({ columnStart: suggestColumnStart(boxes, columnSpan, grid.columns), columnSpan, height, headlineSize });
  });
  return boxes;
}
