// One-time links (邀请 and 重设密码): 32 random bytes in the link, only their
// SHA-256 in the database, so a copy of the database opens no account. The
// lookup is by that hash through a unique index: no comparison of secrets in
// code that could leak timing.
import "server-only";
import { createHash, randomBytes } from "node:crypto";
import type { Tx } from "@/lib/db/client";
import type { UserTokenKind } from "@/lib/generated/prisma/client";

/** An invite waits a week for someone to get round to it; a reset link is for now. */
export const LINK_LIFETIME_MS: Record<UserTokenKind, number> = {
  invite: 7 * 24 * 60 * 60 * 1000,
  password_reset: 24 * 60 * 60 * 1000,
};

export const hashLinkToken = (token: string) => createHash("sha256").update(token, "utf8").digest("hex");

/** The path the person opens; the desk shows it once, prefixed with the site's address. */
export function linkPath(kind: UserTokenKind, token: string): string {
  return `${kind === "invite" ? "/invite" : "/reset"}/${token}`;
}

/**
 * Makes a new link for the user and ends every link of theirs still open, so
 * that only the newest one works. Returns the token, which is stored nowhere.
 */
export async function issueLinkToken(tx: Tx, userId: string, kind: UserTokenKind, now = new Date()) {
  await tx.userToken.updateMany({ where: { userId, usedAt: null, expiresAt: { gt: now } }, data: { expiresAt: now } });
  const token = randomBytes(32).toString("base64url");
  const expiresAt = new Date(now.getTime() + LINK_LIFETIME_MS[kind]);
  await tx.userToken.create({ data: { userId, kind, tokenHash: hashLinkToken(token), expiresAt } });
  return { token, expiresAt, path: linkPath(kind, token) };
}

/** An account that has not accepted its invite yet: an invite was issued and none was used, and nobody signed in. */
export function awaitingInvite(user: { lastSignInAt: Date | null; tokens: { kind: UserTokenKind; usedAt: Date | null }[] }): boolean {
  const invites = user.tokens.filter((token) => token.kind === "invite");
  return user.lastSignInAt === null && invites.length > 0 && invites.every((token) => token.usedAt === null);
}
