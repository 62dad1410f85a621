"use client";
// A modal question before something that cannot be taken back (放弃, 撤销导入).
import { useEffect, useRef } from "react";

interface Props {
  open: boolean;
  title: string;
  body: string;
  confirmLabel: string;
  pendingLabel: string;
  cancelLabel: string;
  pending: boolean;
  error: string | null;
  onConfirm(): void;
  onClose(): void;
}

export function ConfirmDialog({ open, title, body, confirmLabel, pendingLabel, cancelLabel, pending, error, onConfirm, onClose }: Props) {
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) dialog.showModal();
    if (!open && dialog.open) dialog.close();
  }, [open]);

  return (
    <dialog
      ref={ref}
      aria-labelledby="confirm-dialog-title"
      onClose={onClose}
      onCancel={(event) => { if (pending) event.preventDefault(); }}
      className="m-auto w-[min(28rem,calc(100vw-2rem))] rounded-lg border border-stone-200 bg-white p-0 shadow-xl backdrop:bg-stone-900/40"
    >
      <div className="p-5">
        <h2 id="confirm-dialog-title" className="text-lg font-semibold text-stone-900">{title}</h2>
        <p className="mt-2 text-sm leading-relaxed text-stone-600">{body}</p>
        {error && <p role="alert" className="mt-3 rounded-md bg-brand-50 px-3 py-2 text-sm text-brand-800">{error}</p>}
      </div>
      <div className="flex justify-end gap-2 border-t border-stone-100 bg-stone-50 px-5 py-3">
        <button type="button" disabled={pending} onClick={onClose} className="rounded-md px-3.5 py-2 text-sm font-medium text-stone-600 hover:text-stone-900 disabled:opacity-60">
          {cancelLabel}
        </button>
        <button type="button" disabled={pending} onClick={onConfirm} className="rounded-md bg-brand-600 px-3.5 py-2 text-sm font-medium text-white hover:bg-brand-700 disabled:opacity-60">
          {pending ? pendingLabel : confirmLabel}
        </button>
      </div>
    </dialog>
  );
}
