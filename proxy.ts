// Runs before the staff area's pages and the desk's route handlers: gives each
// request an id (or keeps the one nginx in front sent), which every log line
// about it carries and the response returns as X-Request-Id; sets the staff
// pages' nonce-based Content-Security-Policy; and sends anonymous visitors of
// /desk to the sign-in page with a way back. This is a convenience, not the
// guard: pages and actions check the session.
//
// The reader site does not pass through here: a middleware round on every
// cached reader page cost about half its throughput (npm run bench). Its
// policy is static (next.config.ts), and behind nginx its requests carry
// nginx's X-Request-Id, which the log reads from the request itself.
import { getToken } from "next-auth/jwt";
import { NextResponse, type NextRequest } from "next/server";
import { acceptedRequestId } from "@/lib/security/log-hygiene";
import { contentSecurityPolicy, createNonce } from "@/lib/security/headers";

export async function proxy(request: NextRequest) {
  const { pathname, search } = request.nextUrl;
  const requestId = acceptedRequestId(request.headers.get("x-request-id")) ?? crypto.randomUUID();
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("x-request-id", requestId);

  if (pathname === "/desk" || pathname.startsWith("/desk/")) {
    const token = await getToken({ req: request, secret: process.env.NEXTAUTH_SECRET });
    if (!token) {
      const login = new URL("/login", request.url);
      login.searchParams.set("callbackUrl", `${pathname}${search}`);
      const redirect = NextResponse.redirect(login);
      redirect.headers.set("X-Request-Id", requestId);
      return redirect;
    }
  }

  // Pages get a nonce policy here (Next applies the nonce to its scripts);
  // route handlers serve no HTML and get a stricter one from next.config.ts.
  const nonce = pathname.startsWith("/api/") ? null : createNonce();
  const policy = nonce ? contentSecurityPolicy(nonce, { dev: process.env.NODE_ENV === "development" }) : null;
  if (nonce) requestHeaders.set("x-nonce", nonce);
  if (policy) requestHeaders.set("Content-Security-Policy", policy);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  if (policy) response.headers.set("Content-Security-Policy", policy);
  response.headers.set("X-Request-Id", requestId);
  return response;
}

export const config = {
  // The staff area (lib/security/headers.ts STAFF_PREFIXES keeps the reader
  // policy off these paths) and the route handlers but the public JSON API.
  matcher: ["/desk", "/desk/:path*", "/login", "/login/:path*", "/print/:path*", "/invite/:path*", "/reset/:path*", "/api/((?!v1/).*)"],
};
