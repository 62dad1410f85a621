import type { Metadata, Route } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ContributorMerge } from "@/components/admin/contributor-merge";
import { can } from "@/lib/domain/permissions";
import { format, messages } from "@/lib/i18n";
import { listContributors } from "@/lib/server/admin/list-contributors";
import { requireSessionUser } from "@/lib/server/auth/session";

const t = messages.admin.contributors;

export const metadata: Metadata = { title: t.title };

export default async function ContributorsPage({ searchParams }: { searchParams: Promise<{ q?: string | string[] }> }) {
  const user = await requireSessionUser("/desk/admin/contributors");
  if (!can(user.roles, "admin.contributors")) notFound();
  const raw = (await searchParams).q;
  const q = (Array.isArray(raw) ? raw[0] : raw)?.slice(0, 40) ?? "";
  const { total, contributors } = await listContributors(q);

  return (
    <div className="space-y-4">
      <p className="max-w-3xl text-sm leading-relaxed text-stone-600">{t.intro}</p>
      <form role="search" action="/desk/admin/contributors" className="flex flex-wrap items-end gap-2">
        <label className="min-w-0 flex-1 basis-56 sm:max-w-sm">
          <span className="text-sm font-medium text-stone-700">{t.search}</span>
          <input name="q" type="search" defaultValue={q} placeholder={t.searchPlaceholder} className="mt-1 block w-full rounded-md border border-stone-300 bg-white px-3 py-2 text-sm shadow-sm outline-none focus:border-brand-500 focus:ring-2 focus:ring-brand-200" />
        </label>
        <button type="submit" className="rounded-md bg-stone-800 px-4 py-2 text-sm font-medium text-white hover:bg-stone-900">{t.searchSubmit}</button>
        {q && <Link href={"/desk/admin/contributors" as Route} className="px-2 py-2 text-sm text-stone-600 hover:text-brand-700">{t.clear}</Link>}
      </form>
      <p className="text-sm text-stone-500">{total > contributors.length ? format(t.foundMore, { count: total, shown: contributors.length }) : format(t.found, { count: total })}</p>
      {contributors.length > 0 ? (
        <ContributorMerge key={q} contributors={contributors} />
      ) : (
        <p className="rounded-lg border border-dashed border-stone-300 bg-white px-4 py-6 text-center text-sm text-stone-500">{t.empty}</p>
      )}
    </div>
  );
}
