import Link from "next/link";
import type { Route } from "next";
import { formatChineseDate, pageNumberLabel } from "@/lib/domain/dates";
import { format, messages } from "@/lib/i18n";
import type { myPages } from "@/lib/server/composition/issues";

const t = messages.issues;

/** 我的版面: pages of coming issues where the user is on the credits. */
export function MyPages({ pages }: { pages: Awaited<ReturnType<typeof myPages>> }) {
  return (
    <section aria-labelledby="my-pages">
      <h2 id="my-pages" className="text-sm font-semibold tracking-wide text-stone-500">{t.myPages.title}</h2>
      <ul className="mt-4 grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
        {pages.map((page) => (
          <li key={page.id}>
            <Link
              href={`/desk/issues/${page.issue.id}/pages/${page.number}` as Route}
              className="block rounded-lg border border-stone-200 bg-white px-4 py-3 shadow-sm hover:border-brand-500"
            >
              <span className="flex items-center justify-between">
                <span className="font-semibold text-stone-900">
                  <span className="mr-2 tabular-nums text-brand-700">{pageNumberLabel(page.number)}</span>{page.name}
                </span>
                <span className="rounded-full bg-brand-50 px-2 py-0.5 text-xs text-brand-700">{t.myPages.duty[page.duty]}</span>
              </span>
              <span className="mt-1 block text-xs text-stone-500">
                {page.issue.publication.name} · {format(t.list.issue, { number: page.issue.number, total: page.issue.totalNumber })} · {formatChineseDate(page.issue.date)}
              </span>
            </Link>
          </li>
        ))}
      </ul>
    </section>
  );
}
