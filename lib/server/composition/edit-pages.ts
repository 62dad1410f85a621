// The pages of a planned issue: renamed, added, removed (when empty) and
// reordered. 版序 follows the order; jump lines follow the pages by themselves.
import "server-only";
import { getDb } from "@/lib/db";
import { AppError } from "@/lib/domain/errors";
import { recordAudit } from "@/lib/server/audit";
import type { SessionUser } from "@/lib/server/auth/session-user";

export interface PageEdit {
  /** An existing page, or none for a new one. */
  id?: string;
  name: string;
}

export async function editIssuePages(user: SessionUser, issueId: string, pages: PageEdit[]) {
  const names = pages.map((p) => p.name.trim());
  if (names.length === 0 || names.some((n) => !n)) throw new AppError("validation", "pages", "pagesRequired");
  await getDb().$transaction(async (tx) => {
    const issue = await tx.issue.findUnique({
      where: { id: issueId },
      include: { publication: { select: { pageColumns: true } }, pages: { include: { _count: { select: { placements: true } } } } },
    });
    if (!issue) throw new AppError("notFound", "issue", "issueNotFound");
    if (issue.pages.some((p) => p.signedAt)) throw new AppError("forbidden", "signed pages", "pageLocked");
    const kept = new Set(pages.map((p) => p.id).filter(Boolean));
    if ([...kept].some((id) => !issue.pages.some((p) => p.id === id))) throw new AppError("conflict", "unknown page", "pageStale");
    const removed = issue.pages.filter((p) => !kept.has(p.id));
    if (removed.some((p) => p._count.placements > 0)) throw new AppError("validation", "page not empty", "pageHasPlacements");

    await tx.page.deleteMany({ where: { id: { in: removed.map((p) => p.id) } } });
    // 版序 is unique per issue: move the kept pages out of the way before numbering them.
    for (const page of issue.pages.filter((p) => kept.has(p.id))) {
      await tx.page.update({ where: { id: page.id }, data: { number: -page.number } });
    }
    for (const [index, edit] of pages.entries()) {
      const data = { number: index + 1, name: names[index]! };
      if (edit.id) await tx.page.update({ where: { id: edit.id }, data: { ...data, version: { increment: 1 } } });
      else await tx.page.create({ data: { ...data, issueId, columns: issue.publication.pageColumns } });
    }
    await recordAudit({ actorId: user.id, action: "issue.edit_pages", objectType: "Issue", objectId: issueId, before: issue.pages.map((p) => ({ id: p.id, number: p.number, name: p.name })), after: names }, tx);
  });
}
