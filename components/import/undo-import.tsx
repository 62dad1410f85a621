"use client";
// 撤销导入: removes the page and articles a batch created, after a question.
import { useRouter } from "next/navigation";
import { useState } from "react";
import { undoImportAction } from "@/app/(desk)/desk/import/actions";
import { messages } from "@/lib/i18n";
import { ConfirmDialog } from "./confirm-dialog";

const importUi = messages.importUi;

const t = importUi.imported;

export function UndoImport({ batchId }: { batchId: string }) {
  const router = useRouter();
  const [open, setOpen] = useState(false);
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function undo() {
    setPending(true);
    setError(null);
    const result = await undoImportAction({ batchId }).catch(() => ({ serverError: { message: messages.errors.internal } }));
    setPending(false);
    if (result?.serverError || result?.validationErrors) {
      setError(result.serverError?.message ?? messages.errors.validation);
      return;
    }
    setOpen(false);
    router.refresh();
  }

  return (
    <>
      <button type="button" onClick={() => { setError(null); setOpen(true); }} className="rounded-md border border-stone-300 bg-white px-3.5 py-2 text-sm font-medium text-stone-800 hover:border-brand-500 hover:text-brand-700">
        {t.undo}
      </button>
      <ConfirmDialog
        open={open}
        title={t.undoTitle}
        body={t.undoBody}
        confirmLabel={t.undoConfirm}
        pendingLabel={t.undoing}
        cancelLabel={importUi.review.cancel}
        pending={pending}
        error={error}
        onConfirm={undo}
        onClose={() => setOpen(false)}
      />
    </>
  );
}
