// GET /{pub}/feed.xml: the publication's Atom feed of its latest issues.
import { ApiRefusal, preflight, publicResponse, publicRoute } from "@/lib/server/site/api-response";
import { siteOrigin } from "@/lib/server/site/origin";
import { publicationFeed } from "@/lib/server/site/publication-feed";
import { messages } from "@/lib/i18n";

const api = messages.api;

export const dynamic = "force-dynamic";

export const GET = publicRoute<{ pub: string }>(async (request, { pub }) => {
  const xml = await publicationFeed(siteOrigin(request), pub);
  if (xml === null) throw new ApiRefusal(404, api.errors.publicationNotFound);
  return publicResponse(request, xml, { contentType: "application/atom+xml; charset=utf-8", cache: "public" });
});
export const OPTIONS = preflight;
