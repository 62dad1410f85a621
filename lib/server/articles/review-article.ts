// 三审: a decision at one level, recorded for good, moving the article on,
// back to its author (退修) or into the archive (退稿).
import "server-only";
import { getDb } from "@/lib/db";
import { checkOpinion, mayReview, pendingLevel, statusAfter, type ReviewLevel, type ReviewOutcome } from "@/lib/domain/article-workflow";
import { AppError } from "@/lib/domain/errors";
import { figuresReady } from "@/lib/domain/media";
import { enforceVerdict } from "@/lib/server/errors";
import { recordAudit } from "@/lib/server/audit";
import type { SessionUser } from "@/lib/server/auth/session-user";
import { notifyUsers, usersAllowed } from "@/lib/server/notifications/notify";
import { enforce, loadArticleFacts } from "./article-facts";

const NEXT_PERMISSION = { first_passed: "review.second", second_passed: "review.final" } as const;

export interface ReviewInput {
  articleId: string;
  level: ReviewLevel;
  outcome: ReviewOutcome;
  opinion: string;
}

export async function reviewArticle(user: SessionUser, { articleId, level, outcome, opinion }: ReviewInput) {
  return getDb().$transaction(async (tx) => {
    const { article, facts } = await loadArticleFacts(articleId, tx);
    enforce(mayReview(user, facts, level));
    enforce(checkOpinion(opinion));

    const status = statusAfter(level, outcome);
    if (status === "released") {
      // 签发 is the last look before print and web: every photo needs its alt text and credit.
      const { body } = await tx.article.findUniqueOrThrow({ where: { id: articleId }, select: { body: true } });
      enforceVerdict(figuresReady(body), ["figureAltMissing", "figureCreditMissing"]);
    }
    const moved = await tx.article.updateMany({
      where: { id: articleId, status: article.status },
      data: { status, releasedAt: status === "released" ? new Date() : undefined },
    });
    if (moved.count === 0) throw new AppError("conflict", "status changed", "statusChanged");
    const decision = await tx.reviewDecision.create({
      data: { articleId, level, outcome, opinion: opinion.trim(), reviewerId: user.id, articleVersion: article.version },
    });
    await recordAudit(
      {
        actorId: user.id, action: "review.decide", objectType: "Article", objectId: articleId,
        before: { status: article.status }, after: { status, level, outcome, decisionId: decision.id },
      },
      tx,
    );

    const payload = { articleId, headline: article.headline, byName: user.name };
    if (status === "returned" && article.createdById) {
      await notifyUsers(tx, [article.createdById], "article.returned", { ...payload, detail: opinion.trim().slice(0, 80) });
    }
    if (status === "first_passed" || status === "second_passed") {
      const reviewers = await usersAllowed(tx, NEXT_PERMISSION[status], [user.id]);
      await notifyUsers(tx, reviewers, "article.awaiting_review", { ...payload, detail: pendingLevel(status) ?? undefined });
    }
    return { status };
  });
}
