// 交稿: the author sends a draft (or a returned article) to 初审.
import "server-only";
import { getDb } from "@/lib/db";
import { maySubmit } from "@/lib/domain/article-workflow";
import { AppError } from "@/lib/domain/errors";
import { recordAudit } from "@/lib/server/audit";
import type { SessionUser } from "@/lib/server/auth/session-user";
import { notifyUsers, usersAllowed } from "@/lib/server/notifications/notify";
import { enforce, loadArticleFacts } from "./article-facts";

export async function submitArticle(user: SessionUser, articleId: string) {
  await getDb().$transaction(async (tx) => {
    const { article, facts } = await loadArticleFacts(articleId, tx);
    enforce(maySubmit(user, facts));
    if (!article.headline.trim()) throw new AppError("validation", "no headline", "headlineRequired");
    if (!article.bodyText.trim()) throw new AppError("validation", "no body", "bodyRequired");

    const moved = await tx.article.updateMany({ where: { id: articleId, status: article.status }, data: { status: "submitted" } });
    if (moved.count === 0) throw new AppError("conflict", "status changed", "statusChanged");
    await recordAudit(
      { actorId: user.id, action: "article.submit", objectType: "Article", objectId: articleId, before: { status: article.status }, after: { status: "submitted" } },
      tx,
    );
    const reviewers = await usersAllowed(tx, "review.first", [user.id]);
    await notifyUsers(tx, reviewers, "article.awaiting_review", { articleId, headline: article.headline, byName: user.name, detail: "first" });
  });
}
