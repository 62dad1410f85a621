import "server-only";
// A short-lived token that lets the server's own headless Chromium open the
// print view of one issue without a session: HMAC-SHA256 over `issueId.expiry`.
import { createHmac, timingSafeEqual } from "node:crypto";

export function signPrintToken(issueId: string, ttlSeconds = 300): string {
  const expiry = Math.floor(Date.now() / 1000) + ttlSeconds;
  return `${expiry}.${signature(secret(), issueId, expiry)}`;
}

export function verifyPrintToken(token: string, issueId: string): boolean {
  const key = process.env.NEXTAUTH_SECRET;
  const match = /^(\d{1,12})\.([A-Za-z0-9_-]{43})$/.exec(token);
  if (!key || !match) return false;
  const expiry = Number(match[1]);
  if (expiry < Date.now() / 1000) return false;
  const expected = Buffer.from(signature(key, issueId, expiry));
  const given = Buffer.from(match[2]!);
  return given.length === expected.length && timingSafeEqual(given, expected);
}

function signature(key: string, issueId: string, expiry: number): string {
  // A key of its own, derived from the session secret, so that no other
  // signature made with that secret can pass for a print token.
  const printKey = createHmac("sha256", key).update("folio/print-token").digest();
  return createHmac("sha256", printKey).update(`${issueId}.${expiry}`).digest("base64url");
}

function secret(): string {
  const key = process.env.NEXTAUTH_SECRET;
  if (!key) throw new Error("NEXTAUTH_SECRET is not set");
  return key;
}
