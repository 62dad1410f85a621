import { beforeEach, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db";
import { signInProblem } from "@/lib/domain/sign-in-error";
import { RateLimitedError, signInWithPassword } from "@/lib/server/auth/sign-in";
import { loadSessionUser } from "@/lib/server/auth/session-user";
import { buildUser } from "../support/factories";

let address: string;
beforeEach(() => {
  // A fresh address per test, so per-address limits do not carry over.
  address = `198.51.100.${Math.floor(Math.random() * 250) + 1}-${Date.now()}`;
});

describe("signing in with a password", () => {
  it("signs in with the right password, whatever the email's case", async () => {
    const user = await buildUser({ roles: ["editor"] });
    const result = await signInWithPassword({ email: user.email.toUpperCase(), password: user.password, address });
    expect(result).toMatchObject({ id: user.id, name: user.name });
    expect(result).not.toHaveProperty("passwordHash");
  });

  it("refuses a wrong password and an unknown email alike", async () => {
    const user = await buildUser();
    expect(await signInWithPassword({ email: user.email, password: "wrong", address })).toBeNull();
    expect(await signInWithPassword({ email: "nobody@example.test", password: "x", address })).toBeNull();
  });

  it("refuses a deactivated user", async () => {
    const user = await buildUser({ active: false });
    expect(await signInWithPassword({ email: user.email, password: user.password, address })).toBeNull();
  });

  it("locks an account after five wrong passwords, even with the right one", async () => {
    const user = await buildUser();
    for (let i = 0; i < 5; i += 1) {
      await signInWithPassword({ email: user.email, password: "wrong", address: `${address}-${i}` });
    }
    const locked = await signInWithPassword({ email: user.email, password: user.password, address }).catch((e) => e);
    expect(locked).toBeInstanceOf(RateLimitedError);
    // next-auth hands the message to the sign-in form, which tells the user how long to wait.
    expect(signInProblem(locked.message)).toEqual({ kind: "rateLimited", minutes: 15 });

    // The count lives in PostgreSQL, so another app instance on the same database refuses too.
    const counter = await getDb().rateLimiterFlexible.findFirst({ where: { key: { endsWith: user.email } } });
    expect(counter?.points).toBeGreaterThanOrEqual(5);
  });

  it("limits one address trying many accounts", async () => {
    for (let i = 0; i < 30; i += 1) {
      await signInWithPassword({ email: `guess-${i}-${Date.now()}@example.test`, password: "x", address });
    }
    const user = await buildUser();
    const attempt = signInWithPassword({ email: user.email, password: user.password, address });
    await expect(attempt).rejects.toMatchObject({ retryAfterSeconds: expect.any(Number) });
  });

  it("records successes and failures in the audit trail without the password", async () => {
    const user = await buildUser();
    await signInWithPassword({ email: user.email, password: "not-my-password", address });
    await signInWithPassword({ email: user.email, password: user.password, address });
    const events = await getDb().auditEvent.findMany({ where: { objectId: user.id }, orderBy: { at: "asc" } });
    expect(events.map((e) => e.action)).toEqual(["auth.sign_in_failed", "auth.sign_in"]);
    expect(JSON.stringify(events)).not.toContain("not-my-password");
  });
});

describe("session checks", () => {
  it("carries the user's current roles", async () => {
    const user = await buildUser({ roles: ["desk", "editor"] });
    expect(await loadSessionUser(user.id, 0)).toMatchObject({ id: user.id, roles: ["desk", "editor"] });
  });

  it("ends when the user is deactivated or their sessions are revoked", async () => {
    const user = await buildUser();
    await getDb().user.update({ where: { id: user.id }, data: { sessionVersion: { increment: 1 } } });
    expect(await loadSessionUser(user.id, 0)).toBeNull();
    await getDb().user.update({ where: { id: user.id }, data: { active: false } });
    expect(await loadSessionUser(user.id, 1)).toBeNull();
  });
});
