// 三校 on a page proof: the rounds a page goes through, who may mark, resolve,
// hand over and sign, and when a page and its issue are done. Pure rules; the
// use cases in lib/server/proofing apply them in a transaction.
import type { Reason } from "./errors";
import { can } from "./permissions";
import type { Role } from "./roles";

export type RoundKind = "proof" | "read_through";

/** A round as the rules see it. */
export interface RoundFacts {
  round: number;
  kind: RoundKind;
  proofreaderId: string;
  handedOverAt: Date | null;
  closedAt: Date | null;
  openMarks: number;
}

export interface ProofPageFacts {
  proofreaderId: string | null;
  pageEditorId: string | null;
  layoutId: string | null;
  signed: boolean;
  placements: number;
  /** 校次 the publication requires before the read-through (一校 二校 三校 = 3). */
  requiredRounds: number;
  rounds: readonly RoundFacts[];
  /** When the chief last unsigned the page: it is read through again before it is signed. */
  unsignedAt: Date | null;
}

export interface Actor {
  id: string;
  roles: readonly Role[];
}

export type ProofRefusal = Extract<
  Reason,
  | "notAllowed"
  | "pageLocked"
  | "pageEmpty"
  | "notPageProofreader"
  | "roundInProgress"
  | "roundsComplete"
  | "roundNotOpen"
  | "notRoundProofreader"
  | "markSettled"
  | "marksOpen"
  | "roundsIncomplete"
  | "pageNotSigned"
  | "unsignReasonRequired"
  | "issuePublished"
  | "rejectReasonRequired"
>;
export type ProofVerdict = { ok: true } | { ok: false; refusal: ProofRefusal };
const ok: ProofVerdict = { ok: true };
const no = (refusal: ProofRefusal): ProofVerdict => ({ ok: false, refusal });

/** 一校 … N校 then 通读: every round a page goes through, in order. */
export function plannedRounds(requiredRounds: number): { round: number; kind: RoundKind }[] {
  const proofs = Math.max(1, requiredRounds);
  return [
    ...Array.from({ length: proofs }, (_, i) => ({ round: i + 1, kind: "proof" as const })),
    { round: proofs + 1, kind: "read_through" as const },
  ];
}

/** 校对中 while the proofreader marks, 改样中 once handed over, 已结束 when every mark is settled. */
export type RoundPhase = "marking" | "correcting" | "closed";

export function roundPhase(round: Pick<RoundFacts, "handedOverAt" | "closedAt">): RoundPhase {
  if (round.closedAt) return "closed";
  return round.handedOverAt ? "correcting" : "marking";
}

/** A handed-over round closes as soon as none of its marks is open. */
export function closesNow(round: Pick<RoundFacts, "handedOverAt" | "closedAt" | "openMarks">): boolean {
  return !round.closedAt && round.handedOverAt !== null && round.openMarks === 0;
}

export function currentRound(page: Pick<ProofPageFacts, "rounds">): RoundFacts | null {
  const open = page.rounds.filter((r) => !r.closedAt);
  return open.sort((a, b) => b.round - a.round)[0] ?? null;
}

type RoundProgress = Pick<ProofPageFacts, "rounds" | "requiredRounds" | "unsignedAt">;

/**
 * The round that would start next, or null when the read-through is done.
 * A page unsigned after its last round gets one more read-through.
 */
export function nextRound(page: RoundProgress): { round: number; kind: RoundKind } | null {
  const closed = page.rounds.filter((r) => r.closedAt);
  const planned = plannedRounds(page.requiredRounds)[closed.length];
  if (planned) return planned;
  const lastClosed = Math.max(...closed.map((r) => r.closedAt!.getTime()));
  if (page.unsignedAt && page.unsignedAt.getTime() > lastClosed) return { round: closed.length + 1, kind: "read_through" };
  return null;
}

export function roundsComplete(page: RoundProgress): boolean {
  return nextRound(page) === null && currentRound(page) === null;
}

/** Every round shown on the stepper: the planned ones, and any extra read-through after an unsign. */
export function roundsToShow(page: RoundProgress): { round: number; kind: RoundKind }[] {
  const shown = plannedRounds(page.requiredRounds);
  const extra = [...page.rounds.map(({ round, kind }) => ({ round, kind })), ...(nextRound(page) ? [nextRound(page)!] : [])];
  for (const round of extra) if (!shown.some((r) => r.round === round.round)) shown.push(round);
  return shown.sort((a, b) => a.round - b.round);
}

