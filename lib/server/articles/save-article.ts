// Autosave and save of the article editor. Every save names the version it
// was based on; a stale one is refused, never silently overwritten, and its
// text is kept as a "conflict" revision so that nothing is lost.
import "server-only";
import type { Tx } from "@/lib/db/client";
import { getDb } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { mayEdit } from "@/lib/domain/article-workflow";
import { articleCharCount } from "@/lib/domain/char-count";
import { AppError } from "@/lib/domain/errors";
import { storedFields, type ArticleSave, type BylineInput } from "@/lib/domain/article-input";
import { coalescesInto } from "@/lib/domain/revisions";
import { recordAudit } from "@/lib/server/audit";
import { bodyPlainText } from "@/lib/richtext/plain-text";
import { parseArticleBody } from "@/lib/richtext/validate";
import type { SessionUser } from "@/lib/server/auth/session-user";
import { enforce, loadArticleFacts } from "./article-facts";
import { loadServerVersion, type ServerVersion } from "./server-version";

export type SaveResult =
  | { ok: true; version: number; savedAt: string; charCount: number }
  | { ok: false; conflict: ServerVersion };

export async function saveArticle(user: SessionUser, id: string, save: ArticleSave): Promise<SaveResult> {
  const parsed = parseArticleBody(save.body);
  if (!parsed.ok) throw new AppError("validation", parsed.reason, "invalidBody");
  const fields = storedFields(save.fields);
  const bodyText = bodyPlainText(parsed.doc);
  const charCount = articleCharCount(fields, bodyText);
  const body = parsed.doc as Prisma.InputJsonValue;
  const now = new Date();

  const result = await getDb().$transaction(async (tx) => {
    const { article, facts } = await loadArticleFacts(id, tx);
    enforce(mayEdit(user, facts));
    await assertContributorsExist(tx, save.bylines);

    const updated = await tx.article.updateMany({
      where: { id, version: save.baseVersion },
      data: { ...fields, body, bodyText, charCount, version: { increment: 1 } },
    });
    const snapshot = { ...fields, body, bodyText, bylines: save.bylines as Prisma.InputJsonValue };
    if (updated.count === 0) {
      // Kept as the user's copy: the conflict screen offers it, and the history keeps it.
      await tx.articleRevision.create({
        data: { articleId: id, version: save.baseVersion, kind: "conflict", authorId: user.id, ...snapshot },
      });
      return { conflict: true as const };
    }

    const version = article.version + 1;
    await replaceBylines(tx, id, save.bylines);
    await syncMediaUse(tx, id, parsed.doc);
    const last = await tx.articleRevision.findFirst({ where: { articleId: id }, orderBy: { createdAt: "desc" } });
    if (last && coalescesInto(last, user.id, now)) {
      await tx.articleRevision.update({ where: { id: last.id }, data: { version, ...snapshot } });
    } else {
      await tx.articleRevision.create({ data: { articleId: id, version, kind: "edit", authorId: user.id, ...snapshot } });
    }
    // 字数 and versions only: the revisions hold the text.
    await recordAudit({ actorId: user.id, action: "article.save", objectType: "Article", objectId: id, before: { version: article.version, charCount: article.charCount }, after: { version, charCount, bylines: save.bylines.length } }, tx);
    return { conflict: false as const, version };
  });

  if (result.conflict) return { ok: false, conflict: await loadServerVersion(id) };
  return { ok: true, version: result.version, savedAt: now.toISOString(), charCount };
}

async function assertContributorsExist(tx: Tx, bylines: BylineInput[]) {
  const ids = [...new Set(bylines.map((b) => b.contributorId))];
  const found = await tx.contributor.count({ where: { id: { in: ids } } });
  if (found !== ids.length) throw new AppError("validation", "unknown contributor");
}

/** The article's bylines become `bylines`, in that order. */
export async function replaceBylines(tx: Tx, articleId: string, bylines: BylineInput[]) {
  await tx.byline.deleteMany({ where: { articleId } });
  if (bylines.length === 0) return;
  await tx.byline.createMany({
    data: bylines.map((b, index) => ({ articleId, contributorId: b.contributorId, role: b.role, position: index + 1 })),
  });
}

/** Keeps ArticleMedia in step with the figures in the body ("where is this photo used"). */
async function syncMediaUse(tx: Tx, articleId: string, doc: unknown) {
  const mediaIds = [...new Set(figureMediaIds(doc))];
  await tx.articleMedia.deleteMany({ where: { articleId, mediaId: { notIn: mediaIds } } });
  if (mediaIds.length === 0) return;
  const known = await tx.media.findMany({ where: { id: { in: mediaIds } }, select: { id: true } });
  await tx.articleMedia.createMany({ data: known.map((m) => ({ articleId, mediaId: m.id })), skipDuplicates: true });
}

function figureMediaIds(node: unknown): string[] {
  if (!node || typeof node !== "object") return [];
  const { type, attrs, content } = node as { type?: string; attrs?: { mediaId?: unknown }; content?: unknown[] };
  const own = type === "figure" && typeof attrs?.mediaId === "string" ? [attrs.mediaId] : [];
  return [...own, ...(Array.isArray(content) ? content.flatMap(figureMediaIds) : [])];
}
