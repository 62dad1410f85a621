"use client";
// 添加标记: type, correction and note for the text selected on the proof. A
// panel beside the selection on a desktop, a bottom sheet on a phone. A
// refused mark keeps what was typed and says why.
import { useEffect, useId, useState, type CSSProperties } from "react";
import { createPortal } from "react-dom";
import { defaultCorrection, MARK_TYPES } from "@/lib/domain/proof-desk-view";
import type { SuggestedMarkType } from "@/lib/domain/proof-checks";
import { addMarkAction } from "@/app/(desk)/desk/issues/proof-actions";
import { changeText, whereName } from "./labels";
import { t } from "./messages";
import { useDeskAction } from "./use-desk-action";
import type { MarkTarget } from "./use-proof-selection";

interface Props {
  pageId: string;
  target: MarkTarget;
  /** The headline of the article the selection is in; null on the masthead. */
  headline: string | null;
  onAdded(markId: string): void;
  onClose(): void;
}

const PANEL_WIDTH = 336; // px, md:w-84
const PANEL_HEIGHT = 400; // about; to open above the selection when below would not fit

export function MarkForm({ pageId, target, headline, onAdded, onClose }: Props) {
  const id = useId();
  const [type, setType] = useState<SuggestedMarkType>("typo");
  // What was typed, and what was refused, belong to one selection: a new one starts afresh.
  const [typed, setTyped] = useState<{ key: string; value: string } | null>(null);
  const [submittedKey, setSubmittedKey] = useState<string | null>(null);
  const [note, setNote] = useState("");
  const action = useDeskAction();
  const correction = typed?.key === target.key ? typed.value : defaultCorrection(type, target.original);
  const error = submittedKey === target.key ? action.error : null;

  useEffect(() => {
    const escape = (event: KeyboardEvent) => event.key === "Escape" && onClose();
    document.addEventListener("keydown", escape);
    return () => document.removeEventListener("keydown", escape);
  }, [onClose]);

  async function submit() {
    setSubmittedKey(target.key);
    const result = await action.run(() =>
      addMarkAction({
        pageId,
        articleId: target.articleId,
        field: target.field,
        from: target.from,
        to: target.to,
        original: target.original,
        correction,
        type,
        note: note.trim() || null,
      }),
    );
    if (result?.data) onAdded(result.data.markId);
  }

  const position = placement(target);
  const panel = (
    <div
      role="dialog"
      aria-modal="false"
      aria-labelledby={`${id}-title`}
      data-testid="mark-form"
      style={position.style}
      className={`fixed inset-x-0 bottom-0 z-40 max-h-[85dvh] overflow-y-auto rounded-t-xl border border-stone-200 bg-white p-4 shadow-[0_-8px_30px_rgb(0_0_0/0.18)] md:absolute md:inset-auto md:top-(--mark-y) md:left-(--mark-x) md:bottom-auto md:w-84 md:rounded-lg md:shadow-xl ${position.above ? "md:-translate-y-full" : ""}`}
    >
      <form
        onSubmit={(event) => {
          event.preventDefault();
          void submit();
        }}
        className="space-y-3"
      >
        <div className="flex items-start justify-between gap-3">
          <div className="min-w-0">
            <h2 id={`${id}-title`} className="text-sm font-semibold text-stone-900">{t.markForm.title}</h2>
            <p className="mt-0.5 truncate text-xs text-stone-500">
              {whereName(headline, target.field)}
            </p>
          </div>
          <button type="button" onClick={onClose} aria-label={t.markForm.close} className="-mt-1 -mr-1 grid size-7 shrink-0 place-items-center rounded text-stone-500 hover:bg-stone-100">
            ×
          </button>
        </div>

        <div>
          <p className="text-xs font-medium text-stone-500">{t.markForm.original}</p>
          <p className="mt-0.5 rounded bg-stone-100 px-2 py-1 font-serif text-base break-all text-stone-900">{target.original}</p>
        </div>

        <div className="grid grid-cols-[6.5rem_minmax(0,1fr)] gap-2">
          <label className="block">
            <span className="text-xs font-medium text-stone-500">{t.markForm.type}</span>
            <select
              value={type}
              onChange={(event) => setType(event.target.value as SuggestedMarkType)}
              className="mt-0.5 h-9 w-full rounded-md border border-stone-300 bg-white px-2 text-sm"
            >
              {MARK_TYPES.map((value) => (
                <option key={value} value={value}>{t.markTypes[value]}</option>
              ))}
            </select>
          </label>
          <label className="block">
            <span className="text-xs font-medium text-stone-500">{t.markForm.correction}</span>
            <input
              value={correction}
              onChange={(event) => setTyped({ key: target.key, value: event.target.value })}
              maxLength={200}
              autoComplete="off"
              className="mt-0.5 h-9 w-full rounded-md border border-stone-300 bg-white px-2 font-serif text-base"
            />
          </label>
        </div>
        <p className="text-xs leading-5 text-stone-500">
          {correction !== target.original && <span className="mr-1 font-medium text-stone-700">{changeText(target.original, correction)}</span>}
          {type === "omission" ? t.markForm.omissionHint : t.markForm.deleteHint}
        </p>

        <label className="block">
          <span className="text-xs font-medium text-stone-500">{t.markForm.note}</span>
          <textarea
            value={note}
            onChange={(event) => setNote(event.target.value)}
            rows={2}
            maxLength={500}
            placeholder={t.markForm.notePlaceholder}
            className="mt-0.5 w-full rounded-md border border-stone-300 bg-white px-2 py-1.5 text-sm"
          />
        </label>

        {error && <p role="alert" className="rounded-md bg-brand-50 px-3 py-2 text-sm text-brand-800">{error}</p>}

        <div className="flex justify-end gap-2">
          <button type="button" onClick={onClose} className="h-9 rounded-md px-3 text-sm text-stone-700 hover:bg-stone-100">
            {t.markForm.cancel}
          </button>
          <button type="submit" disabled={action.pending} className="h-9 rounded-md bg-brand-600 px-4 text-sm font-medium text-white hover:bg-brand-700 disabled:opacity-60">
            {action.pending ? t.markForm.submitting : t.markForm.submit}
          </button>
        </div>
      </form>
    </div>
  );
  return createPortal(panel, document.body);
}

/** Below the selection, or above it when the window has no room below; kept inside the window's width. */
function placement(target: MarkTarget): { style: CSSProperties; above: boolean } {
  const viewportTop = window.scrollY;
  const below = target.anchor.bottom - viewportTop + 8 + PANEL_HEIGHT <= window.innerHeight;
  const above = !below && target.anchor.top - viewportTop - 8 >= PANEL_HEIGHT * 0.6;
  const left = Math.min(Math.max(target.anchor.left, window.scrollX + 8), window.scrollX + document.documentElement.clientWidth - PANEL_WIDTH - 8);
  return {
    above,
    style: { "--mark-x": `${Math.round(left)}px`, "--mark-y": `${Math.round(above ? target.anchor.top - 8 : target.anchor.bottom + 8)}px` } as CSSProperties,
  };
}
