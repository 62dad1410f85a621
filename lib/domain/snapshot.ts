// What readers see of an issue, frozen when it is published (快照). The reader
// site, the feed, search and the API read only this, never the live tables,
// so staff editing later changes nothing readers see; a correction adds a
// version. Plain JSON: it is stored as it is in IssueSnapshot.content.
import type { BylineRole } from "./article-input";
import type { PageProof, ProofPublication } from "./proof-model";

export interface SnapshotCorrection {
  wrong: string;
  corrected: string;
  note: string | null;
  /** YYYY-MM-DD */
  correctedOn: string;
}

export interface SnapshotArticle {
  id: string;
  /** The page it starts on, and its order there. */
  pageNumber: number;
  position: number;
  kicker: string | null;
  headline: string;
  subheadline: string | null;
  column: string | null;
  dateline: string | null;
  bylines: { name: string; role: BylineRole }[];
  /** （郭学锋 张若含）, as printed. */
  bylineLine: string | null;
  /** The whole body, a jumped article stitched back into one, rendered through the public allowlist. */
  html: string;
  text: string;
  /** Pages a jumped article continues on. */
  continuedOn: number[];
  /** The first figure's image, for sharing cards. */
  image: string | null;
  corrections: SnapshotCorrection[];
}

export interface SnapshotPage {
  number: number;
  name: string;
  /** The page replica: the same model the print proof draws. */
  proof: PageProof;
  /** Articles with a region on this page, in reading order (a continuation included). */
  articleIds: string[];
}

export interface SnapshotContent {
  /** The masthead's furniture as it stood when published. */
  publication: ProofPublication & { slug: string };
  issue: { id: string; date: string; number: number; totalNumber: number; lunarDate: string };
  pages: SnapshotPage[];
  articles: SnapshotArticle[];
}

/**
 * What an article's page needs of its issue: no page replicas and no other
 * article's text — a tenth of a snapshot's megabyte, cut out by the database
 * (lib/server/site/reader.ts readerArticle).
 */
export interface ArticleContext {
  publication: SnapshotContent["publication"];
  issue: SnapshotContent["issue"];
  pages: Omit<SnapshotPage, "proof">[];
  articles: Omit<SnapshotArticle, "html" | "text">[];
}

type Ordered = Pick<SnapshotArticle, "id" | "pageNumber" | "position">;

/** The articles a page lists, in order, each with the page it starts on. */
export function pageArticles(content: SnapshotContent, pageNumber: number): SnapshotArticle[] {
  const page = content.pages.find((p) => p.number === pageNumber);
  if (!page) return [];
  return page.articleIds.map((id) => content.articles.find((a) => a.id === id)).filter((a): a is SnapshotArticle => Boolean(a));
}

/** Reading order through the issue: page by page, top to bottom, each article once. */
export function readingOrder<A extends Ordered>(content: { articles: A[] }): A[] {
  return [...content.articles].sort((a, b) => a.pageNumber - b.pageNumber || a.position - b.position);
}

/** The articles before and after one, in reading order. */
export function neighbours<A extends Ordered>(content: { articles: A[] }, articleId: string): { previous: A | null; next: A | null } {
  const order = readingOrder(content);
  const index = order.findIndex((a) => a.id === articleId);
  if (index < 0) return { previous: null, next: null };
  return { previous: order[index - 1] ?? null, next: order[index + 1] ?? null };
}
