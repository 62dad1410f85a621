// The article as it stands on the server, for the conflict screen: who saved
// it last and when, beside the user's own copy.
import "server-only";
import { getDb } from "@/lib/db";
import { AppError } from "@/lib/domain/errors";

export async function loadServerVersion(id: string) {
  const db = getDb();
  const article = await db.article.findUnique({
    where: { id },
    select: {
      version: true, kicker: true, headline: true, subheadline: true, column: true, dateline: true,
      body: true, bodyText: true, updatedAt: true,
      bylines: { orderBy: { position: "asc" }, select: { contributorId: true, role: true, contributor: { select: { name: true, kind: true } } } },
    },
  });
  if (!article) throw new AppError("notFound", `article ${id}`, "articleNotFound");
  const last = await db.articleRevision.findFirst({
    where: { articleId: id, kind: { not: "conflict" } },
    orderBy: { createdAt: "desc" },
    select: { author: { select: { name: true } }, updatedAt: true },
  });
  return {
    ...article,
    updatedAt: article.updatedAt.toISOString(),
    savedBy: last?.author?.name ?? null,
  };
}

export type ServerVersion = Awaited<ReturnType<typeof loadServerVersion>>;
