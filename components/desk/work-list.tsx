import Link from "next/link";
import type { Route } from "next";
import { pendingLevel } from "@/lib/domain/article-workflow";
import { messages } from "@/lib/i18n";
import type { ArticleListItem } from "@/lib/server/articles/list-articles";
import { DeskTime } from "./desk-time";
import { articleHref } from "./hrefs";

const t = messages.lists.home;

interface Props {
  id: string;
  title: string;
  articles: ArticleListItem[];
  empty: string;
  /** The article list, filtered the same way, when one filter says it. */
  seeAll?: Route;
  /** Shows the review level each article waits for (a list that mixes levels). */
  showLevel?: boolean;
  /** Leaves out the author (lists of one's own articles). */
  hideAuthor?: boolean;
  /** Dates by 签发 rather than by last change. */
  byRelease?: boolean;
}

/** One of the workspace's work lists: a handful of articles, newest first. */
export function WorkList({ id, title, articles, empty, seeAll, showLevel, hideAuthor, byRelease }: Props) {
  return (
    <section aria-labelledby={id} data-work-list={id} className="flex min-w-0 flex-col rounded-lg border border-stone-200 bg-white shadow-sm">
      <header className="flex items-center justify-between gap-3 border-b border-stone-100 px-4 py-3">
        <h3 id={id} className="font-semibold text-stone-900">
          {title}
          {articles.length > 0 && <span className="ml-2 text-sm font-normal text-stone-400 tabular-nums">{articles.length}</span>}
        </h3>
        {seeAll && articles.length > 0 && (
          <Link href={seeAll} className="text-sm text-brand-700 underline-offset-4 hover:underline">
            {t.seeAll}
          </Link>
        )}
      </header>
      {articles.length === 0 ? (
        <p className="px-4 py-4 text-sm text-stone-500">{empty}</p>
      ) : (
        <ul className="divide-y divide-stone-100">
          {articles.map((article) => {
            const when = byRelease && article.releasedAt ? article.releasedAt : article.updatedAt;
            const meta = [article.column, hideAuthor ? null : article.createdBy?.name].filter(Boolean);
            const level = showLevel ? pendingLevel(article.status) : null;
            return (
              <li key={article.id}>
                <Link href={articleHref(article.id)} className="group flex items-start justify-between gap-3 px-4 py-2.5 hover:bg-stone-50">
                  <span className="min-w-0">
                    <span className="block truncate font-serif font-semibold text-stone-900 group-hover:text-brand-700">
                      {article.headline.trim() || messages.lists.untitled}
                    </span>
                    <span className="mt-0.5 block truncate text-xs text-stone-500">
                      {meta.length > 0 && `${meta.join(" · ")} · `}
                      <DeskTime date={when} /> {byRelease ? t.releasedSuffix : t.updatedSuffix}
                    </span>
                  </span>
                  {level && (
                    <span className="shrink-0 rounded-full bg-amber-50 px-2 py-0.5 text-xs font-medium whitespace-nowrap text-amber-800 ring-1 ring-amber-300 ring-inset">
                      {t.awaitingLevel[level]}
                    </span>
                  )}
                </Link>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
