import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { absoluteUrl, absolutizeHtml, siteOrigin } from "./origin";

describe("siteOrigin", () => {
  beforeEach(() => {
    vi.stubEnv("SITE_URL", "");
    vi.stubEnv("NEXTAUTH_URL", "");
  });
  afterEach(() => vi.unstubAllEnvs());

  const request = (url: string, headers: Record<string, string> = {}) => new Request(url, { headers });

  it("prefers SITE_URL, then NEXTAUTH_URL, as an origin without a trailing slash", () => {
    vi.stubEnv("NEXTAUTH_URL", "https://desk.example.org/");
    expect(siteOrigin(request("http://10.0.0.5:3000/x"))).toBe("https://desk.example.org");
    vi.stubEnv("SITE_URL", "https://paper.example.org/");
    expect(siteOrigin(request("http://10.0.0.5:3000/x"))).toBe("https://paper.example.org");
  });

  it("skips a malformed setting", () => {
    vi.stubEnv("SITE_URL", "paper.example.org");
    vi.stubEnv("NEXTAUTH_URL", "https://desk.example.org");
    expect(siteOrigin()).toBe("https://desk.example.org");
  });

  it("falls back to the request's Host, with the forwarded scheme, but never a forwarded host", () => {
    expect(siteOrigin(request("http://localhost:3000/api/v1/publications"))).toBe("http://localhost:3000");
    const proxied = request("http://127.0.0.1:3000/x", { host: "paper.example.org", "x-forwarded-proto": "https", "x-forwarded-host": "evil.example" });
    expect(siteOrigin(proxied)).toBe("https://paper.example.org");
    expect(siteOrigin({ headers: new Headers({ host: "paper.example.org:8080" }) })).toBe("http://paper.example.org:8080");
    expect(siteOrigin()).toBe("http://localhost:3000");
  });
});

describe("absoluteUrl and absolutizeHtml", () => {
  it("joins the origin and a site path", () => {
    expect(absoluteUrl("https://p.org", "/yibin/2023-06-07")).toBe("https://p.org/yibin/2023-06-07");
  });

  it("makes site-relative src and href absolute, and leaves the rest alone", () => {
    const html = '<figure><img src="/media/a.jpg" alt="/x"></figure><p><a href="/yibin/2023-06-07/01">见01版</a> <a href="https://a.cn/">a</a> <a href="//evil.example/">b</a> src="/not-an-attribute"</p>';
    expect(absolutizeHtml(html, "https://p.org")).toBe(
      '<figure><img src="https://p.org/media/a.jpg" alt="/x"></figure><p><a href="https://p.org/yibin/2023-06-07/01">见01版</a> <a href="https://a.cn/">a</a> <a href="//evil.example/">b</a> src="/not-an-attribute"</p>',
    );
  });
});
