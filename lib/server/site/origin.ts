// The reader site's public address, for the absolute URLs that feeds, sitemaps
// and the JSON API must carry. Set SITE_URL in production: the Host header is
// whatever the client sent, and public responses are cached by URL alone.
import "server-only";

/** Anything that carries the request: a Request, or the headers of one (next/headers). */
type RequestLike = { url?: string; headers: { get(name: string): string | null } };

/** https://paper.example.org, without a trailing slash. */
export function siteOrigin(request?: RequestLike): string {
  for (const configured of [process.env.SITE_URL, process.env.NEXTAUTH_URL]) {
    const origin = configured && originOf(configured);
    if (origin) return origin;
  }
  return (request && requestOrigin(request)) ?? "http://localhost:3000";
}

/** An absolute URL on the site for a path such as readerUrls.article(…) gives. */
export function absoluteUrl(origin: string, path: string): string {
  return `${origin}${path.startsWith("/") ? path : `/${path}`}`;
}

/**
 * Article HTML with its site-relative links and images (/media/…, /yibin/…)
 * made absolute, for readers of the HTML elsewhere: feed readers, API clients.
 * The HTML comes from the public renderer, which writes attributes in double quotes.
 */
export function absolutizeHtml(html: string, origin: string): string {
  // Within tags only: the renderer escapes "<" in text, so text never looks like a tag.
  return html.replace(/<[a-z][^>]*>/gi, (tag) => tag.replace(/(\s(?:src|href))="\/(?![/\\])/g, `$1="${origin}/`));
}

function requestOrigin(request: RequestLike): string | null {
  // Not X-Forwarded-Host: caches key on Host, so a forged forwarded host could poison them.
  const host = request.headers.get("host");
  if (host) {
    const proto = request.headers.get("x-forwarded-proto")?.split(",")[0]?.trim() || (request.url ? new URL(request.url).protocol.slice(0, -1) : "http");
    const origin = originOf(`${proto}://${host}`);
    if (origin) return origin;
  }
  return request.url ? originOf(request.url) : null;
}

function originOf(value: string): string | null {
  try {
    const url = new URL(value);
    return url.protocol === "http:" || url.protocol === "https:" ? url.origin : null;
  } catch {
    return null;
  }
}
