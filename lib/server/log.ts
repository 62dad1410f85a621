// Folio's log: one JSON object per line on stdout (pino), for whatever collects
// the container's output. Lines about a request carry its id, which proxy.ts
// sets (or takes from nginx) and returns as X-Request-Id. What may be logged
// at all is decided in lib/security/log-hygiene.ts.
import "server-only";
import { headers } from "next/headers";
import pino from "pino";
import { acceptedRequestId, loggedError, redactPaths } from "@/lib/security/log-hygiene";

export const logger = pino({
  level: process.env.LOG_LEVEL ?? (process.env.NODE_ENV === "test" ? "silent" : "info"),
  base: { app: "folio" },
  messageKey: "msg",
  timestamp: pino.stdTimeFunctions.isoTime,
  formatters: { level: (label) => ({ level: label }) },
  redact: { paths: redactPaths(), censor: "[redacted]" },
});

/** The logger for the current request: from a route handler's request, else Next's request scope. */
export async function requestLogger(request?: Request): Promise<pino.Logger> {
  let id = request ? acceptedRequestId(request.headers.get("x-request-id")) : null;
  if (!request) {
    try {
      id = acceptedRequestId((await headers()).get("x-request-id"));
    } catch {
      // Outside a request (a script, a scheduled job): no id.
    }
  }
  return id ? logger.child({ requestId: id }) : logger;
}

/** An error nobody expected, logged without its input (see loggedError). */
export function logUnexpected(error: unknown, context: Record<string, unknown> = {}, request?: Request): void {
  void requestLogger(request).then((log) => log.error({ ...context, err: loggedError(error) }, "unexpected error"));
}
