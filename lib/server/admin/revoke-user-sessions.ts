// 强制下线: every session the user holds ends at its next request.
import "server-only";
import { getDb } from "@/lib/db";
import { AppError } from "@/lib/domain/errors";
import { recordAudit } from "@/lib/server/audit";
import type { SessionUser } from "@/lib/server/auth/session-user";

export async function revokeUserSessions(actor: SessionUser, userId: string) {
  await getDb().$transaction(async (tx) => {
    const { count } = await tx.user.updateMany({ where: { id: userId }, data: { sessionVersion: { increment: 1 } } });
    if (count === 0) throw new AppError("notFound", `user ${userId}`, "userNotFound");
    await recordAudit({ actorId: actor.id, action: "user.sessions_revoke", objectType: "User", objectId: userId }, tx);
  });
}
