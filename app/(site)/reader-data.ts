// The reader routes' reads, once per request: generateMetadata and the page
// both ask, React's cache() answers the second time. Everything comes from
// lib/server/site/reader.ts, which returns only what readers may see.
import "server-only";
import { cache } from "react";
import { parseIssueDate, parsePageNumber, readerUrls } from "@/lib/domain/reader-urls";
import type { SnapshotPage } from "@/lib/domain/snapshot";
import { siteOrigin } from "@/lib/server/site/origin";
import {
  defaultPublication,
  issueList,
  issueOn,
  latestIssue,
  publicationBySlug,
  readerArticle,
  readerPublications,
  type ReaderIssue,
} from "@/lib/server/site/reader";

export const getDefaultPublication = cache(defaultPublication);
export const getPublications = cache(readerPublications);
export const getPublication = cache(publicationBySlug);
export const getLatestIssue = cache(latestIssue);
export const getIssueList = cache(issueList);
export const getArticle = cache(readerArticle);

/** The issue of that day, by the URL's date segment; null for a date that is not one. */
export const getIssueOn = cache(async (slug: string, day: string): Promise<ReaderIssue | null> => {
  const date = parseIssueDate(day);
  return date ? issueOn(slug, date) : null;
});

/** The issue and page a /{pub}/{date}/{NN} URL names, or null (→ 404). */
export async function getIssuePage(slug: string, day: string, pageSegment: string): Promise<{ issue: ReaderIssue; page: SnapshotPage } | null> {
  const number = parsePageNumber(pageSegment);
  if (number === null) return null;
  const issue = await getIssueOn(slug, day);
  const page = issue?.content.pages.find((p) => p.number === number);
  return issue && page ? { issue, page } : null;
}

/** The site's public address, for canonical links and sharing cards (SITE_URL in production). */
export function origin(): string {
  return siteOrigin();
}

export function absolute(path: string): string {
  return `${siteOrigin()}${path}`;
}

export { readerUrls };
