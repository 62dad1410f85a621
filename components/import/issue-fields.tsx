"use client";
// 期次 and 版面 of the draft, and where they would land (an existing issue, or a new one).
import { pageNumberLabel } from "@/lib/domain/dates";
import type { ImportDraft } from "@/lib/domain/import/draft";
import { messages, format } from "@/lib/i18n";
import type { ImportTarget } from "@/lib/server/import/types";
import { NumberField, TextField } from "./fields";

const importUi = messages.importUi;

const t = importUi.review;

interface Props {
  issue: ImportDraft["issue"];
  page: ImportDraft["page"];
  onIssue(issue: ImportDraft["issue"]): void;
  onPage(page: ImportDraft["page"]): void;
  problems: Map<string, string[]>;
  target: ImportTarget;
  /** The issue and page fields changed since the target was computed. */
  targetStale: boolean;
}

const pagesLabel = (pages: number[]) => pages.map((page) => format(t.pageLabel, { page: pageNumberLabel(page) })).join("、");

function TargetLine({ target, pageNumber, stale }: { target: ImportTarget; pageNumber: number | null; stale: boolean }) {
  const { issue } = target;
  const taken = issue && pageNumber !== null && issue.pages.includes(pageNumber);
  const refused = issue && !issue.imported;
  return (
    <div data-testid="import-target" className={`rounded-md px-3 py-2 text-sm ${refused || taken ? "bg-brand-50 text-brand-800" : "bg-stone-100 text-stone-800"}`}>
      <p className="font-medium">
        {!issue
          ? t.targetNew
          : issue.pages.length > 0
            ? format(t.targetExisting, { label: issue.label, pages: pagesLabel(issue.pages) })
            : format(t.targetExistingEmpty, { label: issue.label })}
      </p>
      {refused && <p className="mt-0.5">{t.targetNotImported}</p>}
      {!refused && taken && <p className="mt-0.5">{format(t.targetPageTaken, { page: pageNumberLabel(pageNumber) })}</p>}
      {stale && <p className="mt-0.5 text-xs text-stone-500">{t.targetStale}</p>}
    </div>
  );
}

export function IssueFields({ issue, page, onIssue, onPage, problems, target, targetStale }: Props) {
  return (
    <div className="space-y-5">
      <fieldset className="rounded-lg border border-stone-200 bg-white p-4 shadow-sm sm:p-5">
        <legend className="px-1 text-sm font-semibold text-stone-500">{t.issueTitle}</legend>
        <div className="grid grid-cols-2 gap-3 sm:grid-cols-4">
          <TextField type="date" label={t.date} path="issue.date" value={issue.date} onChange={(date) => onIssue({ ...issue, date })} problems={problems.get("issue.date")} className="col-span-2 sm:col-span-1" />
          <NumberField label={t.number} path="issue.number" value={issue.number} max={999} prefix="第" suffix="期" onChange={(number) => onIssue({ ...issue, number })} problems={problems.get("issue.number")} />
          <NumberField label={t.totalNumber} path="issue.totalNumber" value={issue.totalNumber} max={99_999} prefix="总第" suffix="期" onChange={(totalNumber) => onIssue({ ...issue, totalNumber })} problems={problems.get("issue.totalNumber")} />
          <TextField label={t.lunarDate} path="issue.lunarDate" maxLength={20} value={issue.lunarDate} onChange={(lunarDate) => onIssue({ ...issue, lunarDate })} problems={problems.get("issue.lunarDate")} className="col-span-2 sm:col-span-1" />
        </div>
      </fieldset>

      <fieldset className="rounded-lg border border-stone-200 bg-white p-4 shadow-sm sm:p-5">
        <legend className="px-1 text-sm font-semibold text-stone-500">{t.pageTitle}</legend>
        <div className="grid grid-cols-2 gap-3 sm:grid-cols-5">
          <NumberField label={t.pageNumber} path="page.number" value={page.number} max={99} prefix="第" suffix="版" onChange={(number) => onPage({ ...page, number })} problems={problems.get("page.number")} />
          <TextField label={t.pageName} path="page.name" maxLength={20} value={page.name} placeholder={format(t.pageNamePlaceholder, { name: target.defaultPageName })} onChange={(name) => onPage({ ...page, name })} problems={problems.get("page.name")} />
          <TextField label={t.pageEditor} path="page.pageEditor" maxLength={20} value={page.pageEditor} onChange={(pageEditor) => onPage({ ...page, pageEditor })} problems={problems.get("page.pageEditor")} />
          <TextField label={t.layout} path="page.layout" maxLength={20} value={page.layout} onChange={(layout) => onPage({ ...page, layout })} problems={problems.get("page.layout")} />
          <TextField label={t.proofreader} path="page.proofreader" maxLength={20} value={page.proofreader} onChange={(proofreader) => onPage({ ...page, proofreader })} problems={problems.get("page.proofreader")} className="col-span-2 sm:col-span-1" />
        </div>
        <div className="mt-4">
          <TargetLine target={target} pageNumber={page.number} stale={targetStale} />
        </div>
      </fieldset>
    </div>
  );
}
