// `/`: the latest issue of the default publication.
import type { Metadata } from "next";
import { EmptyState } from "@/components/site/empty-state";
import { messages } from "@/lib/i18n";
import { LatestIssue, latestIssueMetadata } from "./latest-issue";
import { getDefaultPublication } from "./reader-data";

const reader = messages.reader;

// Rendered per request, layout included: the build has no database, and the
// latest issue changes when one is published. The reads are two indexed queries.
export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const publication = await getDefaultPublication();
  if (!publication) return { title: { absolute: reader.site.fallbackName } };
  return latestIssueMetadata(publication, "/");
}

export default async function ReaderHome() {
  const publication = await getDefaultPublication();
  if (!publication) return <EmptyState title={reader.empty.noPublication} hint={reader.empty.noPublicationHint} />;
  return <LatestIssue publication={publication} />;
}
