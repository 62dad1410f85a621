// 分配角色: applies at once (every session check re-reads the roles); the
// last active admin keeps the role, and no admin takes it from themselves.
import "server-only";
import { getDb } from "@/lib/db";
import { AppError } from "@/lib/domain/errors";
import type { Role } from "@/lib/domain/roles";
import { normalizeRoles, roleChangeVerdict } from "@/lib/domain/user-admin";
import { recordAudit } from "@/lib/server/audit";
import type { SessionUser } from "@/lib/server/auth/session-user";
import { enforceVerdict } from "@/lib/server/errors";
import { lockActiveAdmins } from "./admin-lock";

export async function changeUserRoles(actor: SessionUser, { userId, roles }: { userId: string; roles: Role[] }) {
  const next = normalizeRoles(roles);
  return getDb().$transaction(async (tx) => {
    const admins = await lockActiveAdmins(tx);
    const user = await tx.user.findUnique({ where: { id: userId }, select: { id: true, roles: true, active: true } });
    if (!user) throw new AppError("notFound", `user ${userId}`, "userNotFound");
    const before = normalizeRoles(user.roles);
    const change = { actorId: actor.id, targetId: user.id, targetActiveAdmin: admins.includes(user.id), otherActiveAdmins: admins.filter((id) => id !== user.id).length };
    enforceVerdict(roleChangeVerdict(change, next), ["rolesRequired"]);
    if (before.join() === next.join()) return { changed: false, roles: before };
    await tx.user.update({ where: { id: user.id }, data: { roles: next } });
    await recordAudit({ actorId: actor.id, action: "user.roles", objectType: "User", objectId: user.id, before: { roles: before }, after: { roles: next } }, tx);
    return { changed: true, roles: next };
  });
}
