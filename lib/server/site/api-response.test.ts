import { describe, expect, it, vi } from "vitest";
import { messages } from "@/lib/i18n";
import { ApiRefusal, holdsCurrent, jsonResponse, preflight, publicRoute, strongEtag } from "./api-response";

const api = messages.api;

describe("ETags", () => {
  it("are strong, quoted and follow the body", () => {
    expect(strongEtag("[]")).toMatch(/^"[\w-]{32}"$/);
    expect(strongEtag("[]")).toBe(strongEtag("[]"));
    expect(strongEtag("[]")).not.toBe(strongEtag("[1]"));
  });

  it("match If-None-Match by the weak comparison, in a list, or *", () => {
    const etag = strongEtag("x");
    expect(holdsCurrent(null, etag)).toBe(false);
    expect(holdsCurrent(etag, etag)).toBe(true);
    expect(holdsCurrent(`W/${etag}`, etag)).toBe(true);
    expect(holdsCurrent(`"other", ${etag}`, etag)).toBe(true);
    expect(holdsCurrent("*", etag)).toBe(true);
    expect(holdsCurrent('"other"', etag)).toBe(false);
  });
});

describe("jsonResponse", () => {
  it("answers with JSON, CORS, cache headers and an ETag, and 304 without a body when the client has it", async () => {
    const first = jsonResponse(new Request("http://x/api"), { a: "伊滨" });
    expect(first.status).toBe(200);
    expect(first.headers.get("content-type")).toBe("application/json; charset=utf-8");
    expect(first.headers.get("access-control-allow-origin")).toBe("*");
    expect(first.headers.get("cache-control")).toBe("public, max-age=60, stale-while-revalidate=300");
    expect(await first.json()).toEqual({ a: "伊滨" });
    const again = jsonResponse(new Request("http://x/api", { headers: { "if-none-match": first.headers.get("etag")! } }), { a: "伊滨" });
    expect(again.status).toBe(304);
    expect(again.headers.get("etag")).toBe(first.headers.get("etag"));
    expect(await again.text()).toBe("");
  });

  it("caches search for less time", () => {
    expect(jsonResponse(new Request("http://x/api"), [], "search").headers.get("cache-control")).toBe("public, max-age=15, stale-while-revalidate=60");
  });
});

describe("publicRoute", () => {
  const call = (handler: ReturnType<typeof publicRoute<{ id: string }>>) => handler(new Request("http://x/api"), { params: Promise.resolve({ id: "1" }) });

  it("turns a refusal into its status and message", async () => {
    const response = await call(publicRoute(async () => { throw new ApiRefusal(404, api.errors.articleNotFound); }));
    expect(response.status).toBe(404);
    expect(response.headers.get("cache-control")).toBe("no-store");
    expect(await response.json()).toEqual({ error: api.errors.articleNotFound });
  });

  it("hides what went wrong otherwise", async () => {
    const log = vi.spyOn(console, "error").mockImplementation(() => {});
    const response = await call(publicRoute(async () => { throw new Error('relation "Issue" does not exist'); }));
    expect(response.status).toBe(500);
    expect(await response.json()).toEqual({ error: api.errors.internal });
    log.mockRestore();
  });
});

it("preflight allows GET with If-None-Match from anywhere", () => {
  const response = preflight();
  expect(response.status).toBe(204);
  expect(response.headers.get("access-control-allow-origin")).toBe("*");
  expect(response.headers.get("access-control-allow-methods")).toContain("GET");
  expect(response.headers.get("access-control-allow-headers")).toBe("If-None-Match");
});
