// 重新生成邀请链接 / 生成重设密码链接: a fresh one-time link for an active
// user; every earlier link of theirs stops working.
import "server-only";
import { getDb } from "@/lib/db";
import { AppError } from "@/lib/domain/errors";
import type { UserTokenKind } from "@/lib/generated/prisma/client";
import { recordAudit } from "@/lib/server/audit";
import type { SessionUser } from "@/lib/server/auth/session-user";
import { issueLinkToken } from "./user-links";

const AUDIT_ACTION: Record<UserTokenKind, string> = { invite: "user.invite", password_reset: "user.reset_link" };

export async function issueUserLink(actor: SessionUser, { userId, kind }: { userId: string; kind: UserTokenKind }) {
  return getDb().$transaction(async (tx) => {
    const user = await tx.user.findUnique({ where: { id: userId }, select: { id: true, name: true, active: true } });
    if (!user) throw new AppError("notFound", `user ${userId}`, "userNotFound");
    if (!user.active) throw new AppError("forbidden", "inactive user", "userInactive");
    const link = await issueLinkToken(tx, user.id, kind);
    await recordAudit({ actorId: actor.id, action: AUDIT_ACTION[kind], objectType: "User", objectId: user.id, after: { expiresAt: link.expiresAt.toISOString() } }, tx);
    return { user: { id: user.id, name: user.name }, link: { path: link.path, expiresAt: link.expiresAt } };
  });
}
