import { expect, test } from "@playwright/test";
import { DEMO_ACCOUNTS } from "../lib/domain/demo-accounts";
import { signInOverHttp } from "./support/auth";

test.describe("next-auth's credentials flow over HTTP", () => {
  for (const account of DEMO_ACCOUNTS) {
    test(`signs ${account.email} in with their roles`, async ({ playwright, baseURL }) => {
      const request = await playwright.request.newContext({ baseURL });
      const response = await signInOverHttp(request, account.email);
      expect(response.status()).toBeLessThan(400);

      const session = await (await request.get("/api/auth/session")).json();
      expect(session.user).toMatchObject({ email: account.email, name: account.name, roles: [account.role] });
      expect(session.user.id).toEqual(expect.any(String));
      expect(JSON.stringify(session)).not.toMatch(/passwordHash|argon2/);
      await request.dispose();
    });
  }

  test("a wrong password gives no session", async ({ playwright, baseURL }) => {
    const request = await playwright.request.newContext({ baseURL });
    await signInOverHttp(request, "layout@folio.local", "wrong-password");
    expect(await (await request.get("/api/auth/session")).json()).toEqual({});
    await request.dispose();
  });
});

test("health reports the database", async ({ request }) => {
  const response = await request.get("/api/health");
  expect(response.status()).toBe(200);
  expect(await response.json()).toEqual({ status: "ok", db: "ok", migrations: "ok", pendingMigrations: 0, storage: "ok" });
});

test("pages carry the security headers", async ({ request }) => {
  // The newsroom's pages get a per-request nonce; the cached reader pages cannot carry one.
  for (const [path, scripts] of [["/login", /script-src 'self' 'nonce-[^']+' 'strict-dynamic'/], ["/", /script-src 'self' 'unsafe-inline'/]] as const) {
    const headers = (await request.get(path)).headers();
    expect(headers["content-security-policy"]).toMatch(scripts);
    expect(headers["content-security-policy"]).toContain("frame-ancestors 'none'");
    expect(headers["x-content-type-options"]).toBe("nosniff");
    expect(headers["referrer-policy"]).toBe("strict-origin-when-cross-origin");
  }
  const api = (await request.get("/api/health")).headers();
  expect(api["content-security-policy"]).toBe("default-src 'none'; frame-ancestors 'none'");
  expect(api["x-content-type-options"]).toBe("nosniff");
  // Every response names its request, as the log lines about it do; a proxy's id is kept.
  expect(api["x-request-id"]).toMatch(/^[0-9a-f-]{36}$/);
  const forwarded = (await request.get("/login", { headers: { "X-Request-Id": "nginx-4f1c2a9be3d04e6f" } })).headers();
  expect(forwarded["x-request-id"]).toBe("nginx-4f1c2a9be3d04e6f");
});
