// How the desk names things: rounds (一校 … 通读), a mark's change, where a mark sits.
import { roundName as nameOf } from "@/components/proof/round-name";
import { describeChange } from "@/lib/domain/proof-desk-view";
import type { MarkField, RoundKind } from "@/lib/domain/proofreading";
import { format } from "@/lib/i18n";
import { t } from "./messages";

export function roundName(round: number, kind: RoundKind): string {
  return nameOf({ round, kind });
}

/** 删除“的”, 在“发”后补“展”, “在建”改为“再建”. */
export function changeText(original: string, correction: string): string {
  const change = describeChange(original, correction);
  switch (change.kind) {
    case "none":
      return original ? format(t.change.none, { original }) : t.change.empty;
    case "delete":
      return format(t.change.delete, { text: change.removed });
    case "insert":
      if (change.before) return format(t.change.insertAfter, { before: lastChars(change.before), text: change.inserted });
      if (change.after) return format(t.change.insertBefore, { after: firstChars(change.after), text: change.inserted });
      return format(t.change.insert, { text: change.inserted });
    case "replace":
      return format(t.change.replace, { original, correction });
  }
}

/** 《headline》 for an article, 报头 for the masthead. */
export function placeName(headline: string | null): string {
  return headline ? format(t.marks.article, { headline }) : t.marks.masthead;
}

/** Where a mark sits: 《headline》 · 正文, or 报头 alone. */
export function whereName(headline: string | null, field: MarkField): string {
  return field === "masthead" ? t.fields.masthead : format(t.markForm.where, { place: placeName(headline), field: t.fields[field] });
}

// An insertion is read by the characters right beside it.
const lastChars = (text: string) => [...text].slice(-4).join("");
const firstChars = (text: string) => [...text].slice(0, 4).join("");
