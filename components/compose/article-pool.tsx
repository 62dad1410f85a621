"use client";
// 稿件池: the publication's released articles not yet on any page of the issue.
import { useDeferredValue, useState } from "react";
import { format } from "@/lib/i18n";
import { t } from "./messages";
import type { PoolArticle } from "./types";

interface Props {
  pool: PoolArticle[];
  canCompose: boolean;
  /** The article being placed, if any. */
  placingId: string | null;
  onPlace(articleId: string): void;
}

export function ArticlePool({ pool, canCompose, placingId, onPlace }: Props) {
  const [query, setQuery] = useState("");
  const needle = useDeferredValue(query.trim());
  const shown = needle
    ? pool.filter((a) => [a.headline, a.kicker, a.column].some((text) => text?.includes(needle)))
    : pool;

  return (
    <section aria-labelledby="pool-title" className="flex min-h-0 flex-col rounded-lg border border-stone-200 bg-white lg:max-h-[calc(100dvh-2rem)]">
      <header className="border-b border-stone-200 px-3 pt-3 pb-2.5">
        <div className="flex items-baseline justify-between gap-2">
          <h2 id="pool-title" className="text-sm font-semibold text-stone-900">
            {t.pool.title}
            <span className="ml-1.5 text-xs font-normal text-stone-500">{t.pool.hint}</span>
          </h2>
          <span className="text-xs tabular-nums text-stone-500">{format(t.pool.count, { count: pool.length })}</span>
        </div>
        {pool.length > 0 && (
          <input
            type="search"
            value={query}
            onChange={(event) => setQuery(event.target.value)}
            aria-label={t.pool.search}
            placeholder={t.pool.searchPlaceholder}
            className="mt-2 h-9 w-full rounded-md border border-stone-300 bg-white px-2.5 text-sm placeholder:text-stone-400 focus:border-sky-500 focus:ring-1 focus:ring-sky-500 focus:outline-none sm:h-8"
          />
        )}
      </header>
      {shown.length === 0 ? (
        <p className="px-3 py-6 text-center text-sm text-stone-500">{pool.length === 0 ? t.pool.empty : t.pool.emptyFiltered}</p>
      ) : (
        <ul className="max-h-[26rem] min-h-0 flex-1 divide-y divide-stone-100 overflow-y-auto overscroll-contain lg:max-h-none" data-testid="article-pool">
          {shown.map((article) => (
            <li key={article.id} className="flex items-start gap-2 px-3 py-2.5">
              <div className="min-w-0 flex-1">
                {article.kicker && <p className="truncate text-xs text-stone-500">{article.kicker}</p>}
                <p className="line-clamp-2 font-serif text-sm font-bold leading-snug text-stone-900">{article.headline}</p>
                <p className="mt-1 flex flex-wrap items-center gap-x-2 text-[11px] text-stone-500">
                  {article.column && <span className="rounded bg-stone-100 px-1 py-px text-stone-600">{article.column}</span>}
                  <span className="tabular-nums">{format(t.pool.chars, { count: article.charCount })}</span>
                </p>
              </div>
              {canCompose && (
                <button
                  type="button"
                  disabled={placingId !== null}
                  onClick={() => onPlace(article.id)}
                  aria-label={format(t.pool.placeLabel, { headline: article.headline })}
                  className="mt-0.5 h-9 shrink-0 rounded-md border border-brand-200 bg-white px-3 text-xs font-medium text-brand-700 hover:border-brand-500 hover:bg-brand-50 disabled:opacity-50 sm:h-7 sm:px-2.5"
                >
                  {placingId === article.id ? t.pool.placing : t.pool.place}
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
