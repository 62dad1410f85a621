import type { Metadata } from "next";
import type { Route } from "next";
import { notFound } from "next/navigation";
import { ContributorStatsTable, StatsTotalsTiles } from "@/components/stats/contributor-stats-table";
import { StatsExportLinks } from "@/components/stats/stats-export-links";
import { StatsPeriodForm } from "@/components/stats/stats-period-form";
import { PageTitle } from "@/components/desk/page-title";
import { can } from "@/lib/domain/permissions";
import { messages } from "@/lib/i18n";
import { requireSessionUser } from "@/lib/server/auth/session";
import { contributorStats } from "@/lib/server/stats/contributor-stats";
import { statsRequest } from "@/lib/server/stats/stats-request";

const t = messages.audit.stats;

export const metadata: Metadata = { title: t.title };

export default async function StatsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const user = await requireSessionUser("/desk/stats");
  if (!can(user.roles, "stats.view")) notFound();
  const request = await statsRequest(await searchParams);
  const report = await contributorStats(user, request.scope);
  const detailHref = (id: string) => `/desk/stats/contributors/${id}?${new URLSearchParams(request.query)}` as Route;

  return (
    <div className="space-y-6">
      <PageTitle title={t.title} intro={t.intro} />

      <StatsPeriodForm action="/desk/stats" period={request.period} publications={request.publications} publicationId={request.publicationId} />
      <StatsTotalsTiles totals={report.totals} />

      <section aria-labelledby="stats-contributors" className="space-y-3">
        <div className="flex flex-wrap items-end justify-between gap-3">
          <h2 id="stats-contributors" className="text-sm font-semibold tracking-wide text-stone-500">{t.table.caption}</h2>
          <StatsExportLinks query={request.exportQuery} />
        </div>
        {report.contributors.length > 0 ? (
          <ContributorStatsTable contributors={report.contributors} detailHref={detailHref} />
        ) : (
          <p className="rounded-lg border border-dashed border-stone-300 bg-white px-4 py-6 text-center text-sm text-stone-500">{t.table.empty}</p>
        )}
      </section>
    </div>
  );
}
