// Which reader URLs change when an issue is published, corrected or withdrawn:
// the ones the caching proxy in front of Folio (deploy/nginx/folio.conf) must
// fetch again. Everything that lists or shows the issue; search and the JSON
// API are never cached by the proxy. Of 往期回顾 that is the front (the newest
// year) and the issue's own year: the other years' pages only show this year's
// count in their year navigation, which catches up when their cache expires
// (a minute) rather than costing every publish a render of each year.
import { readerUrls } from "./reader-urls";
import type { SnapshotContent } from "./snapshot";

export function issueReaderPaths(content: Pick<SnapshotContent, "publication" | "issue" | "pages" | "articles">, isDefaultPublication: boolean): string[] {
  const slug = content.publication.slug;
  const date = content.issue.date;
  const paths = [
    ...(isDefaultPublication ? ["/"] : []),
    readerUrls.publication(slug),
    readerUrls.archive(slug),
    readerUrls.archiveYear(slug, Number(date.slice(0, 4))),
    readerUrls.feed(slug),
    "/sitemap.xml",
    readerUrls.issue(slug, date),
    ...content.pages.map((page) => readerUrls.page(slug, date, page.number)),
    ...content.articles.map((article) => readerUrls.article(slug, date, article.pageNumber, article.id)),
  ];
  return [...new Set(paths)];
}
