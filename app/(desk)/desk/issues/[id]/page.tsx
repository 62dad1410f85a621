import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { IssueCorrections } from "@/components/corrections/issue-corrections";
import { EditPagesForm } from "@/components/issues/edit-pages-form";
import { PublishPanel } from "@/components/issues/publish-panel";
import { roundName } from "@/components/proof/round-name";
import { StaffAssignment } from "@/components/issues/staff-assignment";
import { formatChineseDate, pageNumberLabel } from "@/lib/domain/dates";
import { AppError } from "@/lib/domain/errors";
import { can } from "@/lib/domain/permissions";
import { displayStatus } from "@/lib/domain/publishing";
import { readerUrls } from "@/lib/domain/reader-urls";
import { format, messages } from "@/lib/i18n";
import { requireSessionUser } from "@/lib/server/auth/session";
import { getIssueOverview } from "@/lib/server/composition/issues";
import { correctionsListedIn } from "@/lib/server/corrections/corrections";

const t = messages.issues;

export const metadata: Metadata = { title: t.title };

export default async function IssuePage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const user = await requireSessionUser(`/desk/issues/${id}`);
  const overview = await getIssueOverview(user, id).catch((error) => {
    if (error instanceof AppError && error.code === "notFound") notFound();
    throw error;
  });
  const { issue, pages, staffChoices } = overview;
  const corrections = await correctionsListedIn(issue.id);
  const signed = pages.filter((p) => p.signedAt).length;
  const status = displayStatus(issue, new Date());
  const canAssign = can(user.roles, "page.assignStaff");
  const canPlan = can(user.roles, "issue.plan");

  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-end justify-between gap-4">
        <div>
          <Link href="/desk/issues" className="text-sm text-stone-500 hover:text-brand-700">← {t.overview.back}</Link>
          <h1 className="mt-2 font-serif text-3xl font-black text-stone-900">
            《{issue.publication.name}》{format(t.list.issue, { number: issue.number, total: issue.totalNumber })}
          </h1>
          <p className="mt-1 text-stone-600">
            {formatChineseDate(issue.date)} · 农历{issue.lunarDate} · {t.statuses[status]}
            {pages.length > 0 && <span data-testid="signed-count"> · {format(t.overview.signedCount, { signed, total: pages.length })}</span>}
          </p>
          {issue.status === "locked" && (
            <p data-testid="issue-locked" className="mt-2 rounded-md bg-emerald-50 px-3 py-1.5 text-sm font-medium text-emerald-800">{t.overview.locked}</p>
          )}
          {issue.imported && (
            <p data-testid="issue-imported" className="mt-2 rounded-md bg-stone-100 px-3 py-1.5 text-sm text-stone-700">
              {t.overview.imported}
              {issue.importBatchId && (
                <Link href={`/desk/import/${issue.importBatchId}`} className="ml-2 font-medium text-brand-700 underline-offset-2 hover:underline">{t.overview.importedBatch}</Link>
              )}
            </p>
          )}
        </div>
        <a href={`/api/issues/${issue.id}/pdf`} className="rounded-md border border-stone-300 bg-white px-4 py-2 text-sm font-medium text-stone-800 hover:border-brand-500 hover:text-brand-700" download>
          {t.overview.pdfIssue}
        </a>
      </div>

      {can(user.roles, "issue.publish") && (
        <PublishPanel
          issueId={issue.id}
          status={status}
          publishAt={issue.publishAt?.toISOString() ?? null}
          withdrawnAt={issue.withdrawnAt?.toISOString() ?? null}
          withdrawnReason={issue.withdrawnReason}
          readerUrl={readerUrls.issue(issue.publication.slug, issue.date)}
        />
      )}

      <section aria-labelledby="pages-title">
        <div className="flex flex-wrap items-start justify-between gap-3">
          <h2 id="pages-title" className="text-sm font-semibold text-stone-500">{t.overview.pages}</h2>
          {canPlan && !pages.some((p) => p.signedAt) && <EditPagesForm key={pages.map((p) => `${p.id}${p.name}`).join()} issueId={issue.id} pages={pages.map(({ id, name }) => ({ id, name }))} />}
        </div>
        <ul className="mt-3 grid gap-4 md:grid-cols-2">
          {pages.map((page) => (
            <li key={page.id} data-page={page.number} className="rounded-lg border border-stone-200 bg-white p-4 shadow-sm">
              <div className="flex items-center justify-between gap-3">
                <h3 className="font-semibold text-stone-900">
                  <span className="mr-2 tabular-nums text-brand-700">{pageNumberLabel(page.number)}</span>
                  {page.name}
                </h3>
                <span className="text-xs text-stone-500">
                  {page.signedAt ? (
                    <span className="font-medium text-emerald-700">✓ {t.overview.signed}</span>
                  ) : (
                    <>
                      {format(t.overview.placements, { count: page.placementCount })}
                      {" · "}
                      {page.latestRound
                        ? format(t.overview.proofState[page.latestRound.phase], { round: roundName(page.latestRound) })
                        : t.overview.proofState.none}
                    </>
                  )}
                </span>
              </div>
              <StaffAssignment
                pageId={page.id}
                editable={canAssign && !page.signedAt}
                current={{ pageEditorId: page.pageEditorId, layoutId: page.layoutId, proofreaderId: page.proofreaderId }}
                names={{ pageEditor: page.pageEditor?.name ?? null, layout: page.layout?.name ?? null, proofreader: page.proofreader?.name ?? null }}
                choices={staffChoices}
              />
              <div className="mt-3 flex items-center justify-between text-sm">
                <span className="flex gap-4">
                  <Link href={`/desk/issues/${issue.id}/pages/${page.number}` as "/desk"} className="font-medium text-brand-700 hover:underline">
                    {page.canCompose ? t.overview.compose : t.overview.view} →
                  </Link>
                  <Link href={`/desk/issues/${issue.id}/pages/${page.number}/proof` as "/desk"} className="font-medium text-brand-700 hover:underline">
                    {t.overview.proof} →
                  </Link>
                </span>
                <a href={`/api/issues/${issue.id}/pdf?page=${page.number}`} className="text-stone-500 hover:text-brand-700" download>{t.overview.pdfPage}</a>
              </div>
            </li>
          ))}
        </ul>
      </section>

      <IssueCorrections corrections={corrections} articleHref={(articleId) => `/desk/articles/${articleId}`} />
    </div>
  );
}
