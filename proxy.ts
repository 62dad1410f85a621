// Runs before every request: gives it a request id (or keeps the one nginx in
// front sent), which every log line about it carries and the response returns
// as X-Request-Id; sets the nonce-based Content-Security-Policy of pages; and
// sends anonymous visitors of /desk to the sign-in page with a way back.
// This is a convenience, not the guard: pages and actions check the session.
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

  // Pages get a policy here; route handlers and photos serve no HTML and get a
  // stricter one from next.config.ts. The newsroom's pages render per request
  // and carry a nonce; the reader site's pages are cached (ISR) and cannot, so
  // they get the nonce-less policy.
  const page = !NOT_PAGES.test(pathname);
  const nonce = page && STAFF_AREA.test(pathname) ? createNonce() : null;
  const policy = page ? contentSecurityPolicy(nonce, { dev: process.env.NODE_ENV === "development" }) : null;
  if (nonce) requestHeaders.set("x-nonce", nonce);
  if (policy) requestHeaders.set("Content-Security-Policy", policy);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  if (policy) response.headers.set("Content-Security-Policy", policy);
  response.headers.set("X-Request-Id", requestId);
  return response;
}

const STAFF_AREA = /^\/(desk|login|print|invite|reset)(\/|$)/;
const NOT_PAGES = /^\/(api|media|pdf)\//;

export const config = {
  matcher: [
    // Everything but Next's own static files.
    { source: "/((?!_next/static|_next/image|favicon.ico).*)" },
  ],
};
