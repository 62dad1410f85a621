import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { IssueQualityTable } from "@/components/quality/issue-quality-table";
import { ProofreaderTable } from "@/components/quality/proofreader-table";
import { QualityPeriodForm } from "@/components/quality/quality-period-form";
import { QualitySummary } from "@/components/quality/quality-summary";
import { PageTitle } from "@/components/desk/page-title";
import { can } from "@/lib/domain/permissions";
import { qualityPeriod } from "@/lib/domain/quality";
import { messages } from "@/lib/i18n";
import { requireSessionUser } from "@/lib/server/auth/session";
import { getQualityReport, latestProofreadIssueDate } from "@/lib/server/quality/quality-report";

const t = messages.quality;

export const metadata: Metadata = { title: t.title };

export default async function QualityPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const user = await requireSessionUser("/desk/quality");
  // Not found rather than forbidden: the report's existence is no business of other roles.
  if (!can(user.roles, "stats.view")) notFound();
  const query = await searchParams;
  const period = qualityPeriod(query, (await latestProofreadIssueDate()) ?? new Date());
  const report = await getQualityReport(user, period);
  const publications = new Set(report.issues.map((issue) => issue.publicationName));

  return (
    <div className="space-y-8">
      <PageTitle title={t.title} intro={t.intro} />

      <QualityPeriodForm period={period} custom={query.from !== undefined || query.to !== undefined} />
      <QualitySummary summary={report.summary} />

      <section aria-labelledby="quality-issues" className="space-y-3">
        <h2 id="quality-issues" className="text-sm font-semibold tracking-wide text-stone-500">{t.issues.title}</h2>
        {report.issues.length > 0 ? (
          <IssueQualityTable issues={report.issues} showPublication={publications.size > 1} />
        ) : (
          <p className="rounded-lg border border-dashed border-stone-300 bg-white px-4 py-6 text-center text-sm text-stone-500">{t.issues.empty}</p>
        )}
      </section>

      <section aria-labelledby="quality-proofreaders" className="space-y-3">
        <div>
          <h2 id="quality-proofreaders" className="text-sm font-semibold tracking-wide text-stone-500">{t.proofreaders.title}</h2>
          <p className="mt-1 text-xs text-stone-500">{t.proofreaders.intro}</p>
        </div>
        {report.proofreaders.length > 0 ? (
          <ProofreaderTable proofreaders={report.proofreaders} />
        ) : (
          <p className="rounded-lg border border-dashed border-stone-300 bg-white px-4 py-6 text-center text-sm text-stone-500">{t.proofreaders.empty}</p>
        )}
      </section>
    </div>
  );
}
