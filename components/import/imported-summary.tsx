// Where an imported batch landed: links to the desk issue, its page and the reader site.
import type { Route } from "next";
import Link from "next/link";
import { formatDeskTime } from "@/components/desk/desk-time";
import { pageNumberLabel } from "@/lib/domain/dates";
import { messages, format } from "@/lib/i18n";
import type { ImportBatchView } from "@/lib/server/import/types";
import { UndoImport } from "./undo-import";

const importUi = messages.importUi;

const t = importUi.imported;

/** 2019-03-06 第5期 · 总第100期 · 02版, from the draft as it was confirmed. */
export function landedLabel(batch: ImportBatchView): string {
  const { issue } = batch.draft;
  const page = batch.landed?.pageNumber ?? batch.draft.page.number;
  return [issue.date, issue.number && `第${issue.number}期`, issue.totalNumber && `总第${issue.totalNumber}期`, page && `${pageNumberLabel(page)}版`].filter(Boolean).join(" ");
}

export function ImportedSummary({ batch, canUndo }: { batch: ImportBatchView; canUndo: boolean }) {
  const landed = batch.landed;
  const time = batch.importedAt ? formatDeskTime(new Date(batch.importedAt)) : "";
  return (
    <section data-testid="import-landed" className="rounded-lg border border-emerald-200 bg-white p-4 shadow-sm sm:p-5">
      <div className="flex flex-wrap items-start justify-between gap-4">
        <div className="min-w-0">
          <p className="font-serif text-lg font-bold text-stone-900">{format(t.landed, { publication: batch.publication.name, label: landedLabel(batch) })}</p>
          <p className="mt-1 text-sm text-stone-500">{batch.createdBy ? format(t.landedAt, { name: batch.createdBy, time }) : format(t.landedAtCli, { time })}</p>
          {landed && (
            <p className="mt-3 flex flex-wrap gap-x-5 gap-y-2 text-sm">
              <Link href={`/desk/issues/${landed.issueId}` as Route} className="font-medium text-brand-700 hover:underline">{t.openIssue} →</Link>
              <Link href={`/desk/issues/${landed.issueId}/pages/${landed.pageNumber}` as Route} className="font-medium text-brand-700 hover:underline">
                {format(t.openPage, { page: pageNumberLabel(landed.pageNumber) })} →
              </Link>
              {landed.readerUrl && <a href={landed.readerUrl} className="font-medium text-brand-700 hover:underline">{t.openReader} →</a>}
            </p>
          )}
        </div>
        {canUndo && <UndoImport batchId={batch.id} />}
      </div>
    </section>
  );
}
