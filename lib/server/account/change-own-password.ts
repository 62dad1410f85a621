// 修改密码 on one's own account: the current password first (wrong guesses
// count towards the same lock as sign-in), then the rules; every session,
// this one included, ends, and the person signs in with the new password.
import "server-only";
import { getDb } from "@/lib/db";
import { AppError } from "@/lib/domain/errors";
import { passwordRefusal } from "@/lib/domain/password-rules";
import { recordAudit } from "@/lib/server/audit";
import { hashPassword, verifyPassword } from "@/lib/server/auth/password";
import type { SessionUser } from "@/lib/server/auth/session-user";
import { clearFailures, countFailure, secondsUntilAllowed } from "@/lib/server/auth/sign-in-limits";

export interface PasswordChange {
  current: string;
  password: string;
  confirm: string;
}

export async function changeOwnPassword(user: SessionUser, { current, password, confirm }: PasswordChange) {
  const db = getDb();
  const account = await db.user.findUnique({ where: { id: user.id }, select: { id: true, email: true, name: true, passwordHash: true } });
  if (!account) throw new AppError("unauthenticated", "user gone");
  // The account's own key: a stolen session cannot guess the password faster than the sign-in form could.
  const address = `account:${account.id}`;
  if ((await secondsUntilAllowed(account.email, address)) > 0) throw new AppError("rateLimited", "password change locked");
  if (!(await verifyPassword(account.passwordHash, current))) {
    await countFailure(account.email, address);
    await recordAudit({ actorId: account.id, action: "user.password_change_failed", objectType: "User", objectId: account.id });
    throw new AppError("validation", "wrong current password", "currentPasswordWrong");
  }
  if (password !== confirm) throw new AppError("validation", "mismatch", "passwordMismatch");
  const refusal = passwordRefusal(password, account);
  if (refusal) throw new AppError("validation", refusal, refusal);

  const passwordHash = await hashPassword(password);
  const now = new Date();
  await db.$transaction(async (tx) => {
    await tx.user.update({ where: { id: account.id }, data: { passwordHash, sessionVersion: { increment: 1 } } });
    // A reset link still open would undo what the person just chose.
    await tx.userToken.updateMany({ where: { userId: account.id, usedAt: null, expiresAt: { gt: now } }, data: { expiresAt: now } });
    await recordAudit({ actorId: account.id, action: "user.password_change", objectType: "User", objectId: account.id }, tx);
  });
  await clearFailures(account.email);
}
