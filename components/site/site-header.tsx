// The reader site's bar: the site's name (home), 往期回顾, the other papers
// of the centre, and a search box. A plain GET form: it works without script.
import { ReaderLink as Link } from "./reader-link";
import { readerUrls } from "@/lib/domain/reader-urls";
import { format, messages } from "@/lib/i18n";
import { route } from "./links";

const reader = messages.reader;

type Props = {
  /** The default publication: the home page shows its latest issue. */
  home: { slug: string; name: string } | null;
  publications: { slug: string; name: string }[];
};

const t = reader.site;

export function SiteHeader({ home, publications }: Props) {
  const others = publications.filter((p) => p.slug !== home?.slug);
  return (
    <header className="reader-chrome border-b border-stone-300 bg-white">
      <div className="mx-auto flex max-w-7xl flex-wrap items-center gap-x-6 gap-y-2 px-4 py-2 sm:px-6">
        <Link href="/" className="reader-link-block font-serif text-xl font-bold tracking-wider text-brand-600">
          {home ? format(t.name, { name: home.name }) : t.fallbackName}
        </Link>
        <nav aria-label={t.mainNav} className="ml-auto sm:ml-0">
          <ul className="flex flex-wrap gap-x-1 text-[0.9375rem]">
            {home && (
              <li>
                <Link href={route(readerUrls.archive(home.slug))} className="reader-link-block text-stone-800 hover:text-brand-700">
                  {t.archive}
                </Link>
              </li>
            )}
            {others.map((p) => (
              <li key={p.slug}>
                <Link href={route(readerUrls.publication(p.slug))} className="reader-link-block text-stone-800 hover:text-brand-700">
                  {p.name}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
        <form role="search" aria-label={t.searchLabel} action="/search" method="get" className="flex w-full min-w-0 sm:ml-auto sm:w-auto">
          <label htmlFor="site-search" className="sr-only">
            {t.searchLabel}
          </label>
          <input
            id="site-search"
            type="search"
            name="q"
            placeholder={t.searchPlaceholder}
            enterKeyHint="search"
            className="h-10 min-w-0 flex-1 rounded-l-md border border-stone-400 bg-white px-3 text-base text-stone-900 placeholder:text-stone-600 sm:w-56"
          />
          <button type="submit" className="h-10 rounded-r-md bg-brand-600 px-4 text-base font-medium text-white hover:bg-brand-700">
            {t.searchButton}
          </button>
        </form>
      </div>
    </header>
  );
}
