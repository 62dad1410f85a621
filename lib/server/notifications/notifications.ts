// A user's notifications and their unread count.
import "server-only";
import { getDb } from "@/lib/db";
import type { SessionUser } from "@/lib/server/auth/session-user";
import type { NotificationKind, NotificationPayload } from "./notify";

export async function unreadCount(user: SessionUser): Promise<number> {
  return getDb().notification.count({ where: { userId: user.id, readAt: null } });
}

export async function listNotifications(user: SessionUser, take = 50) {
  const rows = await getDb().notification.findMany({ where: { userId: user.id }, orderBy: { createdAt: "desc" }, take });
  return rows.map((row) => ({
    id: row.id,
    kind: row.kind as NotificationKind,
    payload: row.payload as unknown as NotificationPayload,
    readAt: row.readAt,
    createdAt: row.createdAt,
  }));
}

export async function markNotificationsRead(user: SessionUser, ids: string[] | "all") {
  await getDb().notification.updateMany({
    where: { userId: user.id, readAt: null, ...(ids === "all" ? {} : { id: { in: ids } }) },
    data: { readAt: new Date() },
  });
}

/** Opening an article reads what was said about it. */
export async function markArticleNotificationsRead(user: SessionUser, articleId: string) {
  await getDb().notification.updateMany({
    where: { userId: user.id, readAt: null, payload: { path: ["articleId"], equals: articleId } },
    data: { readAt: new Date() },
  });
}
