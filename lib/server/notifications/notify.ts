// In-app notifications: an article returned to its author, an article waiting
// for someone's review, a mention in a comment.
import "server-only";
import type { Tx } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Action } from "@/lib/domain/permissions";
import { PERMISSIONS } from "@/lib/domain/permissions";
import { pageNumberLabel } from "@/lib/domain/dates";
import { ROLES } from "@/lib/domain/roles";
import { format, messages } from "@/lib/i18n";

export type NotificationKind =
  | "article.returned"
  | "article.awaiting_review"
  | "comment.mention"
  | "page.assigned"
  | "proof.handed_over"
  | "page.unsigned";

export interface NotificationPayload {
  /** Empty for notifications about a page. */
  articleId: string;
  issueId?: string;
  pageNumber?: number;
  headline: string;
  byName: string;
  /** e.g. the review level waiting, or the comment's first words. */
  detail?: string;
}

type Writer = Pick<Tx, "notification" | "user">;

/** 第10期 01版 要闻: what a notification about a page calls it. */
export function pageHeadline(issueNumber: number, page: { number: number; name: string }): string {
  return format(messages.lists.notifications.kinds.page, { number: issueNumber, page: pageNumberLabel(page.number), name: page.name });
}

export async function notifyUsers(tx: Writer, userIds: string[], kind: NotificationKind, payload: NotificationPayload) {
  const unique = [...new Set(userIds)];
  if (unique.length === 0) return;
  await tx.notification.createMany({
    data: unique.map((userId) => ({ userId, kind, payload: payload as unknown as Prisma.InputJsonValue })),
  });
}

/** Everyone whose roles allow `action`, but not `except` (the one who acted). */
export async function usersAllowed(tx: Writer, action: Action, except: string[]): Promise<string[]> {
  const roles = ROLES.filter((role) => PERMISSIONS[role].includes(action));
  const users = await tx.user.findMany({
    where: { active: true, roles: { hasSome: roles }, id: { notIn: except } },
    select: { id: true },
  });
  return users.map((u) => u.id);
}
