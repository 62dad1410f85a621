// GET /api/v1/search?q=&pub=&from=&to=&limit=&offset=: { results, total, more } (total counted up to 1,000; more: there are more)
import { jsonRoute, preflight } from "@/lib/server/site/api-response";
import { siteOrigin } from "@/lib/server/site/origin";
import { searchJson } from "@/lib/server/site/reader-api";

export const dynamic = "force-dynamic";

export const GET = jsonRoute("search", (request) => searchJson(siteOrigin(request), new URL(request.url).searchParams));
export const OPTIONS = preflight;