function isProofreaderOf(actor: Actor, page: ProofPageFacts): boolean {
  return page.proofreaderId === actor.id && can(actor.roles, "proof.mark");
}

/** The page's own proofreader starts each round, one at a time, on a page with articles. */
export function mayStartRound(actor: Actor, page: ProofPageFacts): ProofVerdict {
  if (!can(actor.roles, "proof.mark")) return no("notAllowed");
  if (page.signed) return no("pageLocked");
  if (!isProofreaderOf(actor, page)) return no("notPageProofreader");
  if (currentRound(page)) return no("roundInProgress");
  if (!nextRound(page)) return no("roundsComplete");
  if (page.placements === 0) return no("pageEmpty");
  return ok;
}

/** Marks are added by the round's proofreader until they hand the proof over. */
export function mayMark(actor: Actor, page: Pick<ProofPageFacts, "signed">, round: RoundFacts | null): ProofVerdict {
  if (!can(actor.roles, "proof.mark")) return no("notAllowed");
  if (page.signed) return no("pageLocked");
  if (!round || roundPhase(round) !== "marking") return no("roundNotOpen");
  if (round.proofreaderId !== actor.id) return no("notRoundProofreader");
  return ok;
}

/** 交改: the same rule as marking; the proofreader says they are done with this round. */
export const mayHandOver = mayMark;

/**
 * The page's layout or its 本版编辑 (the editor of the articles on it)
 * resolves a mark; so may whoever signs pages, who answers for them all.
 */
export function mayResolve(
  actor: Actor,
  page: Pick<ProofPageFacts, "signed" | "layoutId" | "pageEditorId">,
  mark: { status: "open" | "accepted" | "rejected"; roundClosed: boolean },
): ProofVerdict {
  if (!can(actor.roles, "proof.resolve")) return no("notAllowed");
  const staff = actor.id === page.layoutId || actor.id === page.pageEditorId;
  if (!staff && !can(actor.roles, "page.sign")) return no("notAllowed");
  if (page.signed) return no("pageLocked");
  if (mark.status !== "open" || mark.roundClosed) return no("markSettled");
  return ok;
}

export function openMarks(page: Pick<ProofPageFacts, "rounds">): number {
  return page.rounds.reduce((sum, r) => sum + r.openMarks, 0);
}

/** 签付印: after the read-through, with no mark left open. */
export function maySign(actor: Actor, page: ProofPageFacts): ProofVerdict {
  if (!can(actor.roles, "page.sign")) return no("notAllowed");
  if (page.signed) return no("pageLocked");
  if (page.placements === 0) return no("pageEmpty");
  // Open marks first: it is the refusal the chief can act on at once.
  if (openMarks(page) > 0) return no("marksOpen");
  if (!roundsComplete(page)) return no("roundsIncomplete");
  return ok;
}

/** 撤销签付印: with a reason, and never once the issue is out (that is a 更正). */
export function mayUnsign(actor: Actor, page: Pick<ProofPageFacts, "signed">, issue: { published: boolean }, reason: string): ProofVerdict {
  if (!can(actor.roles, "page.sign")) return no("notAllowed");
  if (!page.signed) return no("pageNotSigned");
  if (issue.published) return no("issuePublished");
  if (!reason.trim()) return no("unsignReasonRequired");
  return ok;
}

export function mayReject(reason: string): ProofVerdict {
  return reason.trim() ? ok : no("rejectReasonRequired");
}

/** 已付印: an issue is locked, and may be published, once every one of its pages is signed. */
export function allPagesSigned(pages: readonly { signed: boolean }[]): boolean {
  return pages.length > 0 && pages.every((p) => p.signed);
}

/** Where a mark sits, for 差错率: headlines (with kicker and subheadline) and the masthead count double. */
export type MarkField = "kicker" | "headline" | "subheadline" | "dateline" | "body" | "byline" | "masthead";
export type ProofAreaName = "body" | "headline" | "masthead" | "caption" | "byline" | "other";

export function areaOf(field: MarkField): ProofAreaName {
  if (field === "kicker" || field === "headline" || field === "subheadline") return "headline";
  if (field === "masthead") return "masthead";
  if (field === "byline") return "byline";
  return "body";
}
