// Editorial comments (批注): threads anchored to a text range of the body by a
// `comment` mark, with replies, @mentions and a resolve action. Staff-only:
// the public renderer drops the marks and nothing here is ever published.
import "server-only";
import { getDb } from "@/lib/db";
import { mayView } from "@/lib/domain/article-workflow";
import { AppError } from "@/lib/domain/errors";
import { recordAudit } from "@/lib/server/audit";
import type { SessionUser } from "@/lib/server/auth/session-user";
import { notifyUsers } from "@/lib/server/notifications/notify";

async function visibleArticle(user: SessionUser, articleId: string) {
  const article = await getDb().article.findUnique({ where: { id: articleId }, select: { id: true, status: true, createdById: true, headline: true } });
  if (!article || !mayView(user, { status: article.status, authorId: article.createdById })) {
    throw new AppError("notFound", `article ${articleId}`, "articleNotFound");
  }
  return article;
}

export interface NewComment {
  articleId: string;
  body: string;
  /** The selected text a new thread is anchored to. */
  quote?: string;
  /** Replies name their thread. */
  parentId?: string;
  mentionIds: string[];
}

export async function addComment(user: SessionUser, input: NewComment) {
  const article = await visibleArticle(user, input.articleId);
  const db = getDb();
  if (input.parentId) {
    const parent = await db.articleComment.findFirst({ where: { id: input.parentId, articleId: input.articleId, parentId: null } });
    if (!parent) throw new AppError("notFound", "thread", "commentNotFound");
  }
  const mentioned = await db.user.findMany({ where: { id: { in: input.mentionIds }, active: true }, select: { id: true } });
  return db.$transaction(async (tx) => {
    const comment = await tx.articleComment.create({
      data: {
        articleId: input.articleId,
        parentId: input.parentId ?? null,
        authorId: user.id,
        body: input.body.trim(),
        quote: input.parentId ? null : input.quote?.slice(0, 500) ?? null,
        mentionIds: mentioned.map((m) => m.id),
      },
    });
    // Ids and counts only: a comment may quote unpublished text.
    await recordAudit({ actorId: user.id, action: "comment.create", objectType: "Article", objectId: input.articleId, after: { commentId: comment.id, parentId: comment.parentId, mentions: comment.mentionIds.length } }, tx);
    await notifyUsers(
      tx,
      mentioned.map((m) => m.id).filter((id) => id !== user.id),
      "comment.mention",
      { articleId: article.id, headline: article.headline, byName: user.name, detail: comment.body.slice(0, 80) },
    );
    return comment;
  });
}

export async function setCommentResolved(user: SessionUser, { commentId, resolved }: { commentId: string; resolved: boolean }) {
  const db = getDb();
  const comment = await db.articleComment.findFirst({ where: { id: commentId, parentId: null } });
  if (!comment) throw new AppError("notFound", "comment", "commentNotFound");
  await visibleArticle(user, comment.articleId);
  await db.articleComment.update({
    where: { id: commentId },
    data: resolved ? { resolvedAt: new Date(), resolvedById: user.id } : { resolvedAt: null, resolvedById: null },
  });
  await recordAudit({ actorId: user.id, action: resolved ? "comment.resolve" : "comment.reopen", objectType: "Article", objectId: comment.articleId, before: { commentId, resolved: comment.resolvedAt !== null }, after: { commentId, resolved } });
}

export async function listComments(user: SessionUser, articleId: string) {
  await visibleArticle(user, articleId);
  return getDb().articleComment.findMany({
    where: { articleId, parentId: null },
    orderBy: { createdAt: "asc" },
    include: {
      author: { select: { id: true, name: true } },
      resolvedBy: { select: { name: true } },
      replies: { orderBy: { createdAt: "asc" }, include: { author: { select: { id: true, name: true } } } },
    },
  });
}

export type CommentThread = Awaited<ReturnType<typeof listComments>>[number];

/** Who can be @mentioned: active staff. */
export async function mentionableUsers() {
  return getDb().user.findMany({ where: { active: true }, select: { id: true, name: true }, orderBy: { name: "asc" } });
}
