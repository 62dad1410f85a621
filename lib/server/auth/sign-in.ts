// Checks a staff member's email and password, within the sign-in limits, and
// records the attempt in the audit trail.
import "server-only";
import { getDb } from "@/lib/db";
import { AppError } from "@/lib/domain/errors";
import { rateLimitedError } from "@/lib/domain/sign-in-error";
import { recordAudit } from "@/lib/server/audit";
import { logger } from "@/lib/server/log";
import { decoyHash, verifyPassword } from "./password";
import { clearFailures, countFailure, secondsUntilAllowed } from "./sign-in-limits";

export interface SignInAttempt {
  email: string;
  password: string;
  address: string;
}

/** The signed-in user, or null for a wrong email or password. */
export async function signInWithPassword({ email, password, address }: SignInAttempt) {
  const normalized = email.trim().toLowerCase();
  const wait = await secondsUntilAllowed(normalized, address);
  if (wait > 0) {
    logger.warn({ event: "auth.sign_in_limited", address, retryAfterSeconds: wait }, "sign-in rate limited");
    throw new RateLimitedError(wait);
  }

  const db = getDb();
  const user = await db.user.findUnique({
    where: { email: normalized },
    omit: { passwordHash: false },
  });
  const ok = await verifyPassword(user?.passwordHash ?? (await decoyHash()), password);
  if (!user || !ok || !user.active) {
    await countFailure(normalized, address);
    const reason = !user ? "unknown_email" : !ok ? "wrong_password" : "inactive";
    // The user's id, never the typed email or password.
    logger.warn({ event: "auth.sign_in_failed", userId: user?.id ?? null, reason, address }, "sign-in failed");
    await recordAudit({
      actorId: user?.id ?? null,
      action: "auth.sign_in_failed",
      objectType: "User",
      objectId: user?.id ?? null,
      // The typed email only; the password never reaches a log or the audit trail.
      after: { email: normalized, reason },
      ip: address,
    });
    return null;
  }

  await clearFailures(normalized);
  await db.user.update({ where: { id: user.id }, data: { lastSignInAt: new Date() } });
  await recordAudit({ actorId: user.id, action: "auth.sign_in", objectType: "User", objectId: user.id, ip: address });
  logger.info({ event: "auth.sign_in", userId: user.id, address }, "signed in");
  return { id: user.id, name: user.name, email: user.email, sessionVersion: user.sessionVersion };
}

/** Carries the wait time to the sign-in form: next-auth passes the message on as its error string. */
export class RateLimitedError extends AppError {
  constructor(readonly retryAfterSeconds: number) {
    super("rateLimited", rateLimitedError(retryAfterSeconds));
  }
}
