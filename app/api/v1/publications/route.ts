// GET /api/v1/publications: [{ slug, name, url, feedUrl }]
import { jsonRoute, preflight } from "@/lib/server/site/api-response";
import { siteOrigin } from "@/lib/server/site/origin";
import { publicationsJson } from "@/lib/server/site/reader-api";

export const dynamic = "force-dynamic";

export const GET = jsonRoute("public", (request) => publicationsJson(siteOrigin(request)));
export const OPTIONS = preflight;
