// Security headers. Pure functions: next.config.ts sets the static ones on every
// response, proxy.ts sets the Content-Security-Policy with a fresh nonce.

/** Headers that do not change per request. */
export function staticSecurityHeaders(): { key: string; value: string }[] {
  return [
    { key: "X-Content-Type-Options", value: "nosniff" },
    { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
    // frame-ancestors in the CSP is the modern form; this covers old browsers.
    { key: "X-Frame-Options", value: "DENY" },
    { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=(), payment=()" },
    { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
  ];
}

/**
 * A strict, nonce-based policy for the newsroom's pages: only scripts that
 * carry this request's nonce, and what they load ('strict-dynamic'), may run.
 * Next applies the nonce to its own scripts when it finds it in the request's
 * CSP header. With no nonce (the reader site, whose pages are cached and so
 * cannot carry a per-request one), scripts come from this origin and Next's
 * inline bootstrap; reader pages render only allowlisted article HTML.
 */
export function contentSecurityPolicy(nonce: string | null, { dev = false } = {}): string {
  const scripts = nonce ? [`'nonce-${nonce}'`, "'strict-dynamic'"] : ["'unsafe-inline'"];
  const directives: Record<string, string[]> = {
    "default-src": ["'self'"],
    // React needs eval in development only, for its debugging features.
    "script-src": ["'self'", ...scripts, ...(dev ? ["'unsafe-eval'"] : [])],
    // Styles: Tailwind's stylesheet, plus the style attributes React renders.
    "style-src": ["'self'", "'unsafe-inline'"],
    "img-src": ["'self'", "data:", "blob:"],
    "font-src": ["'self'", "data:"],
    "connect-src": ["'self'", ...(dev ? ["ws:"] : [])],
    "object-src": ["'none'"],
    "base-uri": ["'self'"],
    "form-action": ["'self'"],
    "frame-ancestors": ["'none'"],
  };
  return Object.entries(directives)
    .map(([name, values]) => `${name} ${values.join(" ")}`)
    .join("; ");
}

/**
 * Paths under proxy.ts (a per-request nonce, sign-in redirects), as a regex
 * alternation for next.config.ts; API routes and media set their own policies.
 */
export const STAFF_PREFIXES = "desk(?:/|$)|login(?:/|$)|print(?:/|$)|invite/|reset/|api/|media/|_next/";

export function createNonce(): string {
  return Buffer.from(crypto.getRandomValues(new Uint8Array(16))).toString("base64");
}
