import { messages } from "@/lib/i18n";
import type { ImportBatchStatus } from "@/lib/server/import/types";

const importUi = messages.importUi;

const tone: Record<ImportBatchStatus, string> = {
  pending: "bg-amber-100 text-amber-900",
  imported: "bg-emerald-100 text-emerald-900",
  undone: "bg-stone-200 text-stone-700",
};

/** 待确认 / 已导入 / 已撤销 */
export function BatchStatus({ status }: { status: ImportBatchStatus }) {
  return (
    <span data-status={status} className={`inline-flex shrink-0 items-center rounded-full px-2 py-0.5 text-xs font-medium ${tone[status]}`}>
      {importUi.statuses[status]}
    </span>
  );
}
