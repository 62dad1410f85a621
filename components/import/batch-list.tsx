// 导入记录: the latest batches first, each linking to its review or summary.
import type { Route } from "next";
import Link from "next/link";
import { formatDeskTime } from "@/components/desk/desk-time";
import { messages, format } from "@/lib/i18n";
import type { ImportBatchRow } from "@/lib/server/import/types";
import { BatchStatus } from "./batch-status";

const importUi = messages.importUi;

const t = importUi.list;

export function BatchList({ batches }: { batches: ImportBatchRow[] }) {
  if (batches.length === 0) {
    return <p className="rounded-lg border border-dashed border-stone-300 bg-white px-4 py-6 text-center text-sm text-stone-500">{t.empty}</p>;
  }
  return (
    <ul data-testid="import-batches" className="divide-y divide-stone-200 rounded-lg border border-stone-200 bg-white">
      {batches.map((batch) => {
        const time = formatDeskTime(new Date(batch.createdAt));
        return (
          <li key={batch.id} data-batch={batch.id}>
            <Link href={`/desk/import/${batch.id}` as Route} className="block px-4 py-3 hover:bg-stone-50">
              <div className="flex flex-wrap items-center gap-x-3 gap-y-1">
                <BatchStatus status={batch.status} />
                <span className="font-medium text-stone-900 [overflow-wrap:anywhere]">{batch.fileName}</span>
                <span className="text-sm text-stone-500">《{batch.publicationName}》</span>
              </div>
              <div className="mt-1 flex flex-wrap items-center gap-x-4 gap-y-1 text-sm text-stone-600">
                <span className="font-medium text-stone-800">{batch.label || t.unlabelled}</span>
                <span>{format(t.articles, { count: batch.articles })}</span>
                <span className={batch.warnings > 0 ? "text-amber-800" : "text-stone-400"}>
                  {batch.warnings > 0 ? format(t.warnings, { count: batch.warnings }) : t.noWarnings}
                </span>
                <span className="text-stone-500">{batch.createdBy ? format(t.by, { name: batch.createdBy, time }) : format(t.byUnknown, { time })}</span>
              </div>
            </Link>
          </li>
        );
      })}
    </ul>
  );
}
