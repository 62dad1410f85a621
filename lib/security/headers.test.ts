import { describe, expect, it } from "vitest";
import { contentSecurityPolicy, createNonce, staticSecurityHeaders } from "./headers";

describe("security headers", () => {
  it("allows only this request's scripts in production", () => {
    const policy = contentSecurityPolicy("abc123");
    expect(policy).toContain("script-src 'self' 'nonce-abc123' 'strict-dynamic'");
    expect(policy).not.toMatch(/script-src[^;]*'unsafe-(inline|eval)'/);
    expect(policy).toContain("frame-ancestors 'none'");
    expect(policy).toContain("object-src 'none'");
  });

  it("gives the cached reader pages, which cannot carry a nonce, only this origin's and Next's inline scripts", () => {
    const policy = contentSecurityPolicy(null);
    expect(policy).toContain("script-src 'self' 'unsafe-inline'");
    expect(policy).not.toContain("nonce-");
    expect(policy).toContain("object-src 'none'");
  });

  it("allows eval only in development", () => {
    expect(contentSecurityPolicy("n", { dev: true })).toMatch(/script-src[^;]*'unsafe-eval'/);
  });

  it("makes a fresh nonce every time", () => {
    expect(createNonce()).not.toBe(createNonce());
  });

  it("sets nosniff and a referrer policy", () => {
    const headers = Object.fromEntries(staticSecurityHeaders().map((h) => [h.key, h.value]));
    expect(headers["X-Content-Type-Options"]).toBe("nosniff");
    expect(headers["Referrer-Policy"]).toBe("strict-origin-when-cross-origin");
  });
});
