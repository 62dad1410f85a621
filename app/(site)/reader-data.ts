// The reader routes' reads, once per request: generateMetadata and the page
// both ask, React's cache() answers the second time. Everything comes from
// lib/server/site/reader.ts and archive.ts, which return only what readers
// may see.
import "server-only";
import { cache } from "react";
import { parseArchiveYear, parseIssueDate, parsePageNumber, readerUrls } from "@/lib/domain/reader-urls";
import type { SnapshotPage } from "@/lib/domain/snapshot";
import { archiveIssues, archiveYears, type ArchiveIssue, type ArchiveYear } from "@/lib/server/site/archive";
import { siteOrigin } from "@/lib/server/site/origin";
import {
  defaultPublication,
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
export const getArticle = cache(readerArticle);

/** The years of 往期回顾 with their issue counts, newest first; empty for an unknown publication. */
export const getArchiveYears = cache(async (slug: string): Promise<ArchiveYear[]> => {
  const publication = await getPublication(slug);
  return publication ? archiveYears(publication.id) : [];
});

/** One year's issues, newest first; empty for a year without any or an unknown publication. */
export const getArchiveIssues = cache(async (slug: string, year: number): Promise<ArchiveIssue[]> => {
  const publication = await getPublication(slug);
  return publication ? archiveIssues(publication, year) : [];
});

/** The issues of the year a /{pub}/archive/{year} URL names, or null (→ 404) for a year that is not one or has none. */
export const getArchiveYear = cache(async (slug: string, segment: string): Promise<{ year: number; issues: ArchiveIssue[] } | null> => {
  const year = parseArchiveYear(segment);
  if (year === null) return null;
  const issues = await getArchiveIssues(slug, year);
  return issues.length > 0 ? { year, issues } : null;
});

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
