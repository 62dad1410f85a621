"use client";
import { format, messages } from "@/lib/i18n";
import { formatDeskTime } from "@/components/desk/desk-time";
import type { LocalCopy } from "./use-autosave";

const t = messages.editor.restore;

/** Offered when the browser holds edits the server never received. */
export function RestoreBanner({ copy, onRestore, onDiscard }: { copy: LocalCopy; onRestore(): void; onDiscard(): void }) {
  const time = formatDeskTime(new Date(copy.changedAt));
  return (
    <div role="alertdialog" aria-labelledby="restore-title" className="mb-4 flex flex-wrap items-center justify-between gap-3 rounded-lg border border-amber-300 bg-amber-50 px-4 py-3">
      <div>
        <p id="restore-title" className="font-semibold text-amber-900">{t.title}</p>
        <p className="text-sm text-amber-800">{format(t.body, { time })}</p>
      </div>
      <div className="flex gap-2">
        <button type="button" onClick={onRestore} className="rounded-md bg-amber-600 px-3 py-1.5 text-sm font-medium text-white hover:bg-amber-700">{t.restore}</button>
        <button type="button" onClick={onDiscard} className="rounded-md border border-amber-400 px-3 py-1.5 text-sm text-amber-900 hover:bg-amber-100">{t.discard}</button>
      </div>
    </div>
  );
}
