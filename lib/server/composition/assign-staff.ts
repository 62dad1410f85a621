// 分派版面: 本版编辑, 组版 and 校对 of a page, each chosen from users with that
// role; the newly assigned are notified.
import "server-only";
import { getDb } from "@/lib/db";
import { STAFF_ROLES } from "@/lib/domain/composition-rules";
import { AppError } from "@/lib/domain/errors";
import { recordAudit } from "@/lib/server/audit";
import type { SessionUser } from "@/lib/server/auth/session-user";
import { notifyUsers, pageHeadline } from "@/lib/server/notifications/notify";

export interface StaffAssignment {
  pageId: string;
  pageEditorId: string | null;
  layoutId: string | null;
  proofreaderId: string | null;
}

export async function assignPageStaff(user: SessionUser, input: StaffAssignment) {
  const db = getDb();
  const page = await db.page.findUnique({ where: { id: input.pageId }, include: { issue: { select: { number: true, totalNumber: true } } } });
  if (!page) throw new AppError("notFound", "page", "pageNotFound");
  if (page.signedAt) throw new AppError("forbidden", "signed", "pageLocked");

  const chosen = { pageEditor: input.pageEditorId, layout: input.layoutId, proofreader: input.proofreaderId };
  const ids = Object.values(chosen).filter((id): id is string => Boolean(id));
  const users = await db.user.findMany({ where: { id: { in: ids }, active: true }, select: { id: true, roles: true } });
  for (const [duty, id] of Object.entries(chosen) as [keyof typeof STAFF_ROLES, string | null][]) {
    if (!id) continue;
    const holder = users.find((u) => u.id === id);
    if (!holder || !holder.roles.some((role) => (STAFF_ROLES[duty] as readonly string[]).includes(role))) {
      throw new AppError("validation", `${duty} role`, "staffRole");
    }
  }

  await db.$transaction(async (tx) => {
    await tx.page.update({ where: { id: page.id }, data: { pageEditorId: input.pageEditorId, layoutId: input.layoutId, proofreaderId: input.proofreaderId } });
    await recordAudit(
      {
        actorId: user.id, action: "page.assign_staff", objectType: "Page", objectId: page.id,
        before: { pageEditorId: page.pageEditorId, layoutId: page.layoutId, proofreaderId: page.proofreaderId },
        after: { ...chosen },
      },
      tx,
    );
    const before = new Set([page.pageEditorId, page.layoutId, page.proofreaderId]);
    const newcomers = ids.filter((id) => !before.has(id) && id !== user.id);
    await notifyUsers(tx, newcomers, "page.assigned", {
      articleId: "",
      issueId: page.issueId,
      pageNumber: page.number,
      headline: pageHeadline(page.issue.number, page),
      byName: user.name,
    });
  });
}
