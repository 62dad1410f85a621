// The rows of one generated, published issue: 8 pages × 8 articles with their
// bylines, a revision each, placements, photo metadata, the issue snapshot and
// its published articles — what publishing (lib/server/publishing/snapshot.ts)
// would have written, built here in memory so that they go in by bulk insert.
// The page replicas come from the real proof model (lib/domain/proof-model.ts).
import { formatBylines } from "../../../lib/domain/bylines.ts";
import { isoDate } from "../../../lib/domain/dates.ts";
import { formatLunarDate } from "../../../lib/domain/lunar.ts";
import { buildPageProof, type ProofPublication } from "../../../lib/domain/proof-model.ts";
import { pageGrid, type PageFormat } from "../../../lib/domain/page-grid.ts";
import type { SnapshotArticle, SnapshotContent, SnapshotPage } from "../../../lib/domain/snapshot.ts";
import type { BylineRole } from "../../../lib/domain/article-input.ts";
import { COLUMNS, PAGE_NAMES, makeParagraphs, pick, type Corpus } from "./text.ts";

export const PAGES_PER_ISSUE = 8;
export const ARTICLES_PER_PAGE = 8;
const BODY_CHARS = 1500;

export interface ArchiveContext {
  publicationId: string;
  publication: ProofPublication & { slug: string };
  format: PageFormat;
  corpus: Corpus;
  contributors: { id: string; name: string }[];
  staff: { reporterId: string; editorName: string; layoutName: string; proofName: string; chiefId: string };
  random: () => number;
}

export interface IssueSpec {
  id: string;
  date: Date;
  number: number;
  totalNumber: number;
  /** false: 已付印 (every page signed), waiting to be published — no snapshot yet. */
  published: boolean;
}

/** Rows keyed by table; each row lists its values in the column order of tables.ts. */
export type Rows = Record<string, unknown[][]>;

const escapeHtml = (s: string) => s.replace(/[&<>"]/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" })[c]!);

