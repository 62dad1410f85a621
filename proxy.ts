// Runs before every page: sets the nonce-based Content-Security-Policy, and
// sends anonymous visitors of /desk to the sign-in page with a way back.
// This is a convenience, not the guard: pages and actions check the session.
import { getToken } from "next-auth/jwt";
import { NextResponse, type NextRequest } from "next/server";
import { contentSecurityPolicy, createNonce } from "@/lib/security/headers";

export async function proxy(request: NextRequest) {
  const { pathname, search } = request.nextUrl;
  if (pathname === "/desk" || pathname.startsWith("/desk/")) {
    const token = await getToken({ req: request, secret: process.env.NEXTAUTH_SECRET });
    if (!token) {
      const login = new URL("/login", request.url);
      login.searchParams.set("callbackUrl", `${pathname}${search}`);
      return NextResponse.redirect(login);
    }
  }

  // The newsroom's pages render per request and carry a nonce; the reader
  // site's pages are cached (ISR) and cannot, so they get the nonce-less policy.
  const nonce = STAFF_AREA.test(pathname) ? createNonce() : null;
  const policy = contentSecurityPolicy(nonce, { dev: process.env.NODE_ENV === "development" });
  const requestHeaders = new Headers(request.headers);
  if (nonce) requestHeaders.set("x-nonce", nonce);
  requestHeaders.set("Content-Security-Policy", policy);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set("Content-Security-Policy", policy);
  return response;
}

const STAFF_AREA = /^\/(desk|login|print)(\/|$)/;

export const config = {
  matcher: [
    // Pages only: not static files, images or API routes (which serve no HTML).
    { source: "/((?!api/|media/|_next/static|_next/image|favicon.ico).*)" },
  ],
};
