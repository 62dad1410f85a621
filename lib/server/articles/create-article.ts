// 写稿: a new draft in a publication, with the publication's dateline and the
// writer's own byline to start from.
import "server-only";
import { getDb } from "@/lib/db";
import { AppError } from "@/lib/domain/errors";
import { EMPTY_DOC } from "@/lib/richtext/validate";
import type { SessionUser } from "@/lib/server/auth/session-user";
import { recordAudit } from "@/lib/server/audit";

export async function createArticle({ user, publicationId }: { user: SessionUser; publicationId?: string }) {
  const db = getDb();
  const publication = publicationId
    ? await db.publication.findUnique({ where: { id: publicationId } })
    : await db.publication.findFirst({ orderBy: [{ isDefault: "desc" }, { createdAt: "asc" }] });
  if (!publication) throw new AppError("notFound", "no publication");
  const contributor = await db.contributor.findUnique({ where: { userId: user.id } });

  return db.$transaction(async (tx) => {
    const article = await tx.article.create({
      data: {
        publicationId: publication.id,
        headline: "",
        dateline: publication.dateline,
        body: EMPTY_DOC,
        createdById: user.id,
        // Internal-circulation papers may not call their staff 记者.
        bylines: contributor
          ? { create: { contributorId: contributor.id, role: publication.internalCirculation ? "author" : "reporter", position: 1 } }
          : undefined,
      },
    });
    await recordAudit({ actorId: user.id, action: "article.create", objectType: "Article", objectId: article.id, after: { status: article.status, publicationId: publication.id } }, tx);
    return article;
  });
}
