// The history (修改记录) of an article: who saved what when, and a
// character-level comparison of any two revisions.
import "server-only";
import { getDb } from "@/lib/db";
import { mayView } from "@/lib/domain/article-workflow";
import { AppError } from "@/lib/domain/errors";
import { articleCharCount } from "@/lib/domain/char-count";
import { diffStats, diffText } from "@/lib/domain/text-diff";
import type { SessionUser } from "@/lib/server/auth/session-user";

async function assertVisible(user: SessionUser, articleId: string) {
  const article = await getDb().article.findUnique({ where: { id: articleId }, select: { status: true, createdById: true, headline: true, version: true } });
  if (!article || !mayView(user, { status: article.status, authorId: article.createdById })) {
    throw new AppError("notFound", `article ${articleId}`, "articleNotFound");
  }
  return article;
}

export async function listRevisions(user: SessionUser, articleId: string) {
  const article = await assertVisible(user, articleId);
  const revisions = await getDb().articleRevision.findMany({
    where: { articleId },
    orderBy: { createdAt: "desc" },
    select: {
      id: true, version: true, kind: true, kicker: true, headline: true, subheadline: true, bodyText: true,
      createdAt: true, updatedAt: true, author: { select: { name: true } },
    },
  });
  const counted = revisions.map((r) => ({ ...r, charCount: articleCharCount(r, r.bodyText) }));
  return { article, revisions: counted };
}

/** The text a revision compares by: its title fields and its body, one per line. */
function comparableText(r: { kicker: string | null; headline: string; subheadline: string | null; dateline: string | null; bodyText: string }) {
  return [r.kicker, r.headline, r.subheadline, r.dateline].filter(Boolean).join("\n") + "\n\n" + r.bodyText;
}

export async function compareRevisions(user: SessionUser, articleId: string, fromId: string, toId: string) {
  await assertVisible(user, articleId);
  const [from, to] = await Promise.all(
    [fromId, toId].map((id) => getDb().articleRevision.findFirst({ where: { id, articleId }, include: { author: { select: { name: true } } } })),
  );
  if (!from || !to) throw new AppError("notFound", "revision", "revisionNotFound");
  const parts = diffText(comparableText(from), comparableText(to));
  return { from, to, parts, stats: diffStats(parts) };
}
