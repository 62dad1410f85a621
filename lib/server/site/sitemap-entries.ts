// What the sitemap lists: the site's front, each publication's front and 往期
// (its front and a page per year with issues), and every visible issue with
// its pages and articles. A page changes only when its issue gets a new
// snapshot (a correction) or its embargo ends; a year's page when one of its
// issues does.
import "server-only";
import type { MetadataRoute } from "next";
import { getDb } from "@/lib/db";
import { readerUrls } from "@/lib/domain/reader-urls";
import { absoluteUrl } from "./origin";
import { readerPublications, visibleWhere } from "./reader";

type Entry = MetadataRoute.Sitemap[number];

export async function sitemapEntries(origin: string): Promise<MetadataRoute.Sitemap> {
  const db = getDb();
  const [publications, issues] = await Promise.all([
    readerPublications(),
    db.issue.findMany({
      where: { ...visibleWhere(), snapshots: { some: {} } },
      orderBy: { date: "desc" },
      select: {
        date: true,
        publishAt: true,
        publication: { select: { slug: true } },
        snapshots: { orderBy: { version: "desc" }, take: 1, select: { id: true, createdAt: true } },
      },
    }),
  ]);
  const snapshotIds = issues.map((issue) => issue.snapshots[0]!.id);
  const [pages, articles] = snapshotIds.length === 0 ? [[], []] : await Promise.all([
    // Page numbers straight out of the snapshot JSON, without fetching the page replicas.
    db.$queryRaw<{ snapshotId: string; number: number }[]>`
      SELECT s.id AS "snapshotId", p.number
      FROM "IssueSnapshot" s, jsonb_to_recordset(s.content -> 'pages') AS p(number int)
      WHERE s.id = ANY(${snapshotIds}) ORDER BY p.number`,
    db.publishedArticle.findMany({
      where: { current: true, snapshotId: { in: snapshotIds } },
      orderBy: [{ pageNumber: "asc" }, { position: "asc" }],
      select: { snapshotId: true, articleId: true, pageNumber: true },
    }),
  ]);

  const url = (path: string) => absoluteUrl(origin, path);
  const pagesOf = groupBy(pages, (p) => p.snapshotId);
  const articlesOf = groupBy(articles, (a) => a.snapshotId);
  const issueEntries = new Map<string, Entry[]>();
  const newestBySlug = new Map<string, Date>();
  // slug → year → its newest change; issues come newest first, so do the years.
  const yearsBySlug = new Map<string, Map<number, Date>>();
  for (const issue of issues) {
    const snapshot = issue.snapshots[0]!;
    const slug = issue.publication.slug;
    // Written before an embargo ends, a snapshot first shows when it does.
    const lastModified = issue.publishAt && issue.publishAt > snapshot.createdAt ? issue.publishAt : snapshot.createdAt;
    const newest = newestBySlug.get(slug);
    if (!newest || lastModified > newest) newestBySlug.set(slug, lastModified);
    const years = yearsBySlug.get(slug) ?? new Map<number, Date>();
    const year = issue.date.getUTCFullYear();
    const yearNewest = years.get(year);
    if (!yearNewest || lastModified > yearNewest) years.set(year, lastModified);
    yearsBySlug.set(slug, years);
    const entries = issueEntries.get(slug) ?? [];
    entries.push({ url: url(readerUrls.issue(slug, issue.date)), lastModified });
    for (const page of pagesOf.get(snapshot.id) ?? []) {
      entries.push({ url: url(readerUrls.page(slug, issue.date, page.number)), lastModified });
    }
    for (const article of articlesOf.get(snapshot.id) ?? []) {
      entries.push({ url: url(readerUrls.article(slug, issue.date, article.pageNumber, article.articleId)), lastModified });
    }
    issueEntries.set(slug, entries);
  }

  const fronts = publications.flatMap(({ slug }) => {
    const lastModified = newestBySlug.get(slug);
    return [
      { url: url(readerUrls.publication(slug)), lastModified },
      { url: url(readerUrls.archive(slug)), lastModified },
      ...[...(yearsBySlug.get(slug) ?? [])].map(([year, changed]) => ({ url: url(readerUrls.archiveYear(slug, year)), lastModified: changed })),
      ...(issueEntries.get(slug) ?? []),
    ];
  });
  // The site's front shows the default publication, which readerPublications lists first.
  const home = { url: url("/"), lastModified: publications[0] && newestBySlug.get(publications[0].slug) };
  return [home, ...fronts].map(withoutUndefined);
}

function groupBy<T>(items: T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const group = groups.get(key(item));
    if (group) group.push(item);
    else groups.set(key(item), [item]);
  }
  return groups;
}

const withoutUndefined = (entry: Entry): Entry => (entry.lastModified ? entry : { url: entry.url });
