// 停用 / 恢复账号. A deactivated user is signed out at their next request
// (the session check re-reads them, and their sessionVersion moves on) and
// cannot sign in; everything they wrote, reviewed or signed stays theirs.
import "server-only";
import { getDb } from "@/lib/db";
import { AppError } from "@/lib/domain/errors";
import { deactivationVerdict } from "@/lib/domain/user-admin";
import { recordAudit } from "@/lib/server/audit";
import type { SessionUser } from "@/lib/server/auth/session-user";
import { enforceVerdict } from "@/lib/server/errors";
import { lockActiveAdmins } from "./admin-lock";

export async function setUserActive(actor: SessionUser, { userId, active }: { userId: string; active: boolean }) {
  return getDb().$transaction(async (tx) => {
    const admins = await lockActiveAdmins(tx);
    const user = await tx.user.findUnique({ where: { id: userId }, select: { id: true, active: true } });
    if (!user) throw new AppError("notFound", `user ${userId}`, "userNotFound");
    if (user.active === active) return { changed: false };
    if (!active) {
      const change = { actorId: actor.id, targetId: user.id, targetActiveAdmin: admins.includes(user.id), otherActiveAdmins: admins.filter((id) => id !== user.id).length };
      enforceVerdict(deactivationVerdict(change));
    }
    await tx.user.update({
      where: { id: user.id },
      data: active ? { active } : { active, sessionVersion: { increment: 1 } },
    });
    // Open links die with the account: a reactivated user asks for a new one.
    if (!active) await tx.userToken.updateMany({ where: { userId: user.id, usedAt: null, expiresAt: { gt: new Date() } }, data: { expiresAt: new Date() } });
    await recordAudit({ actorId: actor.id, action: active ? "user.reactivate" : "user.deactivate", objectType: "User", objectId: user.id, before: { active: user.active }, after: { active } }, tx);
    return { changed: true };
  });
}
