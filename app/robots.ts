// /robots.txt. Per request like the sitemap, so that its address follows
// SITE_URL at run time, not whatever the build machine had.
import type { MetadataRoute } from "next";
import { headers } from "next/headers";
import { siteOrigin } from "@/lib/server/site/origin";

export const dynamic = "force-dynamic";

export default async function robots(): Promise<MetadataRoute.Robots> {
  const origin = siteOrigin({ headers: await headers() });
  return {
    rules: {
      userAgent: "*",
      allow: "/",
      // The desk and its print renders are staff-only; search results are an
      // endless space of URLs; the JSON API (v1 included) is for programs, and
      // its data is already crawlable as pages.
      disallow: ["/desk", "/login", "/print", "/search", "/api/"],
    },
    sitemap: `${origin}/sitemap.xml`,
  };
}
