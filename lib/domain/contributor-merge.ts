// Merging duplicate contributors (作者) so that one person is one contributor
// across the archive: their bylines and photo credits move to the one kept.
import type { Reason } from "./errors";

export type MergeRefusal = Extract<Reason, "mergeNothing" | "mergeIntoSelf" | "mergeTargetMerged" | "mergeLinkedUsers" | "contributorNotFound">;
export type MergeVerdict = { ok: true } | { ok: false; refusal: MergeRefusal };

export interface MergeCandidate {
  id: string;
  userId: string | null;
  mergedIntoId: string | null;
}

/** May `duplicates` be merged into `target`? Both as read in the merging transaction. */
export function mergeVerdict(target: MergeCandidate | null, duplicates: readonly (MergeCandidate | null)[], requested: number): MergeVerdict {
  if (requested === 0) return { ok: false, refusal: "mergeNothing" };
  if (!target || duplicates.length !== requested || duplicates.some((d) => d === null)) return { ok: false, refusal: "contributorNotFound" };
  const found = duplicates as MergeCandidate[];
  if (found.some((d) => d.id === target.id)) return { ok: false, refusal: "mergeIntoSelf" };
  if (target.mergedIntoId) return { ok: false, refusal: "mergeTargetMerged" };
  // A duplicate already merged elsewhere is a stale screen: it has no bylines left to move.
  if (found.some((d) => d.mergedIntoId)) return { ok: false, refusal: "contributorNotFound" };
  const users = new Set([target, ...found].map((c) => c.userId).filter((id): id is string => id !== null));
  if (users.size > 1) return { ok: false, refusal: "mergeLinkedUsers" };
  return { ok: true };
}

/** The user account the kept contributor ends up linked to: its own, or the one a duplicate carried. */
export function mergedUserId(target: MergeCandidate, duplicates: readonly MergeCandidate[]): string | null {
  return target.userId ?? duplicates.find((d) => d.userId)?.userId ?? null;
}
