// Responses of the reader site's machine-readable endpoints (JSON API, feed):
// public data, so open to any origin and cacheable, with a strong ETag that
// lets a client holding the body get a 304. Errors are { error } with a
// Chinese message, never internal details.
import "server-only";
import { createHash } from "node:crypto";
import { messages } from "@/lib/i18n";
import { logUnexpected } from "@/lib/server/log";

const api = messages.api;

export const CACHE_CONTROL = {
  /** Published snapshots change only by a correction: a minute stale is fine. */
  public: "public, max-age=60, stale-while-revalidate=300",
  search: "public, max-age=15, stale-while-revalidate=60",
} as const;
export type CachePolicy = keyof typeof CACHE_CONTROL;

const JSON_TYPE = "application/json; charset=utf-8";
const CORS = {
  "Access-Control-Allow-Origin": "*",
  // Not a CORS-safelisted response header: without this, scripts cannot read it to revalidate.
  "Access-Control-Expose-Headers": "ETag",
};

/** A request refused on purpose: the status, and what the client is told. */
export class ApiRefusal extends Error {
  constructor(
    readonly status: 400 | 404,
    readonly userMessage: string,
  ) {
    super(userMessage);
    this.name = "ApiRefusal";
  }
}

/** The body with its ETag, or 304 when the client already holds it. */
export function publicResponse(request: Request, body: string, options: { contentType: string; cache: CachePolicy }): Response {
  const etag = strongEtag(body);
  const headers = { ...CORS, "Cache-Control": CACHE_CONTROL[options.cache], ETag: etag };
  if (holdsCurrent(request.headers.get("if-none-match"), etag)) return new Response(null, { status: 304, headers });
  return new Response(body, { headers: { ...headers, "Content-Type": options.contentType } });
}

export function jsonResponse(request: Request, data: unknown, cache: CachePolicy = "public"): Response {
  return publicResponse(request, JSON.stringify(data), { contentType: JSON_TYPE, cache });
}

export function errorResponse(status: number, message: string): Response {
  return new Response(JSON.stringify({ error: message }), {
    status,
    // Not cached: a 404 now may be an issue whose embargo ends in a minute.
    headers: { ...CORS, "Content-Type": JSON_TYPE, "Cache-Control": "no-store" },
  });
}

/** CORS preflight: If-None-Match is not a safelisted request header. */
export function preflight(): Response {
  return new Response(null, {
    status: 204,
    headers: {
      ...CORS,
      "Access-Control-Allow-Methods": "GET, HEAD, OPTIONS",
      "Access-Control-Allow-Headers": "If-None-Match",
      "Access-Control-Max-Age": "86400",
    },
  });
}

type Context<P> = { params: Promise<P> };

/** A public GET handler: refusals become their status, anything else a 500 without details. */
export function publicRoute<P>(respond: (request: Request, params: P) => Promise<Response>) {
  return async (request: Request, context: Context<P>): Promise<Response> => {
    try {
      return await respond(request, await context.params);
    } catch (error) {
      if (error instanceof ApiRefusal) return errorResponse(error.status, error.userMessage);
      logUnexpected(error, { endpoint: new URL(request.url).pathname }, request);
      return errorResponse(500, api.errors.internal);
    }
  };
}

/** A public GET handler whose answer is the JSON of what `load` returns. */
export function jsonRoute<P>(cache: CachePolicy, load: (request: Request, params: P) => Promise<unknown>) {
  return publicRoute<P>(async (request, params) => jsonResponse(request, await load(request, params), cache));
}

/** "…" of 32 base64url characters: 192 bits of SHA-256, plenty against collisions. */
export function strongEtag(body: string): string {
  return `"${createHash("sha256").update(body).digest("base64url").slice(0, 32)}"`;
}

/** If-None-Match uses the weak comparison (RFC 9110 §13.1.2): W/ is ignored. */
export function holdsCurrent(ifNoneMatch: string | null, etag: string): boolean {
  if (!ifNoneMatch) return false;
  return ifNoneMatch.split(",").some((tag) => {
    const trimmed = tag.trim();
    return trimmed === "*" || trimmed.replace(/^W\//, "") === etag;
  });
}
