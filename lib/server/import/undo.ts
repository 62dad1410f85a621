// 撤销导入: removes what a batch created — its page, its articles, the
// contributors it introduced that nothing else credits, and its issue once no
// page is left — and takes back the paragraphs it appended to an article
// begun on an earlier page (上接). Refused once the issue has been on the
// reader site, and while a later import continues one of its articles.
import "server-only";
import { articleCharCount } from "@/lib/domain/char-count";
import { AppError } from "@/lib/domain/errors";
import type { Prisma } from "@/lib/generated/prisma/client";

type Tx = Prisma.TransactionClient;

export async function undoLanding(tx: Tx, batchId: string) {
  const pages = await tx.page.findMany({
    where: { importBatchId: batchId },
    select: { id: true, number: true, issueId: true, issue: { select: { status: true, _count: { select: { snapshots: true } } } } },
  });
  for (const issueId of new Set(pages.map((page) => page.issueId))) {
    await tx.$queryRaw`SELECT id FROM "Issue" WHERE id = ${issueId} FOR UPDATE`;
  }
  if (pages.some((page) => page.issue.status !== "locked" || page.issue._count.snapshots > 0)) {
    throw new AppError("conflict", "issue published", "importIssuePublished");
  }
  const pageIds = pages.map((page) => page.id);

  // A later page's import continued one of these articles: that page goes first.
  const continuedElsewhere = await tx.placement.count({ where: { article: { importBatchId: batchId }, pageId: { notIn: pageIds } } });
  if (continuedElsewhere > 0) throw new AppError("conflict", "continued on a later import", "importUndoLaterFirst");

  // Articles of earlier imports that this page continued: back to the text before.
  const continuations = await tx.placement.findMany({
    where: { pageId: { in: pageIds }, continuesFromId: { not: null }, article: { OR: [{ importBatchId: { not: batchId } }, { importBatchId: null }] } },
    select: { articleId: true, continuesFromId: true },
  });
  for (const { articleId, continuesFromId } of continuations) {
    const [latest, before] = await tx.articleRevision.findMany({ where: { articleId }, orderBy: { version: "desc" }, take: 2 });
    if (!latest || !before) continue;
    const version = latest.version + 1;
    const fields = { kicker: before.kicker, headline: before.headline, subheadline: before.subheadline, column: before.column, dateline: before.dateline };
    const charCount = articleCharCount(fields, before.bodyText);
    await tx.article.update({ where: { id: articleId }, data: { ...fields, body: before.body as Prisma.InputJsonValue, bodyText: before.bodyText, charCount, version } });
    await tx.articleRevision.create({
      data: { articleId, version, kind: "import", ...fields, body: before.body as Prisma.InputJsonValue, bodyText: before.bodyText, bylines: before.bylines as Prisma.InputJsonValue, authorId: null },
    });
    await tx.placement.update({ where: { id: continuesFromId! }, data: { breakAt: null, placedVersion: version } });
  }

  await tx.page.deleteMany({ where: { id: { in: pageIds } } }); // placements go with their page
  const articles = await tx.article.deleteMany({ where: { importBatchId: batchId } });
  const contributors = await tx.contributor.deleteMany({
    where: { importBatchId: batchId, userId: null, bylines: { none: {} }, mediaCredits: { none: {} }, mergedFrom: { none: {} } },
  });
  const issues = await tx.issue.deleteMany({ where: { id: { in: pages.map((page) => page.issueId) }, imported: true, pages: { none: {} } } });
  return { pages: pages.map((page) => page.number), articles: articles.count, contributors: contributors.count, issues: issues.count };
}
