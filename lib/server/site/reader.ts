// The reader site's one way into the data: published snapshots of issues that
// readers may see now. An issue is visible when it is published and its
// embargo (publishAt) has passed; nothing else here returns anything of an
// issue that is not. Views, feeds, sitemap, search and the API all read here.
import "server-only";
import { getDb } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { formatLunarDate } from "@/lib/domain/lunar";
import { readerUrls } from "@/lib/domain/reader-urls";
import type { ArticleContext, SnapshotArticle, SnapshotContent } from "@/lib/domain/snapshot";

export interface ReaderIssue {
  issueId: string;
  /** Snapshot version: 1 when published, +1 for every correction. */
  version: number;
  publishedAt: Date;
  /** The latest snapshot's note (a correction's), if any. */
  note: string | null;
  content: SnapshotContent;
}

/** Visible to readers at `now`: published (or scheduled), and past its embargo. */
export function visibleWhere(now: Date = new Date()): Prisma.IssueWhereInput {
  return { status: { in: ["published", "scheduled"] }, OR: [{ publishAt: null }, { publishAt: { lte: now } }] };
}

export async function readerPublications() {
  return getDb().publication.findMany({
    orderBy: [{ isDefault: "desc" }, { createdAt: "asc" }],
    select: { slug: true, name: true, isDefault: true },
  });
}

export async function defaultPublication() {
  return getDb().publication.findFirst({ orderBy: [{ isDefault: "desc" }, { createdAt: "asc" }], select: { slug: true, name: true } });
}

export async function publicationBySlug(slug: string) {
  return getDb().publication.findUnique({ where: { slug }, select: { id: true, slug: true, name: true, internalCirculation: true } });
}

async function toReaderIssue(issue: { id: string; publishedAt: Date | null; publishAt: Date | null; updatedAt: Date } | null): Promise<ReaderIssue | null> {
  if (!issue) return null;
  const snapshot = await getDb().issueSnapshot.findFirst({ where: { issueId: issue.id }, orderBy: { version: "desc" } });
  if (!snapshot) return null;
  return {
    issueId: issue.id,
    version: snapshot.version,
    publishedAt: issue.publishAt ?? issue.publishedAt ?? snapshot.createdAt,
    note: snapshot.note,
    content: snapshot.content as unknown as SnapshotContent,
  };
}

const issueSelect = { id: true, publishedAt: true, publishAt: true, updatedAt: true } as const;

/** The latest visible issue of a publication, or null (unknown publication or none yet). */
export async function latestIssue(slug: string): Promise<ReaderIssue | null> {
  const issue = await getDb().issue.findFirst({
    where: { publication: { slug }, ...visibleWhere() },
    orderBy: { date: "desc" },
    select: issueSelect,
  });
  return toReaderIssue(issue);
}

/** The visible issue of that day, or null. */
export async function issueOn(slug: string, date: Date): Promise<ReaderIssue | null> {
  const issue = await getDb().issue.findFirst({ where: { publication: { slug }, date, ...visibleWhere() }, select: issueSelect });
  return toReaderIssue(issue);
}

export interface IssueListing {
  date: Date;
  number: number;
  totalNumber: number;
  lunarDate: string;
  url: string;
}

/** 往期: every visible issue of a publication, newest first; null for an unknown publication. */
export async function issueList(slug: string): Promise<IssueListing[] | null> {
  const publication = await publicationBySlug(slug);
  if (!publication) return null;
  const issues = await getDb().issue.findMany({
    where: { publicationId: publication.id, ...visibleWhere(), snapshots: { some: {} } },
    orderBy: { date: "desc" },
    select: { date: true, number: true, totalNumber: true },
  });
  // The 农历 date follows from the date (as the snapshot's does); reading it
  // from each snapshot would load every issue's whole content (~1 MB each).
  return issues.map((issue) => ({
    date: issue.date,
    number: issue.number,
    totalNumber: issue.totalNumber,
    lunarDate: formatLunarDate(issue.date),
    url: readerUrls.issue(slug, issue.date),
  }));
}

export interface ReaderArticleIssue extends Omit<ReaderIssue, "content"> {
  content: ArticleContext;
}

/**
 * A published article as readers see it now, with what its page needs of the
 * issue; null when it is not visible. One query, and the database cuts the
 * snapshot down (no page replicas, no other article's text): an uncached
 * article page then reads ~100 KB instead of the whole issue's ~1.3 MB.
 */
export async function readerArticle(articleId: string): Promise<{ issue: ReaderArticleIssue; article: SnapshotArticle } | null> {
  const rows = await getDb().$queryRaw<
    { issueId: string; version: number; note: string | null; createdAt: Date; publishAt: Date | null; publishedAt: Date | null; context: ArticleContext; article: SnapshotArticle | null }[]
  >`
    SELECT i.id AS "issueId", s.version, s.note, s."createdAt", i."publishAt", i."publishedAt",
      jsonb_build_object(
        'publication', s.content->'publication',
        'issue', s.content->'issue',
        'pages', (SELECT jsonb_agg(p - 'proof') FROM jsonb_array_elements(s.content->'pages') p),
        'articles', (SELECT jsonb_agg(a - 'html' - 'text') FROM jsonb_array_elements(s.content->'articles') a)
      ) AS context,
      (SELECT a FROM jsonb_array_elements(s.content->'articles') a WHERE a->>'id' = ${articleId} LIMIT 1) AS article
    FROM "PublishedArticle" pa
    JOIN "IssueSnapshot" s ON s.id = pa."snapshotId"
    JOIN "Issue" i ON i.id = s."issueId"
    WHERE pa."articleId" = ${articleId} AND pa.current
      AND i.status IN ('published', 'scheduled') AND (i."publishAt" IS NULL OR i."publishAt" <= now())
    ORDER BY s.version DESC
    LIMIT 1`;
  const row = rows[0];
  if (!row?.article) return null;
  return {
    issue: { issueId: row.issueId, version: row.version, publishedAt: row.publishAt ?? row.publishedAt ?? row.createdAt, note: row.note, content: row.context },
    article: row.article,
  };
}

/** Is the image in an article readers can see now (its current published HTML)? */
export async function isPublishedMedia(mediaId: string): Promise<boolean> {
  if (!/^[a-z0-9]{1,40}$/i.test(mediaId)) return false;
  const found = await getDb().publishedArticle.findFirst({
    where: { current: true, mediaIds: { has: mediaId }, snapshot: { issue: visibleWhere() } },
    select: { id: true },
  });
  return found !== null;
}