export function issueRows(ctx: ArchiveContext, spec: IssueSpec, rows: Rows): void {
  const { random, corpus } = ctx;
  const at = new Date(spec.date.getTime() + 8 * 3600_000);
  const snapshotId = `${spec.id}s`;
  push(rows, "Issue", [spec.id, ctx.publicationId, isoDate(spec.date), spec.date.getUTCFullYear(), spec.number, spec.totalNumber, spec.published ? "published" : "locked", at, spec.published ? at : null, ctx.staff.chiefId, at, at]);

  const articles: SnapshotArticle[] = [];
  const pages: SnapshotPage[] = [];
  for (let p = 1; p <= PAGES_PER_ISSUE; p++) {
    const pageId = `${spec.id}p${p}`;
    const name = PAGE_NAMES[p - 1]!;
    push(rows, "Page", [pageId, spec.id, p, name, ctx.format.columns, at, ctx.staff.chiefId, at, at]);
    const rowsPerBox = Math.floor(pageGrid(ctx.format, p).rows / (ARTICLES_PER_PAGE / 2));
    const placements = [];
    for (let a = 0; a < ARTICLES_PER_PAGE; a++) {
      const articleId = `${spec.id}a${p}${a}`;
      const paragraphs = makeParagraphs(random, corpus, BODY_CHARS * (0.7 + random() * 0.6));
      const bodyText = paragraphs.join("\n");
      const body = { type: "doc", content: paragraphs.map((text) => ({ type: "paragraph", content: [{ type: "text", text }] })) };
      const headline = pick(random, corpus.headlines);
      const kicker = random() < 0.3 ? pick(random, corpus.headlines) : null;
      const column = pick(random, COLUMNS);
      const dateline = `伊滨讯 ${spec.date.getUTCMonth() + 1}月${spec.date.getUTCDate()}日`;
      const bylines: { id: string; name: string; role: BylineRole }[] = [];
      const bylineCount = 1 + Math.floor(random() * 3);
      for (let b = 0; b < bylineCount; b++) {
        const contributor = pick(random, ctx.contributors);
        if (bylines.some((x) => x.id === contributor.id)) continue;
        bylines.push({ ...contributor, role: b === 0 ? "reporter" : "correspondent" });
      }
      const charCount = bodyText.replace(/\s/g, "").length + headline.length + (kicker?.length ?? 0);
      const bodyJson = JSON.stringify(body);
      push(rows, "Article", [articleId, ctx.publicationId, kicker, headline, column, dateline, bodyJson, bodyText, charCount, "released", ctx.staff.reporterId, at, at, at]);
      const bylineJson = JSON.stringify(bylines.map((b) => ({ name: b.name, role: b.role })));
      push(rows, "ArticleRevision", [`${articleId}r`, articleId, 1, "edit", kicker, headline, column, dateline, bodyJson, bodyText, bylineJson, ctx.staff.reporterId, at, at]);
      bylines.forEach((b, i) => push(rows, "Byline", [`${articleId}b${i}`, articleId, b.id, b.role, i]));
      // Photo metadata for one article in four (files are not generated: the reader text is what is measured).
      if (a % 4 === 0) {
        const mediaId = `${articleId}m`;
        const key = `bench/${mediaId}`;
        const renditions = JSON.stringify({ web: { key: `${key}-web.jpg`, width: 1200, height: 800 }, thumb: { key: `${key}-thumb.jpg`, width: 320, height: 320 }, print: { key: `${key}-print.jpg`, width: 2400, height: 1600 } });
        push(rows, "Media", [mediaId, `${key}.jpg`, `${mediaId}.jpg`, "image/jpeg", 900_000 + Math.floor(random() * 500_000), 3000, 2000, renditions, pick(random, corpus.sentences).slice(0, 40), bylines[0]!.id, headline, ctx.staff.reporterId, at, at]);
        push(rows, "ArticleMedia", [articleId, mediaId]);
      }
      const placementId = `${articleId}x`;
      const box = { columnStart: a % 2 === 0 ? 1 : 5, columnSpan: 4, height: rowsPerBox, headlineSize: a < 2 ? 36 : 24 };
      push(rows, "Placement", [placementId, pageId, articleId, a + 1, box.columnStart, box.columnSpan, box.height, box.headlineSize, 1, at, at]);
      const plain = bylines.map((b) => ({ name: b.name, role: b.role }));
      placements.push({ id: placementId, ...box, article: { id: articleId, kicker, headline, subheadline: null, column, dateline, bodyText, bylines: plain }, jump: null });
      articles.push({
        id: articleId, pageNumber: p, position: a + 1, kicker, headline, subheadline: null, column, dateline,
        bylines: plain, bylineLine: formatBylines(plain) || null,
        html: paragraphs.map((t) => `<p>${escapeHtml(t)}</p>`).join(""), text: bodyText,
        continuedOn: [], image: null, corrections: [],
      });
    }
    const proof = buildPageProof({
      format: ctx.format,
      publication: ctx.publication,
      issue: { date: spec.date, number: spec.number, totalNumber: spec.totalNumber },
      page: { number: p, name, pageEditor: ctx.staff.editorName, layout: ctx.staff.layoutName, proofreader: ctx.staff.proofName },
      placements,
    });
    pages.push({ number: p, name, proof, articleIds: placements.map((x) => x.article.id) });
  }

  if (!spec.published) return;
  const content: SnapshotContent = {
    publication: ctx.publication,
    issue: { id: spec.id, date: isoDate(spec.date), number: spec.number, totalNumber: spec.totalNumber, lunarDate: formatLunarDate(spec.date) },
    pages,
    articles,
  };
  push(rows, "IssueSnapshot", [snapshotId, spec.id, 1, JSON.stringify(content), ctx.staff.chiefId, at]);
  for (const a of articles) {
    push(rows, "PublishedArticle", [`${a.id}v`, snapshotId, a.id, true, a.pageNumber, a.position, a.kicker, a.headline, a.column, a.dateline, JSON.stringify(a.bylines), a.html, a.text]);
  }
}

function push(rows: Rows, table: string, row: unknown[]): void {
  (rows[table] ??= []).push(row);
}
