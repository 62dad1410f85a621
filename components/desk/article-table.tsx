import Link from "next/link";
import { format, messages } from "@/lib/i18n";
import type { ArticleListItem } from "@/lib/server/articles/list-articles";
import { DeskTime } from "./desk-time";
import { articleHref } from "./hrefs";
import { StatusBadge } from "./status-badge";

const t = messages.lists.articleList;

function Headline({ article }: { article: ArticleListItem }) {
  return (
    <>
      {article.kicker && <span className="block text-xs text-stone-500">{article.kicker}</span>}
      <span className="block font-serif text-base font-semibold leading-snug text-stone-900 group-hover:text-brand-700">
        {article.headline.trim() || messages.lists.untitled}
      </span>
    </>
  );
}

/** 稿库: a table on laptops, cards on phones; every row opens the article. */
export function ArticleTable({ articles }: { articles: ArticleListItem[] }) {
  return (
    <div className="overflow-hidden rounded-lg border border-stone-200 bg-white shadow-sm">
      <table className="hidden w-full text-left text-sm md:table">
        <thead className="border-b border-stone-200 bg-stone-50 text-xs font-medium text-stone-500">
          <tr>
            <th scope="col" className="px-4 py-2.5 font-medium">{t.columns.headline}</th>
            <th scope="col" className="px-3 py-2.5 font-medium">{t.columns.status}</th>
            <th scope="col" className="px-3 py-2.5 font-medium">{t.columns.column}</th>
            <th scope="col" className="px-3 py-2.5 font-medium">{t.columns.author}</th>
            <th scope="col" className="px-3 py-2.5 text-right font-medium">{t.columns.charCount}</th>
            <th scope="col" className="px-4 py-2.5 text-right font-medium">{t.columns.updatedAt}</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-stone-100">
          {articles.map((article) => (
            <tr key={article.id} data-article={article.id} className="group relative hover:bg-stone-50">
              <td className="px-4 py-3">
                {/* The link covers the whole row. */}
                <Link href={articleHref(article.id)} className="after:absolute after:inset-0 focus-visible:outline-none">
                  <Headline article={article} />
                </Link>
              </td>
              <td className="px-3 py-3"><StatusBadge status={article.status} /></td>
              <td className="px-3 py-3 whitespace-nowrap text-stone-600">{article.column ?? t.noColumn}</td>
              <td className="px-3 py-3 whitespace-nowrap text-stone-600">{article.createdBy?.name ?? t.noAuthor}</td>
              <td className="px-3 py-3 text-right whitespace-nowrap tabular-nums text-stone-600">{article.charCount.toLocaleString("zh-CN")}</td>
              <td className="px-4 py-3 text-right whitespace-nowrap tabular-nums text-stone-500">
                <DeskTime date={article.updatedAt} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>

      <ul className="divide-y divide-stone-100 md:hidden">
        {articles.map((article) => (
          <li key={article.id} data-article={article.id}>
            <Link href={articleHref(article.id)} className="group block px-4 py-3 active:bg-stone-50">
              <Headline article={article} />
              <span className="mt-1.5 flex flex-wrap items-center gap-x-2 gap-y-1 text-xs text-stone-500">
                <StatusBadge status={article.status} />
                {article.column && <span>{article.column}</span>}
                {article.createdBy && <span>{article.createdBy.name}</span>}
                <span className="tabular-nums">{format(t.charCount, { count: article.charCount.toLocaleString("zh-CN") })}</span>
                <DeskTime date={article.updatedAt} className="ml-auto tabular-nums" />
              </span>
            </Link>
          </li>
        ))}
      </ul>
    </div>
  );
}
