// The reader's search: a plain GET form (works without script), the results
// with their terms highlighted, and pages of results.
import { ReaderLink as Link } from "./reader-link";
import { formatChineseDate, pageNumberLabel } from "@/lib/domain/dates";
import { pagination, SEARCH_MAX_QUERY, searchQuery, type SearchForm as Form } from "@/lib/domain/reader-search";
import type { SearchHit } from "@/lib/server/site/search";
import { plainHeadline } from "@/lib/domain/reader-seo";
import { highlight } from "@/lib/domain/search-snippet";
import { format, messages } from "@/lib/i18n";
import { route } from "./links";

const reader = messages.reader;

const t = reader.search;

const field = "mt-1 block h-11 w-full rounded-md border border-stone-400 bg-white px-3 text-base text-stone-900";

export function SearchForm({ form, publications }: { form: Form; publications: { slug: string; name: string }[] }) {
  return (
    <form action="/search" method="get" className="mt-4 grid gap-4 rounded-md border border-stone-300 bg-white p-4 sm:grid-cols-2" data-testid="search-form">
      <div className="sm:col-span-2">
        <label htmlFor="search-q" className="font-bold text-stone-900">
          {t.query}
        </label>
        <input id="search-q" type="search" name="q" defaultValue={form.q} maxLength={SEARCH_MAX_QUERY} aria-describedby="search-q-hint" enterKeyHint="search" className={field} />
        <p id="search-q-hint" className="mt-1 text-sm text-stone-700">
          {t.queryHint}
        </p>
      </div>
      {publications.length > 1 && (
        <div className="sm:col-span-2">
          <label htmlFor="search-pub" className="font-bold text-stone-900">
            {t.publication}
          </label>
          <select id="search-pub" name="pub" defaultValue={form.pub ?? ""} className={field}>
            <option value="">{t.allPublications}</option>
            {publications.map((p) => (
              <option key={p.slug} value={p.slug}>
                {p.name}
              </option>
            ))}
          </select>
        </div>
      )}
      <div>
        <label htmlFor="search-from" className="font-bold text-stone-900">
          {t.from}
        </label>
        <input id="search-from" type="date" name="from" defaultValue={form.from ?? ""} className={field} />
      </div>
      <div>
        <label htmlFor="search-to" className="font-bold text-stone-900">
          {t.to}
        </label>
        <input id="search-to" type="date" name="to" defaultValue={form.to ?? ""} className={field} />
      </div>
      <div className="sm:col-span-2">
        <button type="submit" className="reader-button">
          {t.submit}
        </button>
      </div>
    </form>
  );
}

type ResultsProps = {
  form: Form;
  results: SearchHit[];
  total: number;
  /** More matches than `total` (the count stops at the deepest page served). */
  more: boolean;
  terms: string[];
  archiveHref: string | null;
};

export function SearchResults({ form, results, total, more, terms, archiveHref }: ResultsProps) {
  const pages = pagination(total, form.page);
  const pageHref = (page: number) => route(`/search?${searchQuery(form, page)}`);
  if (total === 0) {
    return (
      <section aria-labelledby="search-results-title" className="mt-8" data-testid="search-empty">
        <h2 id="search-results-title" className="font-serif text-xl font-bold text-stone-900">
          {format(t.nothingFound, { q: form.q })}
        </h2>
        <p className="mt-3 text-stone-800">{t.suggestions}</p>
        <ul className="mt-1 list-disc space-y-1 pl-6 text-stone-800">
          <li>{t.suggestFewerWords}</li>
          <li>{t.suggestShorter}</li>
          {(form.from || form.to) && <li>{t.suggestDates}</li>}
          <li>
            {archiveHref ? (
              <Link href={route(archiveHref)} className="text-brand-700 underline underline-offset-4">
                {t.suggestArchive}
              </Link>
            ) : (
              t.suggestArchive
            )}
          </li>
        </ul>
      </section>
    );
  }
  return (
    <section aria-labelledby="search-results-title" className="mt-8">
      <h2 id="search-results-title" className="sr-only">
        {t.results}
      </h2>
      <p className="text-stone-800" data-testid="search-count">
        {format(pages.pageCount > 1 ? (more ? t.countPageMore : t.countPage) : t.count, { total, page: form.page, pages: pages.pageCount })}
      </p>
      <ol className="mt-2 divide-y divide-stone-300" data-testid="search-results">
        {results.map((result) => (
          <li key={result.id} className="py-4">
            <h3 className="font-serif text-lg leading-snug font-bold">
              <Link href={route(result.url)} className="reader-search-hit text-stone-900 underline-offset-4 hover:text-brand-700 hover:underline" data-testid="search-result-link">
                <span dangerouslySetInnerHTML={{ __html: highlight(plainHeadline(result.headline), terms) }} />
              </Link>
            </h3>
            <p className="reader-search-hit mt-1 leading-7 text-stone-800" dangerouslySetInnerHTML={{ __html: result.snippet }} />
            <p className="mt-1 text-sm text-stone-700">
              {format(t.resultMeta, { paper: result.publication.name, date: formatChineseDate(result.date), page: pageNumberLabel(result.pageNumber) })}
            </p>
          </li>
        ))}
      </ol>
      {pages.pageCount > 1 && (
        <nav aria-label={t.pagination} className="mt-6" data-testid="search-pagination">
          <ul className="flex flex-wrap items-center gap-2">
            {pages.previous && (
              <li>
                <Link href={pageHref(pages.previous)} rel="prev" className="reader-button reader-button--quiet">
                  {t.previous}
                </Link>
              </li>
            )}
            {pages.items.map((item, index) =>
              item === "gap" ? (
                <li key={`gap-${index}`} aria-hidden="true" className="px-1 text-stone-700">
                  …
                </li>
              ) : (
                <li key={item}>
                  <Link
                    href={pageHref(item)}
                    aria-current={item === form.page ? "page" : undefined}
                    aria-label={format(t.pageLink, { page: item })}
                    className={item === form.page ? "reader-button" : "reader-button reader-button--quiet"}
                  >
                    {item}
                  </Link>
                </li>
              ),
            )}
            {pages.next && (
              <li>
                <Link href={pageHref(pages.next)} rel="next" className="reader-button reader-button--quiet">
                  {t.next}
                </Link>
              </li>
            )}
          </ul>
        </nav>
      )}
    </section>
  );
}
