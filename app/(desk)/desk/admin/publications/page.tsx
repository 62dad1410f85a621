import type { Metadata, Route } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { formatDeskTime } from "@/components/desk/desk-time";
import { can } from "@/lib/domain/permissions";
import { format, messages } from "@/lib/i18n";
import { listPublications } from "@/lib/server/admin/list-publications";
import { requireSessionUser } from "@/lib/server/auth/session";

const t = messages.admin.publications;

export const metadata: Metadata = { title: t.title };

export default async function PublicationsPage() {
  const user = await requireSessionUser("/desk/admin/publications");
  if (!can(user.roles, "admin.publications")) notFound();
  const publications = await listPublications();

  return (
    <div className="space-y-4">
      <p className="max-w-3xl text-sm leading-relaxed text-stone-600">{t.intro}</p>
      <ul data-testid="publication-list" className="grid gap-4 md:grid-cols-2">
        {publications.map(({ id, slug, updatedAt, settings }) => (
          <li key={id} data-publication={slug}>
            <Link href={`/desk/admin/publications/${id}` as Route} className="group block h-full rounded-lg border border-stone-200 bg-white p-5 shadow-sm transition hover:border-brand-200 hover:shadow-md">
              <div className="flex items-start justify-between gap-3">
                <div className="min-w-0">
                  <h2 className="font-serif text-xl font-bold text-stone-900 group-hover:text-brand-700">《{settings.name}》</h2>
                  {settings.registrationLine && <p className="mt-1 text-xs text-stone-500 [overflow-wrap:anywhere]">{settings.registrationLine}</p>}
                </div>
                <span className="shrink-0 rounded-md border border-stone-300 px-3 py-1 text-sm font-medium text-stone-700 group-hover:border-brand-200 group-hover:text-brand-700">{t.edit}</span>
              </div>
              <dl className="mt-4 grid grid-cols-2 gap-x-4 gap-y-2 text-sm sm:grid-cols-4">
                <div><dt className="text-xs text-stone-500">{t.columns.dateline}</dt><dd className="font-medium text-stone-800">{settings.dateline}</dd></div>
                <div><dt className="text-xs text-stone-500">{t.columns.rounds}</dt><dd className="font-medium text-stone-800">{format(t.rounds, { count: settings.proofRounds })}</dd></div>
                <div><dt className="text-xs text-stone-500">{t.columns.pages}</dt><dd className="font-medium text-stone-800">{format(t.pages, { count: settings.pageTemplate.length })}</dd></div>
                <div><dt className="text-xs text-stone-500">{t.columns.circulation}</dt><dd className="font-medium text-stone-800">{settings.internalCirculation ? t.internal : t.public}</dd></div>
              </dl>
              {settings.pageTemplate.length > 0 && (
                <p className="mt-3 text-xs text-stone-500">
                  {settings.pageTemplate.map((page) => `${String(page.number).padStart(2, "0")} ${page.name}`).join(" · ")}
                </p>
              )}
              <p className="mt-3 text-xs text-stone-400">{format(t.updatedAt, { time: formatDeskTime(updatedAt) })}</p>
            </Link>
          </li>
        ))}
      </ul>
    </div>
  );
}
