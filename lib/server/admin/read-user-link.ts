// Whose account a one-time link opens, for the page that asks for a password.
// Unknown, used, expired, of another kind, or of a deactivated account: the
// same answer, null, so the page says only "ask for a new link".
import "server-only";
import { getDb } from "@/lib/db";
import type { UserTokenKind } from "@/lib/generated/prisma/client";
import { hashLinkToken } from "./user-links";

/** Tokens are 32 bytes in base64url; anything else is not worth a query. */
export const LINK_TOKEN_PATTERN = /^[A-Za-z0-9_-]{43}$/;

export async function readUserLink(token: string, kind: UserTokenKind, now = new Date()) {
  if (!LINK_TOKEN_PATTERN.test(token)) return null;
  const link = await getDb().userToken.findUnique({
    where: { tokenHash: hashLinkToken(token) },
    select: { id: true, kind: true, usedAt: true, expiresAt: true, user: { select: { id: true, name: true, email: true, active: true } } },
  });
  if (!link || link.kind !== kind || link.usedAt || link.expiresAt <= now || !link.user.active) return null;
  return { id: link.id, kind: link.kind, expiresAt: link.expiresAt, user: { id: link.user.id, name: link.user.name, email: link.user.email } };
}
