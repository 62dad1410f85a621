// /search?q=&pub=&from=&to=&page=: search the articles readers can see.
// Rendered per request; result pages are kept out of search engines' indexes.
import type { Metadata } from "next";
import { SearchForm, SearchResults } from "@/components/site/search-view";
import { parseSearchForm, SEARCH_MAX_QUERY, SEARCH_PAGE_SIZE } from "@/lib/domain/reader-search";
import { parseIssueDate, readerUrls } from "@/lib/domain/reader-urls";
import { format, messages } from "@/lib/i18n";
import { searchArticles } from "@/lib/server/site/search";
import { getDefaultPublication, getPublications } from "../reader-data";
import { siteName } from "../reader-metadata";

const reader = messages.reader;

const t = reader.search;

// Per request, layout included: results depend on the query, and the build has no database.
export const dynamic = "force-dynamic";

export async function generateMetadata({ searchParams }: PageProps<"/search">): Promise<Metadata> {
  const form = parseSearchForm(await searchParams);
  const home = await getDefaultPublication();
  const site = home ? siteName(home.name) : reader.site.fallbackName;
  return {
    title: { absolute: form.q ? format(t.resultsTitle, { q: form.q, site }) : format(t.metaTitle, { site }) },
    description: t.description,
    alternates: { canonical: "/search" },
    robots: { index: false, follow: true },
  };
}

export default async function Search({ searchParams }: PageProps<"/search">) {
  const form = parseSearchForm(await searchParams);
  const [publications, home] = await Promise.all([getPublications(), getDefaultPublication()]);
  const pub = form.pub && publications.some((p) => p.slug === form.pub) ? form.pub : null;
  const found = form.q
    ? await searchArticles({
        q: form.q,
        pub,
        from: form.from ? parseIssueDate(form.from) : null,
        to: form.to ? parseIssueDate(form.to) : null,
        limit: SEARCH_PAGE_SIZE,
        offset: (form.page - 1) * SEARCH_PAGE_SIZE,
      })
    : null;
  const archivePub = pub ?? home?.slug;
  return (
    <div className="mx-auto max-w-3xl px-4 py-8 sm:px-6">
      <h1 className="font-serif text-3xl font-bold text-stone-900">{t.heading}</h1>
      <SearchForm form={{ ...form, pub }} publications={publications} />
      {form.problems.length > 0 && (
        <ul className="mt-4 space-y-1 rounded-md border border-amber-500 bg-amber-50 px-4 py-3 text-stone-900" data-testid="search-problems">
          {form.problems.map((problem) => (
            <li key={problem}>{format(t[problem], { max: SEARCH_MAX_QUERY })}</li>
          ))}
        </ul>
      )}
      {found ? (
        <SearchResults form={{ ...form, pub }} results={found.results} total={found.total} more={found.more} terms={found.terms} archiveHref={archivePub ? readerUrls.archive(archivePub) : null} />
      ) : (
        <p className="mt-8 text-stone-700">{t.noQuery}</p>
      )}
    </div>
  );
}
