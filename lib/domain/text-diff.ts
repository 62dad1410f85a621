// Character-level comparison of two texts. Chinese has no spaces between
// words, so words are no unit: every character is compared (jsdiff's diffChars).
import { diffChars } from "diff";
import { countCharacters } from "./char-count";

export type DiffPart = { kind: "same" | "added" | "removed"; text: string };

export function diffText(before: string, after: string): DiffPart[] {
  return diffChars(before, after).map((change) => ({
    kind: change.added ? "added" : change.removed ? "removed" : "same",
    text: change.value,
  }));
}

/** How many characters (字, as 字数 counts them) were added and removed. */
export function diffStats(parts: readonly DiffPart[]): { added: number; removed: number } {
  let added = 0;
  let removed = 0;
  for (const part of parts) {
    if (part.kind === "added") added += countCharacters(part.text);
    if (part.kind === "removed") removed += countCharacters(part.text);
  }
  return { added, removed };
}
