import type { Metadata } from "next";
import Link from "next/link";
import { PlanIssueForm } from "@/components/issues/plan-issue-form";
import { formatChineseDate } from "@/lib/domain/dates";
import { can } from "@/lib/domain/permissions";
import { displayStatus } from "@/lib/domain/publishing";
import { format, messages } from "@/lib/i18n";
import { requireSessionUser } from "@/lib/server/auth/session";
import { listIssues } from "@/lib/server/composition/issues";
import { previewIssue, type TemplatePage } from "@/lib/server/composition/plan-issue";

const t = messages.issues;

export const metadata: Metadata = { title: t.title };

function nextWeek(from: Date | undefined) {
  const base = from ? new Date(from.getTime() + 7 * 86_400_000) : new Date();
  return base.toISOString().slice(0, 10);
}

export default async function IssuesPage() {
  const user = await requireSessionUser("/desk/issues");
  const listed = await listIssues();
  if (!listed) return <p className="text-stone-600">{t.list.empty}</p>;
  const { publication, issues } = listed;
  const now = new Date();
  const canPlan = can(user.roles, "issue.plan");
  const defaultDate = nextWeek(issues[0]?.date);
  const preview = canPlan ? await previewIssue(publication.id, new Date(`${defaultDate}T00:00:00Z`)) : null;

  return (
    <div className="grid gap-8 lg:grid-cols-[minmax(0,1fr)_24rem]">
      <section aria-labelledby="issues-title">
        <h1 id="issues-title" className="text-2xl font-semibold text-stone-900">{t.title}</h1>
        <p className="mt-1 text-sm text-stone-500">《{publication.name}》</p>
        {issues.length === 0 ? (
          <p className="mt-6 text-stone-600">{t.list.empty}</p>
        ) : (
          <ul className="mt-6 divide-y divide-stone-200 rounded-lg border border-stone-200 bg-white">
            {issues.map((issue) => (
              <li key={issue.id}>
                <Link href={`/desk/issues/${issue.id}` as "/desk"} className="flex flex-wrap items-center justify-between gap-3 px-4 py-3 hover:bg-stone-50">
                  <span>
                    <span className="font-serif text-lg font-bold text-stone-900">{format(t.list.issue, { number: issue.number, total: issue.totalNumber })}</span>
                    <span className="ml-3 text-sm text-stone-600">{formatChineseDate(issue.date)} · {issue.lunarDate}</span>
                  </span>
                  <span className="flex items-center gap-3 text-sm text-stone-500">
                    <span>{format(t.list.pages, { count: issue.pageCount })}</span>
                    <span className="rounded-full bg-stone-100 px-2 py-0.5 text-xs text-stone-700">{t.statuses[displayStatus(issue, now)]}</span>
                    {issue.imported && <span className="rounded-full border border-stone-300 px-2 py-0.5 text-xs text-stone-600">{t.list.imported}</span>}
                  </span>
                </Link>
              </li>
            ))}
          </ul>
        )}
      </section>
      {canPlan && preview && (
        <PlanIssueForm
          publicationId={publication.id}
          defaultDate={defaultDate}
          initial={{ numbers: preview.numbers, lunarDate: preview.lunarDate }}
          previous={preview.previous ? { ...preview.previous, date: preview.previous.date.toISOString().slice(0, 10) } : null}
          template={(publication.pageTemplate as unknown as TemplatePage[]).map((p) => p.name)}
        />
      )}
    </div>
  );
}
