// A page of an issue as readers see it (the issue's front is its page 01):
// the 报头, 版面导航, the page's articles, the page itself with its articles
// clickable in place, the page PDF, and the pages before and after.
import { ReaderLink as Link } from "./reader-link";
import type { CSSProperties } from "react";
import { pageNumberLabel } from "@/lib/domain/dates";
import { readerUrls } from "@/lib/domain/reader-urls";
import { pageArticles, type SnapshotArticle, type SnapshotContent, type SnapshotPage } from "@/lib/domain/snapshot";
import { format, messages } from "@/lib/i18n";
import { Masthead } from "./masthead";
import { PageArticleList } from "./page-article-list";
import { PageNavigator } from "./page-navigator";
import { PageReplica } from "./page-replica";
import { route } from "./links";

const reader = messages.reader;

type Props = { content: SnapshotContent; page: SnapshotPage };

const t = reader.page;

export function PageView({ content, page }: Props) {
  const { slug } = content.publication;
  const items = pageArticles(content, page.number).map((article) => ({
    article,
    href: readerUrls.article(slug, content.issue.date, article.pageNumber, article.id),
  }));
  const byId = new Map<string, { article: SnapshotArticle; href: string }>(items.map((item) => [item.article.id, item]));
  const index = content.pages.findIndex((p) => p.number === page.number);
  const previous = content.pages[index - 1] ?? null;
  const next = content.pages[index + 1] ?? null;
  const pageLink = (p: SnapshotPage) => format(t.labelWithName, { page: pageNumberLabel(p.number), name: p.name });

  return (
    <div className="mx-auto max-w-7xl px-4 py-5 sm:px-6 sm:py-6" data-testid="page-view" data-page-number={pageNumberLabel(page.number)}>
      <Masthead publication={content.publication} issue={content.issue} />
      <div className="reader-page mt-5" style={{ "--replica-ratio": `${page.proof.format.widthMm} / ${page.proof.format.heightMm}` } as CSSProperties}>
        <style>{linkedHighlights(items.map((item) => item.article.id))}</style>
        <PageNavigator content={content} current={page.number} />
        <PageArticleList pageNumber={page.number} pageName={page.name} items={items} />
        <div className="reader-page__replica">
          <p className="mb-2 text-sm text-stone-700">{t.replicaHint}</p>
          <PageReplica page={page} articles={byId} />
        </div>
        <div className="reader-page__tools flex flex-wrap items-center gap-x-4 gap-y-2">
          <a href={readerUrls.pagePdf(content.issue.id, page.number)} type="application/pdf" className="reader-button" data-testid="page-pdf">
            {t.pdf}
          </a>
          <nav aria-label={t.turn} className="flex flex-wrap gap-2">
            {previous && (
              <Link href={route(readerUrls.page(slug, content.issue.date, previous.number))} rel="prev" className="reader-button reader-button--quiet">
                {format(t.previous, { label: pageLink(previous) })}
              </Link>
            )}
            {next && (
              <Link href={route(readerUrls.page(slug, content.issue.date, next.number))} rel="next" className="reader-button reader-button--quiet">
                {format(t.next, { label: pageLink(next) })}
              </Link>
            )}
          </nav>
        </div>
      </div>
    </div>
  );
}

/** Hovering or focusing an article in the list lights its place on the replica, and the other way round. */
function linkedHighlights(articleIds: string[]): string {
  return articleIds
    .filter((id) => /^[\w-]+$/.test(id))
    .map(
      (id) =>
        `.reader-page:has([data-list-article="${id}"]:is(:hover,:focus-visible)) [data-box-article="${id}"],` +
        `.reader-page:has([data-box-article="${id}"]:is(:hover,:focus-visible)) [data-list-article="${id}"]{--lit:1}`,
    )
    .join("\n");
}
