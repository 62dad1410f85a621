import Link from "next/link";
import { Masthead } from "@/components/site/masthead";
import { pageNumberLabel } from "@/lib/domain/dates";
import { format, messages } from "@/lib/i18n";
import { loadFrontPage } from "@/lib/server/site/front-page";

export default async function SiteFront() {
  const front = await loadFrontPage();
  const t = messages.site;
  return (
    <div className="mx-auto max-w-5xl px-4 py-6 sm:px-8 sm:py-10">
      {front ? (
        <Masthead publication={front.publication} issue={front.issue} />
      ) : (
        <p className="font-serif text-5xl font-black text-brand-600">{messages.app.name}</p>
      )}

      {front?.issue ? (
        <div className="mt-8 grid gap-8 md:grid-cols-[12rem_1fr]">
          <nav aria-label={t.pages}>
            <h2 className="text-sm font-semibold text-stone-500">{t.pages}</h2>
            <ol className="mt-3 space-y-1">
              {front.issue.pages.map((page) => (
                <li key={page.id}>
                  <a href={`#page-${page.number}`} className="flex gap-3 rounded px-2 py-1.5 hover:bg-brand-50 hover:text-brand-700">
                    <span className="font-semibold tabular-nums text-brand-600">{pageNumberLabel(page.number)}</span>
                    <span>{page.name}</span>
                  </a>
                </li>
              ))}
            </ol>
          </nav>
          <div className="space-y-10">
            {front.issue.pages.map((page) => (
              <section key={page.id} id={`page-${page.number}`} aria-labelledby={`page-${page.number}-title`}>
                <h2 id={`page-${page.number}-title`} className="border-b border-stone-300 pb-2 text-sm font-semibold text-stone-600">
                  {format(t.pageLabel, { number: pageNumberLabel(page.number) })} · {page.name}
                </h2>
                <ul className="mt-3 divide-y divide-stone-200">
                  {page.placements.map(({ article }) => (
                    <li key={article.id} className="py-3">
                      {article.kicker && <p className="text-sm text-stone-500">{article.kicker}</p>}
                      <p className="font-serif text-xl font-bold leading-snug text-stone-900">{article.headline}</p>
                      {article.subheadline && <p className="mt-0.5 text-stone-600">{article.subheadline}</p>}
                    </li>
                  ))}
                </ul>
              </section>
            ))}
          </div>
        </div>
      ) : (
        <div className="mt-16 text-center">
          <p className="font-serif text-2xl text-stone-800">{t.noIssue}</p>
          <p className="mt-2 text-stone-500">{t.noIssueHint}</p>
        </div>
      )}

      <footer className="mt-16 flex flex-wrap items-center justify-between gap-2 border-t border-stone-300 pt-4 text-xs text-stone-500">
        <span>{format(t.footer, { name: front?.publication.name ?? messages.app.name })}</span>
        <Link href="/login" className="hover:text-brand-700">{t.staffLink}</Link>
      </footer>
    </div>
  );
}
