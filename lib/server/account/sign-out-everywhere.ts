// 退出所有设备: every session of the user, this one included, ends.
import "server-only";
import { getDb } from "@/lib/db";
import { recordAudit } from "@/lib/server/audit";
import type { SessionUser } from "@/lib/server/auth/session-user";

export async function signOutEverywhere(user: SessionUser) {
  await getDb().$transaction(async (tx) => {
    await tx.user.update({ where: { id: user.id }, data: { sessionVersion: { increment: 1 } } });
    await recordAudit({ actorId: user.id, action: "user.sessions_revoke", objectType: "User", objectId: user.id }, tx);
  });
}
