// 往期回顾, a page per year: which years have issues (the year navigation) and
// one year's issues (its calendars). Listing every issue on one page made a
// paper of twenty years a 3.5 MB page. Visible means what it means in
// reader.ts: published, past its embargo, and with a snapshot to show. Both
// take the publication's id, not its slug: filtered through a join on the
// slug, PostgreSQL reads every publication's issues.
import "server-only";
import { getDb } from "@/lib/db";
import { yearSpan } from "@/lib/domain/reader-archive";
import { readerUrls } from "@/lib/domain/reader-urls";
import { visibleWhere } from "./reader";

export interface ArchiveYear {
  year: number;
  issueCount: number;
}

export interface ArchiveIssue {
  date: Date;
  number: number;
  totalNumber: number;
  url: string;
}

/**
 * The years with a visible issue, newest first, with how many each: one
 * GROUP BY. Issue.year is the year of Issue.date (both set together when the
 * issue is planned or imported; a date never changes), and grouping on the
 * column keeps the query in Prisma, where the visibility rule lives.
 */
export async function archiveYears(publicationId: string): Promise<ArchiveYear[]> {
  const rows = await getDb().issue.groupBy({
    by: ["year"],
    where: { publicationId, ...visibleWhere(), snapshots: { some: {} } },
    orderBy: { year: "desc" },
    _count: { _all: true },
  });
  return rows.map((row) => ({ year: row.year, issueCount: row._count._all }));
}

/** The visible issues of one year, newest first; empty for a year without any. */
export async function archiveIssues(publication: { id: string; slug: string }, year: number): Promise<ArchiveIssue[]> {
  const { from, until } = yearSpan(year);
  const issues = await getDb().issue.findMany({
    where: { publicationId: publication.id, date: { gte: from, lt: until }, ...visibleWhere(), snapshots: { some: {} } },
    orderBy: { date: "desc" },
    select: { date: true, number: true, totalNumber: true },
  });
  return issues.map((issue) => ({ ...issue, url: readerUrls.issue(publication.slug, issue.date) }));
}
