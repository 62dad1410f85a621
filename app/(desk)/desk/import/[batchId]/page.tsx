import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { formatDeskTime } from "@/components/desk/desk-time";
import { ArticleDigest } from "@/components/import/article-digest";
import { BatchStatus } from "@/components/import/batch-status";
import { ImportedSummary } from "@/components/import/imported-summary";
import { MastheadPanel } from "@/components/import/masthead-panel";
import { ReviewForm } from "@/components/import/review-form";
import { WarningList } from "@/components/import/warning-list";
import { can } from "@/lib/domain/permissions";
import { messages, format } from "@/lib/i18n";
import { requireSessionUser } from "@/lib/server/auth/session";
import { getImportBatch } from "@/lib/server/import/batches";

const importUi = messages.importUi;

const t = importUi.review;

export const metadata: Metadata = { title: importUi.title };

export default async function ImportBatchPage({ params }: { params: Promise<{ batchId: string }> }) {
  const { batchId } = await params;
  const user = await requireSessionUser(`/desk/import/${batchId}`);
  if (!can(user.roles, "import.run")) notFound();
  const batch = await getImportBatch(batchId);
  if (!batch) notFound();

  const time = formatDeskTime(new Date(batch.createdAt));
  const publication = `《${batch.publication.name}》`;

  return (
    <div className="space-y-6" data-batch-status={batch.status}>
      <header>
        <Link href="/desk/import" className="text-sm text-stone-500 hover:text-brand-700">← {t.back}</Link>
        <div className="mt-2 flex flex-wrap items-center gap-3">
          <h1 className="min-w-0 font-serif text-2xl font-bold text-stone-900 [overflow-wrap:anywhere] sm:text-3xl">{format(batch.status === "pending" ? t.heading : t.headingSettled, { file: batch.fileName })}</h1>
          <BatchStatus status={batch.status} />
        </div>
        <p className="mt-1 text-sm text-stone-500">
          {batch.createdBy ? format(t.uploaded, { publication, name: batch.createdBy, time }) : format(t.uploadedByCli, { publication, time })}
        </p>
      </header>

      {batch.status === "pending" && (
        <>
          <WarningList warnings={batch.warnings} />
          <ReviewForm batchId={batch.id} draft={batch.draft} target={batch.target} problems={batch.problems} aside={<MastheadPanel masthead={batch.masthead} />} />
        </>
      )}

      {batch.status === "imported" && (
        <>
          <ImportedSummary batch={batch} canUndo />
          <WarningList warnings={batch.warnings} />
          <ArticleDigest articles={batch.draft.articles} />
        </>
      )}

      {batch.status === "undone" && (
        <>
          <section data-testid="import-undone" className="rounded-lg border border-stone-200 bg-stone-100 px-4 py-3 sm:px-5">
            <h2 className="font-semibold text-stone-800">{importUi.undone.title}</h2>
            <p className="mt-1 text-sm text-stone-600">
              {batch.undoneBy
                ? format(importUi.undone.bodyBy, { name: batch.undoneBy, time: batch.undoneAt ? formatDeskTime(new Date(batch.undoneAt)) : "" })
                : format(importUi.undone.body, { time: batch.undoneAt ? formatDeskTime(new Date(batch.undoneAt)) : "" })}
            </p>
          </section>
          <WarningList warnings={batch.warnings} />
          <ArticleDigest articles={batch.draft.articles} />
        </>
      )}
    </div>
  );
}
