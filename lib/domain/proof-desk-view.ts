// What the proofreading desk (校样台) shows, worked out without a DOM: what a
// mark changes (删除“的”), the marks by round, the rounds as steps, what is
// drawn on the proof, where a selection lies in its field, and a check's
// suggestion turned into a mark. Offsets count code points, as marks store them.
import type { AnnotationTone, ProofAnnotation } from "./proof-annotations";
import type { CheckKind, SuggestedMarkType, Suggestion } from "./proof-checks";
import type { MarkField, RoundKind, RoundPhase } from "./proofreading";

/** The mark types, in the order the form offers them. */
export const MARK_TYPES = [
  "typo",
  "omission",
  "extra",
  "punctuation",
  "number_usage",
  "format",
  "fact",
  "headline",
  "other",
] as const satisfies readonly SuggestedMarkType[];

export type MarkStatus = "open" | "accepted" | "rejected";

// ───────────── what a mark changes ─────────────

/**
 * A mark's correction as the smallest edit on the text: a proofreader who
 * selects 的的 and types 的 deletes one 的; one who selects 发 and types 发展
 * inserts 展 after 发 (an insertion is marked on the character before the gap).
 */
export interface MarkChange {
  kind: "none" | "delete" | "insert" | "replace";
  /** unchanged text before the edit */
  before: string;
  removed: string;
  inserted: string;
  /** unchanged text after the edit */
  after: string;
}

export function describeChange(original: string, correction: string): MarkChange {
  const a = [...original];
  const b = [...correction];
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start += 1;
  let end = 0;
  while (end < a.length - start && end < b.length - start && a[a.length - 1 - end] === b[b.length - 1 - end]) end += 1;
  const removed = a.slice(start, a.length - end).join("");
  const inserted = b.slice(start, b.length - end).join("");
  const kind = !removed && !inserted ? "none" : !inserted ? "delete" : !removed ? "insert" : "replace";
  return { kind, before: a.slice(0, start).join(""), removed, inserted, after: a.slice(a.length - end).join("") };
}

/** What the form offers as the correction: 多字 deletes the selection, anything else starts from it. */
export function defaultCorrection(type: SuggestedMarkType, original: string): string {
  return type === "extra" ? "" : original;
}

// ───────────── rounds ─────────────

export type RoundState = RoundPhase | "upcoming";

export interface RoundStep<R> {
  round: number;
  kind: RoundKind;
  state: RoundState;
  /** the round as recorded, once started */
  record: R | null;
}

/** Every planned round (一校 … 通读) with its state; a round started beyond the plan is shown too. */
export function roundSteps<R extends { round: number; kind: RoundKind; phase: RoundPhase }>(
  planned: readonly { round: number; kind: RoundKind }[],
  rounds: readonly R[],
): RoundStep<R>[] {
  const numbers = [...new Set([...planned.map((p) => p.round), ...rounds.map((r) => r.round)])].sort((x, y) => x - y);
  return numbers.map((round) => {
    const record = rounds.find((r) => r.round === round) ?? null;
    const kind = record?.kind ?? planned.find((p) => p.round === round)!.kind;
    return { round, kind, state: record ? record.phase : "upcoming", record };
  });
}

/** Marks grouped by round, the current round first (even with no marks yet), then the latest back. */
export function marksByRound<M extends { round: number }>(marks: readonly M[], current: number | null): { round: number; marks: M[] }[] {
  const numbers = new Set(marks.map((m) => m.round));
  if (current !== null) numbers.add(current);
  return [...numbers]
    .sort((a, b) => (a === current ? -1 : b === current ? 1 : b - a))
    .map((round) => ({ round, marks: marks.filter((m) => m.round === round) }));
}

// ───────────── what the proof shows ─────────────

export interface AnnotatedMark {
  id: string;
  round: number;
  articleId: string | null;
  field: MarkField;
  from: number;
  to: number;
  correction: string;
  status: MarkStatus;
}

export interface AnnotatedSuggestion {
  id: string;
  articleId: string | null;
  field: MarkField;
  from: number;
  to: number;
}

const TONE: Record<MarkStatus, AnnotationTone> = { open: "open", accepted: "accepted", rejected: "rejected" };

/**
 * What is drawn on the proof: every open mark, the settled marks of the
 * latest round (earlier rounds were read on an earlier proof), and the
 * suggestions when shown. An accepted mark's text is now its correction, so
 * it covers the corrected characters; an accepted deletion has none left.
 */
export function proofAnnotations(
  marks: readonly AnnotatedMark[],
  suggestions: readonly AnnotatedSuggestion[],
  options: { latestRound: number | null; showSuggestions: boolean },
): ProofAnnotation[] {
  const drawn = marks.flatMap((m): ProofAnnotation[] => {
    if (m.status !== "open" && m.round !== options.latestRound) return [];
    const to = m.status === "accepted" ? m.from + [...m.correction].length : m.to;
    if (m.status === "accepted" && to === m.from) return [];
    return [{ id: m.id, articleId: m.articleId, field: m.field, from: m.from, to, tone: TONE[m.status] }];
  });
  const hints = options.showSuggestions
    ? suggestions.map((s): ProofAnnotation => ({ id: s.id, articleId: s.articleId, field: s.field, from: s.from, to: s.to, tone: "suggestion" }))
    : [];
  return [...drawn, ...hints];
}

// ───────────── selections ─────────────

export interface SelectedText {
  from: number;
  to: number;
  original: string;
}

/**
 * Where a selection lies in its field, from the text of its run before the
 * selection, the selected text and the run's offset in the field. Spaces
 * around the selection (a double-click takes them) are left out.
 */
export function selectedText(before: string, selected: string, runOffset: number): SelectedText | null {
  const lead = [...(/^\s*/u.exec(selected)?.[0] ?? "")].length;
  const original = selected.trim();
  if (!original) return null;
  const from = runOffset + [...before].length + lead;
  return { from, to: from + [...original].length, original };
}

// ───────────── suggestions ─────────────

export interface SuggestionMark {
  articleId: string | null;
  field: Suggestion["field"];
  from: number;
  to: number;
  original: string;
  correction: string;
  type: SuggestedMarkType;
  note: string | null;
  fromCheck: CheckKind;
}

/**
 * A suggestion taken as a mark: its correction, or (where the check cannot
 * say what is right, e.g. an unmatched quote) the text as it is with the
 * check's name as the note, for the editor to decide.
 */
export function suggestionMark(suggestion: Suggestion & { articleId: string | null }, checkName: string): SuggestionMark {
  return {
    articleId: suggestion.articleId,
    field: suggestion.field,
    from: suggestion.from,
    to: suggestion.to,
    original: suggestion.original,
    correction: suggestion.correction ?? suggestion.original,
    type: suggestion.markType,
    note: suggestion.correction === null ? checkName : null,
    fromCheck: suggestion.kind,
  };
}
