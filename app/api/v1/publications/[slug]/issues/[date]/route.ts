// GET /api/v1/publications/{slug}/issues/{YYYY-MM-DD}: one issue with its pages and their articles.
import { jsonRoute, preflight } from "@/lib/server/site/api-response";
import { siteOrigin } from "@/lib/server/site/origin";
import { issueJson } from "@/lib/server/site/reader-api";

export const dynamic = "force-dynamic";

export const GET = jsonRoute<{ slug: string; date: string }>("public", (request, { slug, date }) => issueJson(siteOrigin(request), slug, date));
export const OPTIONS = preflight;
