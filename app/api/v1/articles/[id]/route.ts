// GET /api/v1/articles/{id}: a published article as readers see it now.
import { jsonRoute, preflight } from "@/lib/server/site/api-response";
import { siteOrigin } from "@/lib/server/site/origin";
import { articleJson } from "@/lib/server/site/reader-api";

export const dynamic = "force-dynamic";

export const GET = jsonRoute<{ id: string }>("public", (request, { id }) => articleJson(siteOrigin(request), id));
export const OPTIONS = preflight;
