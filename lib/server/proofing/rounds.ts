// 校次: the page's proofreader starts a round on the current proof, marks it,
// and hands it over (交改); the round closes when its last mark is settled.
import "server-only";
import { enforceVerdict } from "@/lib/server/errors";
import { getDb } from "@/lib/db";
import type { Tx } from "@/lib/db/client";
import { AppError } from "@/lib/domain/errors";
import { proofCharacters } from "@/lib/domain/proof-model";
import { closesNow, currentRound, mayHandOver, mayStartRound, nextRound, type ProofVerdict } from "@/lib/domain/proofreading";
import { recordAudit } from "@/lib/server/audit";
import type { SessionUser } from "@/lib/server/auth/session-user";
import { loadIssueProofs } from "@/lib/server/composition/load-proof";
import { notifyUsers, pageHeadline } from "@/lib/server/notifications/notify";
import { lockPage } from "./page-facts";

/** Throws a proofreading rule's refusal, so the user is told exactly why. */
export function enforceProof(verdict: ProofVerdict): void {
  enforceVerdict(verdict, ["unsignReasonRequired", "rejectReasonRequired"]);
}

export async function startRound(user: SessionUser, pageId: string) {
  const page = await getDb().page.findUnique({ where: { id: pageId }, select: { issueId: true, number: true } });
  if (!page) throw new AppError("notFound", `page ${pageId}`, "pageNotFound");
  // 字数 of the proof the round starts on: read before the transaction, the
  // page is locked inside it, so a layout change in between is caught below.
  const proofs = await loadIssueProofs(page.issueId, page.number);
  const characters = proofCharacters(proofs!.pages[0]!.proof);

  return getDb().$transaction(async (tx) => {
    const { page: row, facts } = await lockPage(tx, pageId);
    enforceProof(mayStartRound(user, facts));
    const next = nextRound(facts)!;
    const round = await tx.proofRound.create({
      data: { pageId, round: next.round, kind: next.kind, proofreaderId: user.id, characters },
    });
    // The first round on any page moves the issue into 校对.
    if (row.issue.status === "planning" || row.issue.status === "composing") {
      await tx.issue.update({ where: { id: row.issueId }, data: { status: "proofing" } });
    }
    await recordAudit({ actorId: user.id, action: "proof.round.start", objectType: "Page", objectId: pageId, after: { round: next.round, kind: next.kind, characters } }, tx);
    return { roundId: round.id, round: next.round, kind: next.kind };
  });
}

/** 交改: the proofreader is done marking; layout and the page editor are told what is waiting. */
export async function handOverRound(user: SessionUser, pageId: string) {
  return getDb().$transaction(async (tx) => {
    const { page, facts, roundRows } = await lockPage(tx, pageId);
    const current = currentRound(facts);
    enforceProof(mayHandOver(user, facts, current));
    const row = roundRows.find((r) => r.round === current!.round)!;
    const now = new Date();
    const closed = closesNow({ ...current!, handedOverAt: now });
    await tx.proofRound.update({ where: { id: row.id }, data: { handedOverAt: now, closedAt: closed ? now : null } });
    await recordAudit({ actorId: user.id, action: "proof.round.handOver", objectType: "Page", objectId: pageId, after: { round: current!.round, openMarks: current!.openMarks } }, tx);
    if (current!.openMarks > 0) {
      await notifyUsers(tx, [page.layoutId, page.pageEditorId].filter((id): id is string => Boolean(id) && id !== user.id), "proof.handed_over", {
        articleId: "",
        issueId: page.issueId,
        pageNumber: page.number,
        headline: pageHeadline(page.issue.number, page),
        byName: user.name,
        detail: String(current!.openMarks),
      });
    }
    return { round: current!.round, closed };
  });
}

/** Closes the page's handed-over round once none of its marks is open. */
export async function closeRoundIfSettled(tx: Tx, roundId: string) {
  const round = await tx.proofRound.findUniqueOrThrow({ where: { id: roundId }, include: { _count: { select: { marks: { where: { status: "open" } } } } } });
  if (closesNow({ handedOverAt: round.handedOverAt, closedAt: round.closedAt, openMarks: round._count.marks })) {
    await tx.proofRound.update({ where: { id: roundId }, data: { closedAt: new Date() } });
    return true;
  }
  return false;
}
