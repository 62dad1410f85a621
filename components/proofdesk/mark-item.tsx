"use client";
// One proof mark: what it changes, where, by whom, and how it was settled; for
// the page's layout or editor the buttons that settle it (改 / 不改 with a
// reason), for its proofreader while still marking the button that takes it back.
import { useState } from "react";
import { formatDeskTime } from "@/components/desk/desk-time";
import { format } from "@/lib/i18n";
import { resolveMarkAction, withdrawMarkAction } from "@/app/(desk)/desk/issues/proof-actions";
import { ChangeView } from "./change-view";
import { whereName } from "./labels";
import { t } from "./messages";
import type { MarkView } from "./types";
import { useDeskAction } from "./use-desk-action";

const STATUS = {
  open: "bg-brand-50 text-brand-800 ring-brand-200",
  accepted: "bg-emerald-50 text-emerald-800 ring-emerald-200",
  rejected: "bg-stone-100 text-stone-600 ring-stone-300",
} as const;
const EDGE = { open: "border-l-brand-500", accepted: "border-l-emerald-500", rejected: "border-l-stone-300" } as const;

interface Props {
  mark: MarkView;
  selected: boolean;
  canWithdraw: boolean;
  onSelect(): void;
}

export function MarkItem({ mark, selected, canWithdraw, onSelect }: Props) {
  const action = useDeskAction();
  const [rejecting, setRejecting] = useState(false);
  const [reason, setReason] = useState("");
  const time = (date: Date) => formatDeskTime(new Date(date));

  return (
    <li
      data-mark-id={mark.id}
      data-status={mark.status}
      className={`rounded-md border border-l-4 bg-white ${EDGE[mark.status]} ${selected ? "border-sky-500 ring-2 ring-sky-500/30" : "border-stone-200"}`}
    >
      <button type="button" onClick={onSelect} aria-pressed={selected} className="block w-full px-3 pt-2.5 pb-1 text-left">
        <span className="flex items-start gap-2">
          <span className="mt-0.5 shrink-0 rounded bg-stone-800 px-1.5 py-px text-[11px] font-medium text-white">{t.markTypes[mark.type]}</span>
          <ChangeView original={mark.original} correction={mark.correction} />
          <span className={`mt-0.5 shrink-0 rounded px-1.5 py-px text-[11px] font-medium ring-1 ring-inset ${STATUS[mark.status]}`}>{t.marks.status[mark.status]}</span>
        </span>
        <span className="mt-1 block truncate text-xs text-stone-500">
          {whereName(mark.headline, mark.field)}
        </span>
      </button>
      <div className="space-y-1 px-3 pb-2.5 text-xs text-stone-500">
        {mark.note && <p className="text-sm text-stone-700">{mark.note}</p>}
        <p>
          {format(t.marks.by, { name: mark.createdBy, time: time(mark.createdAt) })}
          {mark.fromCheck && <span className="ml-2 text-amber-700">{t.marks.fromCheck}</span>}
        </p>
        {mark.status !== "open" && mark.resolvedBy && mark.resolvedAt && (
          <div className={`rounded px-2 py-1 ${mark.status === "accepted" ? "bg-emerald-50 text-emerald-900" : "bg-stone-100 text-stone-700"}`}>
            <p>{format(mark.status === "accepted" ? t.marks.accepted : t.marks.rejected, { name: mark.resolvedBy, time: time(mark.resolvedAt) })}</p>
            {mark.resolution && (
              <p className="mt-0.5 text-sm">{format(mark.status === "rejected" ? t.marks.reason : t.marks.resolveNote, { reason: mark.resolution, note: mark.resolution })}</p>
            )}
          </div>
        )}

        {mark.canResolve && !rejecting && (
          <div className="flex gap-2 pt-1">
            <button
              type="button"
              disabled={action.pending}
              title={t.marks.acceptHint}
              onClick={() => action.run(() => resolveMarkAction({ markId: mark.id, decision: "accept" }))}
              className="h-8 min-w-14 rounded-md bg-emerald-600 px-3 text-sm font-medium text-white hover:bg-emerald-700 disabled:opacity-60"
            >
              {t.marks.accept}
            </button>
            <button
              type="button"
              disabled={action.pending}
              onClick={() => setRejecting(true)}
              className="h-8 min-w-14 rounded-md border border-stone-300 bg-white px-3 text-sm text-stone-700 hover:border-stone-400 disabled:opacity-60"
            >
              {t.marks.reject}
            </button>
            {action.pending && <span className="self-center text-stone-400">{t.marks.working}</span>}
          </div>
        )}
        {mark.canResolve && rejecting && (
          <form
            className="space-y-2 pt-1"
            onSubmit={async (event) => {
              event.preventDefault();
              if (await action.run(() => resolveMarkAction({ markId: mark.id, decision: "reject", reason: reason.trim() }))) setRejecting(false);
            }}
          >
            <label className="block">
              <span className="text-xs font-medium text-stone-600">{t.marks.reasonLabel}</span>
              <textarea
                value={reason}
                onChange={(event) => setReason(event.target.value)}
                required
                rows={2}
                maxLength={500}
                autoFocus
                placeholder={t.marks.reasonPlaceholder}
                className="mt-0.5 w-full rounded-md border border-stone-300 bg-white px-2 py-1.5 text-sm text-stone-900"
              />
            </label>
            <div className="flex gap-2">
              <button type="submit" disabled={action.pending || !reason.trim()} className="h-8 rounded-md bg-stone-800 px-3 text-sm font-medium text-white hover:bg-stone-900 disabled:opacity-50">
                {t.marks.confirmReject}
              </button>
              <button type="button" onClick={() => setRejecting(false)} className="h-8 rounded-md px-3 text-sm text-stone-700 hover:bg-stone-100">
                {t.marks.cancel}
              </button>
            </div>
          </form>
        )}
        {canWithdraw && (
          <div className="pt-1">
            <button
              type="button"
              disabled={action.pending}
              onClick={() => action.run(() => withdrawMarkAction({ markId: mark.id }))}
              className="h-7 rounded-md border border-stone-300 bg-white px-2.5 text-xs text-stone-700 hover:border-brand-400 hover:text-brand-700 disabled:opacity-60"
            >
              {action.pending ? t.marks.working : t.marks.withdraw}
            </button>
          </div>
        )}
        {action.error && <p role="alert" className="rounded-md bg-brand-50 px-2 py-1.5 text-sm text-brand-800">{action.error}</p>}
      </div>
    </li>
  );
}
