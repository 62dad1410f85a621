// Everything the page composer shows: the live proof, the placements with
// their copy-fit and changes since placement, the pool of released articles.
import "server-only";
import { getDb } from "@/lib/db";
import { mayComposePage } from "@/lib/domain/composition-rules";
import { AppError } from "@/lib/domain/errors";
import { formatLunarDate } from "@/lib/domain/lunar";
import { figuresOf } from "@/lib/domain/media";
import { diffStats, diffText } from "@/lib/domain/text-diff";
import type { SessionUser } from "@/lib/server/auth/session-user";
import { loadIssueProofs } from "./load-proof";

export async function loadComposePage(user: SessionUser, issueId: string, pageNumber: number) {
  const db = getDb();
  const page = await db.page.findFirst({
    where: { issueId, number: pageNumber },
    include: { issue: { include: { publication: { select: { id: true, name: true } }, pages: { orderBy: { number: "asc" }, select: { id: true, number: true, name: true } } } } },
  });
  if (!page) throw new AppError("notFound", "page", "pageNotFound");
  const proofs = await loadIssueProofs(issueId, pageNumber);
  const { proof, placements: rows } = proofs!.pages[0]!;

  const placements = await Promise.all(
    rows.map(async (row) => {
      const box = proof.boxes.find((b) => b.id === row.id)!;
      return {
        id: row.id,
        position: row.position,
        columnStart: row.columnStart,
        columnSpan: row.columnSpan,
        height: row.height,
        headlineSize: row.headlineSize,
        continuesFromPage: row.continuesFrom?.page.number ?? null,
        continuedOnPage: row.continuedOn?.page.number ?? null,
        article: { id: row.article.id, kicker: row.article.kicker, headline: row.article.headline },
        fit: box.fit,
        // 配图: the article's photos, and the one layout chose for this box (null: the first).
        photo: {
          mediaId: row.media?.id ?? null,
          options: figuresOf(row.article.body)
            .filter((f): f is typeof f & { mediaId: string } => Boolean(f.mediaId))
            .map((f) => ({ mediaId: f.mediaId, caption: f.caption })),
        },
        changed: row.article.version > row.placedVersion ? await changeSincePlacement(row.article.id, row.placedVersion, row.article.bodyText) : null,
      };
    }),
  );

  // The pool: released articles not yet on any page (an article is printed once).
  const pool = await db.article.findMany({
    where: { publicationId: page.issue.publicationId, status: "released", placements: { none: {} } },
    orderBy: { releasedAt: "desc" },
    take: 100,
    select: { id: true, kicker: true, headline: true, column: true, charCount: true, releasedAt: true },
  });

  return {
    issue: {
      id: page.issue.id, date: page.issue.date, number: page.issue.number, totalNumber: page.issue.totalNumber,
      lunarDate: formatLunarDate(page.issue.date), publicationName: page.issue.publication.name,
    },
    page: { id: page.id, number: page.number, name: page.name, version: page.version, signed: page.signedAt !== null },
    pages: page.issue.pages,
    proof,
    placements,
    pool,
    canCompose: mayComposePage(user, { pageEditorId: page.pageEditorId, layoutId: page.layoutId, signed: page.signedAt !== null }),
  };
}

/** 稿件已改动: the body as it was when placed against the body now, by character. */
async function changeSincePlacement(articleId: string, placedVersion: number, bodyNow: string) {
  const then = await getDb().articleRevision.findFirst({
    where: { articleId, version: { lte: placedVersion }, kind: { not: "conflict" } },
    orderBy: [{ version: "desc" }, { createdAt: "desc" }],
    select: { bodyText: true },
  });
  const parts = diffText(then?.bodyText ?? "", bodyNow);
  return { parts, stats: diffStats(parts) };
}

export type ComposePage = Awaited<ReturnType<typeof loadComposePage>>;
