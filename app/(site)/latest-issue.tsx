// What `/` and `/{pub}` show: the front page of the publication's latest
// issue, or a friendly word when none is out yet (200: the site exists).
import type { Metadata } from "next";
import { EmptyState } from "@/components/site/empty-state";
import { PageView } from "@/components/site/page-view";
import { format, messages } from "@/lib/i18n";
import { getLatestIssue } from "./reader-data";
import { pageMetadata, siteName } from "./reader-metadata";

const reader = messages.reader;

export async function latestIssueMetadata(publication: { slug: string; name: string }, canonical: string): Promise<Metadata> {
  const issue = await getLatestIssue(publication.slug);
  const front = issue?.content.pages[0];
  if (!issue || !front) return { title: { absolute: siteName(publication.name) }, alternates: { canonical } };
  return pageMetadata(issue.content, front, canonical, "latest");
}

export async function LatestIssue({ publication }: { publication: { slug: string; name: string } }) {
  const issue = await getLatestIssue(publication.slug);
  const front = issue?.content.pages[0];
  if (!issue || !front) return <EmptyState title={format(reader.empty.noIssue, { name: publication.name })} hint={reader.empty.noIssueHint} />;
  return <PageView content={issue.content} page={front} />;
}
