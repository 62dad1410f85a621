// What the proofreading desk shows, as the server loads it (lib/server/proofing/proof-desk).
import type { PageSuggestion, ProofDesk } from "@/lib/server/proofing/proof-desk";

export type ProofDeskData = ProofDesk;
export type MarkView = ProofDesk["marks"][number];
export type RoundView = ProofDesk["rounds"][number];
export type SuggestionView = PageSuggestion;

/** What the desk has selected, on the proof and in the lists. */
export type Selection = { kind: "mark" | "suggestion"; id: string } | null;

/** What a server action returns through next-safe-action. */
export type ActionResult = { serverError?: { message: string }; validationErrors?: unknown } | undefined;
