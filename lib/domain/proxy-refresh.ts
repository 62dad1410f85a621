// Which reader URLs change when an issue is published, corrected or withdrawn:
// the ones the caching proxy in front of Folio (deploy/nginx/folio.conf) must
// fetch again. Everything that lists or shows the issue; search and the JSON
// API are never cached by the proxy.
import { readerUrls } from "./reader-urls";
import type { SnapshotContent } from "./snapshot";

export function issueReaderPaths(content: Pick<SnapshotContent, "publication" | "issue" | "pages" | "articles">, isDefaultPublication: boolean): string[] {
  const slug = content.publication.slug;
  const date = content.issue.date;
  const paths = [
    ...(isDefaultPublication ? ["/"] : []),
    readerUrls.publication(slug),
    readerUrls.archive(slug),
    readerUrls.feed(slug),
    "/sitemap.xml",
    readerUrls.issue(slug, date),
    ...content.pages.map((page) => readerUrls.page(slug, date, page.number)),
    ...content.articles.map((article) => readerUrls.article(slug, date, article.pageNumber, article.id)),
  ];
  return [...new Set(paths)];
}
