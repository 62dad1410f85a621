// 设置密码 from an invite or reset link: the rules first (a refused password
// leaves the link usable), then in one transaction the link is claimed, the
// password set and every other session of the user ended.
import "server-only";
import { getDb } from "@/lib/db";
import { AppError } from "@/lib/domain/errors";
import { passwordRefusal } from "@/lib/domain/password-rules";
import type { UserTokenKind } from "@/lib/generated/prisma/client";
import { recordAudit } from "@/lib/server/audit";
import { hashPassword } from "@/lib/server/auth/password";
import { readUserLink } from "./read-user-link";

const AUDIT_ACTION: Record<UserTokenKind, string> = { invite: "user.invite_accepted", password_reset: "user.password_reset" };

export interface LinkPassword {
  token: string;
  kind: UserTokenKind;
  password: string;
  confirm: string;
}

export async function setPasswordFromLink({ token, kind, password, confirm }: LinkPassword) {
  const link = await readUserLink(token, kind);
  if (!link) throw new AppError("notFound", "link", "linkInvalid");
  if (password !== confirm) throw new AppError("validation", "mismatch", "passwordMismatch");
  const refusal = passwordRefusal(password, link.user);
  if (refusal) throw new AppError("validation", refusal, refusal);
  const passwordHash = await hashPassword(password);

  const now = new Date();
  await getDb().$transaction(async (tx) => {
    // Claiming the link is the check: of two tabs submitting at once, one wins.
    const claimed = await tx.userToken.updateMany({ where: { id: link.id, usedAt: null, expiresAt: { gt: now } }, data: { usedAt: now } });
    if (claimed.count !== 1) throw new AppError("notFound", "link claimed", "linkInvalid");
    await tx.userToken.updateMany({ where: { userId: link.user.id, usedAt: null, expiresAt: { gt: now } }, data: { expiresAt: now } });
    const user = await tx.user.updateMany({ where: { id: link.user.id, active: true }, data: { passwordHash, sessionVersion: { increment: 1 } } });
    if (user.count !== 1) throw new AppError("notFound", "user inactive", "linkInvalid");
    await recordAudit({ actorId: link.user.id, action: AUDIT_ACTION[kind], objectType: "User", objectId: link.user.id }, tx);
  });
  return { email: link.user.email };
}
