"use client";
import type { SaveState } from "./use-autosave";
import { format, messages } from "@/lib/i18n";

const t = messages.editor.save;

function timeOf(iso: string) {
  return new Date(iso).toLocaleTimeString("zh-CN", { hour: "2-digit", minute: "2-digit", second: "2-digit", timeZone: "Asia/Shanghai" });
}

/** 已保存 · 保存中 · 保存失败, always visible, with what happens next. */
export function SaveIndicator({ state, editable, onRetry }: { state: SaveState; editable: boolean; onRetry(): void }) {
  if (!editable) return <span className="text-sm text-stone-500">{t.readOnly}</span>;
  const tone =
    state.kind === "saved" ? "text-emerald-700" : state.kind === "saving" || state.kind === "dirty" ? "text-stone-500" : "text-brand-700";
  const text =
    state.kind === "saved" ? (state.at ? format(t.savedAt, { time: timeOf(state.at) }) : t.saved)
    : state.kind === "saving" ? t.saving
    : state.kind === "dirty" ? t.dirty
    : state.kind === "conflict" ? t.conflict
    : state.kind === "refused" ? format(t.refused, { message: state.message })
    : state.offline ? t.offline
    : format(t.retryIn, { seconds: state.seconds });
  return (
    <span role="status" aria-live="polite" data-save-state={state.kind} className={`inline-flex flex-wrap items-center gap-2 text-sm ${tone}`}>
      <span aria-hidden className={`size-2 rounded-full ${state.kind === "saved" ? "bg-emerald-500" : state.kind === "saving" || state.kind === "dirty" ? "bg-stone-400" : "bg-brand-500"}`} />
      <span>{text}</span>
      {(state.kind === "retrying" || state.kind === "refused") && (
        <button type="button" onClick={onRetry} className="rounded border border-current px-1.5 py-0.5 text-xs">
          {t.retryNow}
        </button>
      )}
    </span>
  );
}
