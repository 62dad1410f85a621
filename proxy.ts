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

  // The newsroom's pages render per request and carry a nonce (the reader
  // site's cached pages cannot: next.config.ts gives them the nonce-less policy).
  const nonce = createNonce();
  const policy = contentSecurityPolicy(nonce, { dev: process.env.NODE_ENV === "development" });
  const requestHeaders = new Headers(request.headers);
  if (nonce) requestHeaders.set("x-nonce", nonce);
  requestHeaders.set("Content-Security-Policy", policy);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set("Content-Security-Policy", policy);
  return response;
}

export const config = {
  // The staff area only: the reader site's policy is static (next.config.ts), and
  // a middleware round on every cached reader page costs a large share of its throughput.
  matcher: ["/desk", "/desk/:path*", "/login", "/login/:path*", "/print/:path*"],
};
