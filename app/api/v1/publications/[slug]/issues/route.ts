// GET /api/v1/publications/{slug}/issues: the visible issues, newest first.
import { jsonRoute, preflight } from "@/lib/server/site/api-response";
import { siteOrigin } from "@/lib/server/site/origin";
import { issuesJson } from "@/lib/server/site/reader-api";

export const dynamic = "force-dynamic";

export const GET = jsonRoute<{ slug: string }>("public", (request, { slug }) => issuesJson(siteOrigin(request), slug));
export const OPTIONS = preflight;
