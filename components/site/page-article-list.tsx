// 本版文章: the page's articles in reading order, each a link to its full text.
// Hovering or focusing one lights its place on the replica (and the other way
// round): CSS :has() rules that PageView writes for the page's articles.
import { ReaderLink as Link } from "./reader-link";
import { pageNumberLabel } from "@/lib/domain/dates";
import type { SnapshotArticle } from "@/lib/domain/snapshot";
import { format, messages } from "@/lib/i18n";
import { Headline } from "./headline";
import { route } from "./links";

const reader = messages.reader;

type Props = {
  pageNumber: number;
  pageName: string;
  items: { article: SnapshotArticle; href: string }[];
};

const t = reader.page;

export function PageArticleList({ pageNumber, pageName, items }: Props) {
  return (
    <section aria-labelledby="page-articles-title" data-testid="page-articles" className="reader-page__list">
      <h2 id="page-articles-title" className="flex items-baseline gap-3 border-b-2 border-brand-600 pb-2">
        <span className="font-serif text-xl font-bold text-stone-900">{format(t.heading, { page: pageNumberLabel(pageNumber), name: pageName })}</span>
        <span className="text-sm text-stone-700">{t.articles}</span>
      </h2>
      {items.length === 0 ? (
        <p className="mt-3 text-stone-700">{t.noArticles}</p>
      ) : (
        <ol className="divide-y divide-stone-300">
          {items.map(({ article, href }) => (
            <li key={article.id}>
              <Link href={route(href)} data-list-article={article.id} data-testid="page-article-link" className="reader-list-link block py-3">
                {article.kicker && <span className="block text-sm leading-6 text-stone-700">{article.kicker}</span>}
                <span className="block font-serif text-lg leading-snug font-bold text-stone-900">
                  <Headline text={article.headline} />
                </span>
                {article.subheadline && <span className="mt-0.5 block text-sm leading-6 text-stone-700">{article.subheadline}</span>}
                {article.pageNumber !== pageNumber && (
                  <span className="mt-0.5 block text-sm text-stone-700">{format(t.continuedFrom, { page: pageNumberLabel(article.pageNumber) })}</span>
                )}
              </Link>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
