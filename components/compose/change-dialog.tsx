"use client";
// 稿件已改动: what changed in the article's body since it was placed, by
// character, and 确认改动 once layout has seen it.
import { useEffect, useRef } from "react";
import { RevisionDiff } from "@/components/desk/revision-diff";
import type { DiffPart } from "@/lib/domain/text-diff";
import { format } from "@/lib/i18n";
import { t } from "./messages";

interface Props {
  headline: string;
  parts: readonly DiffPart[];
  stats: { added: number; removed: number };
  /** Null when the page is read-only. */
  onAcknowledge: (() => Promise<unknown>) | null;
  acknowledging: boolean;
  onClose(): void;
}

export function ChangeDialog({ headline, parts, stats, onAcknowledge, acknowledging, onClose }: Props) {
  const dialog = useRef<HTMLDialogElement>(null);
  // Modal while mounted; unmounting takes it off the top layer (closing it
  // here would fire `close`, and so onClose, when React re-runs the effect).
  useEffect(() => {
    if (dialog.current && !dialog.current.open) dialog.current.showModal();
  }, []);

  return (
    <dialog
      ref={dialog}
      aria-labelledby="change-dialog-title"
      onClose={onClose}
      onClick={(event) => event.target === dialog.current && onClose()}
      className="m-auto max-h-[92dvh] w-[min(48rem,calc(100vw-1.5rem))] overflow-hidden rounded-xl bg-white p-0 shadow-xl backdrop:bg-stone-900/40"
    >
      <div className="flex max-h-[92dvh] flex-col">
        <div className="border-b border-stone-200 px-5 py-4">
          <h2 id="change-dialog-title" className="text-lg font-semibold text-stone-900">
            {format(t.changed.dialogTitle, { headline })}
          </h2>
          <p className="mt-1 text-sm text-stone-600">{t.changed.dialogHint}</p>
          <p className="mt-2 text-sm font-medium tabular-nums text-orange-800">{format(t.changed.stats, stats)}</p>
        </div>
        <div className="flex-1 overflow-y-auto px-5 py-4">
          <RevisionDiff parts={parts} />
        </div>
        <div className="flex justify-end gap-2 border-t border-stone-200 px-5 py-3">
          <button type="button" onClick={onClose} className="h-9 rounded-md border border-stone-300 px-4 text-sm text-stone-700 hover:bg-stone-50">
            {t.changed.close}
          </button>
          {onAcknowledge && (
            <button
              type="button"
              disabled={acknowledging}
              onClick={async () => {
                await onAcknowledge();
                onClose();
              }}
              className="h-9 rounded-md bg-orange-600 px-4 text-sm font-medium text-white hover:bg-orange-700 disabled:opacity-60"
            >
              {acknowledging ? t.changed.acknowledging : t.changed.acknowledge}
            </button>
          )}
        </div>
      </div>
    </dialog>
  );
}
