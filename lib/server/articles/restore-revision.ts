// Restoring a revision writes it back as a new revision: history only grows.
import "server-only";
import { getDb } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { mayEdit } from "@/lib/domain/article-workflow";
import { articleCharCount } from "@/lib/domain/char-count";
import { AppError } from "@/lib/domain/errors";
import { bylinesSchema } from "@/lib/domain/article-input";
import { recordAudit } from "@/lib/server/audit";
import type { SessionUser } from "@/lib/server/auth/session-user";
import { enforce, loadArticleFacts } from "./article-facts";
import { replaceBylines } from "./save-article";

export async function restoreRevision(user: SessionUser, { articleId, revisionId, baseVersion }: { articleId: string; revisionId: string; baseVersion: number }) {
  return getDb().$transaction(async (tx) => {
    const { facts } = await loadArticleFacts(articleId, tx);
    enforce(mayEdit(user, facts));
    const revision = await tx.articleRevision.findFirst({ where: { id: revisionId, articleId } });
    if (!revision) throw new AppError("notFound", `revision ${revisionId}`, "revisionNotFound");

    const fields = {
      kicker: revision.kicker, headline: revision.headline, subheadline: revision.subheadline,
      column: revision.column, dateline: revision.dateline,
    };
    const body = revision.body as Prisma.InputJsonValue;
    const charCount = articleCharCount(fields, revision.bodyText);
    const updated = await tx.article.updateMany({
      where: { id: articleId, version: baseVersion },
      data: { ...fields, body, bodyText: revision.bodyText, charCount, version: { increment: 1 } },
    });
    if (updated.count === 0) throw new AppError("conflict", "stale restore", "staleVersion");

    // Contributors may have been merged away since; keep the bylines that still resolve.
    const bylines = bylinesSchema.safeParse(revision.bylines);
    if (bylines.success) {
      const existing = new Set(
        (await tx.contributor.findMany({ where: { id: { in: bylines.data.map((b) => b.contributorId) } }, select: { id: true } })).map((c) => c.id),
      );
      await replaceBylines(tx, articleId, bylines.data.filter((b) => existing.has(b.contributorId)));
    }
    const version = baseVersion + 1;
    await tx.articleRevision.create({
      data: { articleId, version, kind: "restore", authorId: user.id, ...fields, body, bodyText: revision.bodyText, bylines: revision.bylines as Prisma.InputJsonValue },
    });
    await recordAudit({ actorId: user.id, action: "article.restore", objectType: "Article", objectId: articleId, before: { version: baseVersion }, after: { revisionId, version, charCount } }, tx);
    return { version };
  });
}
