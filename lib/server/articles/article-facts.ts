// Loads what the workflow rules need to judge an action on an article, and
// turns a rule's refusal into an error the user can act on.
import "server-only";
import { enforceVerdict } from "@/lib/server/errors";
import type { Tx } from "@/lib/db/client";
import type { ArticleFacts, Verdict } from "@/lib/domain/article-workflow";
import { AppError } from "@/lib/domain/errors";

export async function loadArticleFacts(id: string, tx: Pick<Tx, "article">) {
  const article = await tx.article.findUnique({
    where: { id },
    select: {
      id: true, status: true, version: true, headline: true, bodyText: true, charCount: true, createdById: true, publicationId: true,
      reviewDecisions: { select: { level: true, reviewerId: true } },
      placements: { where: { page: { signedAt: { not: null } } }, select: { id: true }, take: 1 },
    },
  });
  if (!article) throw new AppError("notFound", `article ${id}`, "articleNotFound");
  const facts: ArticleFacts = {
    status: article.status,
    authorId: article.createdById,
    decisions: article.reviewDecisions,
    onSignedPage: article.placements.length > 0,
  };
  return { article, facts };
}

/** Throws a rule's refusal, so that the user is told exactly why. */
export function enforce(verdict: Verdict): void {
  enforceVerdict(verdict, ["opinionRequired"]);
}
