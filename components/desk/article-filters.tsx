import Link from "next/link";
import { ARTICLE_STATUSES } from "@/lib/domain/article-workflow";
import { messages } from "@/lib/i18n";
import type { ArticleFilter } from "@/lib/server/articles/list-articles";

const t = messages.lists.articleList.filters;
const statusNames = messages.lists.status.options;

export interface FilterOptions {
  publications: { id: string; name: string }[];
  columns: string[];
  authors: { id: string; name: string }[];
}

/** The selects plus the two columns of the date range, in one row on laptops. */
const LG_COLUMNS: Record<number, string> = { 2: "lg:grid-cols-4", 3: "lg:grid-cols-5", 4: "lg:grid-cols-6" };

const label = "block text-xs font-medium text-stone-600";
const control =
  "mt-1 block w-full min-w-0 rounded-md border border-stone-300 bg-white px-2.5 py-2 text-sm text-stone-900 shadow-sm outline-none focus:border-brand-500 focus:ring-2 focus:ring-brand-200";

/** The filters of 稿库, as a plain GET form: it works before (and without) JavaScript. */
export function ArticleFilters({ filter, options }: { filter: ArticleFilter; options: FilterOptions }) {
  const active = Boolean(filter.status || filter.publication || filter.column || filter.author || filter.from || filter.to || filter.q);
  // A choice of one is no choice (one paper, or a reporter who sees only their own); a filter given by URL is kept.
  const hasPublications = options.publications.length > 1;
  const hasAuthors = options.authors.length > 1;
  const selects = 2 + Number(hasPublications) + Number(hasAuthors);
  return (
    <form
      method="get"
      action="/desk/articles"
      role="search"
      aria-label={t.title}
      className="space-y-3 rounded-lg border border-stone-200 bg-white p-4 shadow-sm"
    >
      <div className="flex items-end gap-2">
        <label className="min-w-0 flex-1">
          <span className={label}>{t.q}</span>
          <input type="search" name="q" defaultValue={filter.q ?? ""} placeholder={t.qPlaceholder} maxLength={60} className={control} />
        </label>
        <button
          type="submit"
          className="shrink-0 rounded-md bg-stone-800 px-4 py-2 text-sm font-medium text-white shadow-sm hover:bg-stone-900 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-stone-800"
        >
          {t.submit}
        </button>
        {active && (
          <Link href="/desk/articles" className="shrink-0 py-2 text-sm whitespace-nowrap text-stone-600 underline-offset-4 hover:text-brand-700 hover:underline">
            {t.clear}
          </Link>
        )}
      </div>
      <div className={`grid grid-cols-2 gap-3 sm:grid-cols-4 ${LG_COLUMNS[selects]}`}>
        {/* An odd number of selects would leave a hole below laptops; the status fills it. */}
        <label className={selects % 2 === 1 ? "col-span-2 lg:col-span-1" : undefined}>
          <span className={label}>{t.status}</span>
          <select name="status" defaultValue={filter.status ?? ""} className={control}>
            <option value="">{t.allStatuses}</option>
            {ARTICLE_STATUSES.map((status) => (
              <option key={status} value={status}>
                {statusNames[status]}
              </option>
            ))}
          </select>
        </label>
        {hasPublications ? (
          <label>
            <span className={label}>{t.publication}</span>
            <select name="publication" defaultValue={filter.publication ?? ""} className={control}>
              <option value="">{t.allPublications}</option>
              {options.publications.map((p) => (
                <option key={p.id} value={p.id}>
                  {p.name}
                </option>
              ))}
            </select>
          </label>
        ) : (
          filter.publication && <input type="hidden" name="publication" value={filter.publication} />
        )}
        <label>
          <span className={label}>{t.column}</span>
          <select name="column" defaultValue={filter.column ?? ""} className={control}>
            <option value="">{t.allColumns}</option>
            {options.columns.map((column) => (
              <option key={column} value={column}>
                {column}
              </option>
            ))}
          </select>
        </label>
        {hasAuthors ? (
          <label>
            <span className={label}>{t.author}</span>
            <select name="author" defaultValue={filter.author ?? ""} className={control}>
              <option value="">{t.allAuthors}</option>
              {options.authors.map((a) => (
                <option key={a.id} value={a.id}>
                  {a.name}
                </option>
              ))}
            </select>
          </label>
        ) : (
          filter.author && <input type="hidden" name="author" value={filter.author} />
        )}
        <fieldset className="col-span-2">
          <legend className={label}>{t.dates}</legend>
          <div className="flex items-center gap-2">
            <input type="date" name="from" aria-label={t.from} defaultValue={filter.from ?? ""} max={filter.to} className={control} />
            <span aria-hidden className="mt-1 text-sm text-stone-500">{t.until}</span>
            <input type="date" name="to" aria-label={t.to} defaultValue={filter.to ?? ""} min={filter.from} className={control} />
          </div>
        </fieldset>
      </div>
    </form>
  );
}
