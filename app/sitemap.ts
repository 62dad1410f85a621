// /sitemap.xml. Read per request, never at build time: CI builds without a
// database, and what is visible changes when an embargo ends.
import type { MetadataRoute } from "next";
import { headers } from "next/headers";
import { siteOrigin } from "@/lib/server/site/origin";
import { sitemapEntries } from "@/lib/server/site/sitemap-entries";

export const dynamic = "force-dynamic";

export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  return sitemapEntries(siteOrigin({ headers: await headers() }));
}
