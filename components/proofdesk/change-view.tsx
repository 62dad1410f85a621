"use client";
// A mark's change as a proofreader reads it: the original with what goes out
// struck through and what comes in marked, then the change in words (删除“的”).
import { describeChange } from "@/lib/domain/proof-desk-view";
import { changeText } from "./labels";
import { t } from "./messages";

interface Props {
  original: string;
  correction: string;
  /** What to say when the text stays as it is (the note or the editor decides). */
  unchanged?: string;
}

export function ChangeView({ original, correction, unchanged = t.change.noneHint }: Props) {
  const change = describeChange(original, correction);
  return (
    <span className="min-w-0 flex-1 leading-6">
      {original || change.inserted ? (
        <span className="mr-2 font-serif text-[15px] break-all text-stone-900">
          {change.before}
          {change.removed && <del className="text-red-700 decoration-red-600 decoration-2">{change.removed}</del>}
          {change.inserted && <ins className="rounded-sm bg-emerald-100 px-px text-emerald-900 no-underline">{change.inserted}</ins>}
          {change.after}
        </span>
      ) : null}
      <span className="text-xs text-stone-500">{change.kind === "none" ? (original ? unchanged : t.change.empty) : changeText(original, correction)}</span>
    </span>
  );
}
