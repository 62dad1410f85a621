// Everything the article page shows: the article, its bylines, its 三审 record,
// and what the signed-in user may do with it now.
import "server-only";
import { getDb } from "@/lib/db";
import { mayEdit, mayReview, maySubmit, mayView, pendingLevel, reviewableLevel } from "@/lib/domain/article-workflow";
import { AppError } from "@/lib/domain/errors";
import type { SessionUser } from "@/lib/server/auth/session-user";

export async function getArticleForDesk(user: SessionUser, id: string) {
  const article = await getDb().article.findUnique({
    where: { id },
    include: {
      publication: { select: { id: true, name: true, dateline: true, internalCirculation: true } },
      createdBy: { select: { id: true, name: true } },
      bylines: { orderBy: { position: "asc" }, include: { contributor: { select: { id: true, name: true, kind: true } } } },
      reviewDecisions: { orderBy: { createdAt: "asc" }, include: { reviewer: { select: { name: true } } } },
      placements: { where: { page: { signedAt: { not: null } } }, select: { id: true }, take: 1 },
    },
  });
  if (!article) throw new AppError("notFound", `article ${id}`, "articleNotFound");
  const facts = {
    status: article.status,
    authorId: article.createdById,
    decisions: article.reviewDecisions,
    onSignedPage: article.placements.length > 0,
  };
  if (!mayView(user, facts)) throw new AppError("notFound", `article ${id} hidden from ${user.id}`, "articleNotFound");
  const waiting = pendingLevel(article.status);
  const review = waiting ? mayReview(user, facts, waiting) : null;
  return {
    article,
    abilities: {
      edit: mayEdit(user, facts),
      submit: maySubmit(user, facts).ok,
      reviewLevel: reviewableLevel(user, facts),
      /** Why a reviewer who holds the level's permission may still not take it (三审 by three people). */
      reviewRefusal: review && !review.ok && review.refusal === "reviewedAnotherLevel" ? review.refusal : null,
    },
  };
}

export type DeskArticle = Awaited<ReturnType<typeof getArticleForDesk>>;
