import type { Metadata } from "next";
import { ArticleFilters } from "@/components/desk/article-filters";
import { ArticleTable } from "@/components/desk/article-table";
import { articleListHref } from "@/components/desk/hrefs";
import { NewArticleButton } from "@/components/desk/new-article-button";
import { Pagination } from "@/components/desk/pagination";
import { can } from "@/lib/domain/permissions";
import { format, messages } from "@/lib/i18n";
import { requireSessionUser } from "@/lib/server/auth/session";
import { articleFilterOptions, articleFilterSchema, listArticles } from "@/lib/server/articles/list-articles";

const t = messages.lists.articleList;

export const metadata: Metadata = { title: t.title };

export default async function ArticleListPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const user = await requireSessionUser("/desk/articles");
  const filter = articleFilterSchema.parse(await searchParams);
  const [{ articles, total, more, page, pages }, options] = await Promise.all([listArticles(user, filter), articleFilterOptions(user)]);
  const filtered = Boolean(filter.status || filter.publication || filter.column || filter.author || filter.from || filter.to || filter.q);
  const mayCreate = can(user.roles, "article.create");

  return (
    <div className="space-y-5">
      <header className="flex flex-wrap items-end justify-between gap-3">
        <div>
          <h1 className="font-serif text-2xl font-bold text-stone-900 sm:text-3xl">{t.title}</h1>
          <p className="mt-1 text-sm text-stone-500" data-testid="article-total">{format(more ? t.totalMore : t.total, { total })}</p>
        </div>
        {mayCreate && <NewArticleButton publicationId={filter.publication} />}
      </header>

      <ArticleFilters filter={filter} options={options} />

      {articles.length > 0 ? (
        <ArticleTable articles={articles} />
      ) : (
        <div className="rounded-lg border border-dashed border-stone-300 bg-white px-6 py-12 text-center">
          <p className="font-medium text-stone-700">{filtered || page > 1 ? t.emptyFiltered : t.empty}</p>
          <p className="mt-1 text-sm text-stone-500">{filtered || page > 1 ? t.emptyFilteredHint : mayCreate ? t.emptyCanCreate : ""}</p>
        </div>
      )}

      <Pagination page={page} pages={pages} hrefFor={(p) => articleListHref({ ...filter, page: p === 1 ? undefined : p })} />
    </div>
  );
}
