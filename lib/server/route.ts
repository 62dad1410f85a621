// The wrapper around desk route handlers (JSON endpoints that server actions
// cannot serve, such as autosave with keepalive and file uploads): same-origin
// check, session and permission, then one use case; errors as { code, message }.
import "server-only";
import { AppError } from "@/lib/domain/errors";
import type { Action } from "@/lib/domain/permissions";
import { authorize } from "./auth/session";
import type { SessionUser } from "./auth/session-user";
import { toPublicError } from "./errors";
import { requestLogger } from "./log";

type Handler<P> = (request: Request, user: SessionUser, params: P) => Promise<Response>;

export function deskRoute<P>(permission: Action, handler: Handler<P>) {
  return async (request: Request, context: { params: Promise<P> }): Promise<Response> => {
    const started = performance.now();
    let userId: string | undefined;
    let response: Response;
    try {
      assertSameOrigin(request);
      const user = await authorize(permission);
      userId = user.id;
      response = await handler(request, user, await context.params);
    } catch (error) {
      const body = toPublicError(error);
      const status = error instanceof AppError ? error.status : 500;
      response = Response.json({ error: body }, { status, headers: { "Cache-Control": "no-store" } });
    }
    logRequest(request, response.status, performance.now() - started, userId);
    return response;
  };
}

/** Writes and refusals are logged (reads would drown them); never a query string or body. */
function logRequest(request: Request, status: number, ms: number, userId: string | undefined): void {
  const refused = status === 401 || status === 403;
  if (!refused && (request.method === "GET" || request.method === "HEAD")) return;
  const line = { method: request.method, path: new URL(request.url).pathname, status, ms: Math.round(ms), userId };
  void requestLogger(request).then((log) => (refused ? log.warn(line, "desk request refused") : log.info(line, "desk request")));
}

/**
 * Writes must come from Folio's own pages. The session cookie is SameSite=Lax
 * already; this also refuses cross-site requests that a browser would send.
 */
function assertSameOrigin(request: Request): void {
  if (request.method === "GET" || request.method === "HEAD") return;
  const origin = request.headers.get("origin");
  const host = request.headers.get("x-forwarded-host") ?? request.headers.get("host");
  if (!origin || !host || new URL(origin).host !== host) throw new AppError("forbidden", "cross-origin write");
}
