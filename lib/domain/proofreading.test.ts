import { describe, expect, it } from "vitest";
import {
  allPagesSigned, areaOf, roundsToShow, closesNow, currentRound, mayMark, mayReject, mayResolve, maySign, mayStartRound, mayUnsign,
  nextRound, plannedRounds, roundPhase, roundsComplete, type ProofPageFacts, type RoundFacts,
} from "./proofreading";

const proofreader = { id: "p", roles: ["proofreader" as const] };
const layout = { id: "l", roles: ["layout" as const] };
const editor = { id: "e", roles: ["editor" as const] };
const otherLayout = { id: "l2", roles: ["layout" as const] };
const chief = { id: "c", roles: ["chief" as const] };

const round = (n: number, state: "marking" | "correcting" | "closed", openMarks = 0, kind: RoundFacts["kind"] = "proof"): RoundFacts => ({
  round: n, kind, proofreaderId: "p", openMarks,
  handedOverAt: state === "marking" ? null : new Date(),
  closedAt: state === "closed" ? new Date() : null,
});
const page = (rounds: RoundFacts[], extra: Partial<ProofPageFacts> = {}): ProofPageFacts => ({
  proofreaderId: "p", pageEditorId: "e", layoutId: "l", signed: false, placements: 3, requiredRounds: 3, rounds, unsignedAt: null, ...extra,
});
const allDone = [round(1, "closed"), round(2, "closed"), round(3, "closed"), round(4, "closed", 0, "read_through")];

describe("rounds", () => {
  it("plans 一校 二校 三校 then 通读, or more when the publication asks", () => {
    expect(plannedRounds(3)).toEqual([
      { round: 1, kind: "proof" }, { round: 2, kind: "proof" }, { round: 3, kind: "proof" }, { round: 4, kind: "read_through" },
    ]);
    expect(plannedRounds(4).at(-1)).toEqual({ round: 5, kind: "read_through" });
  });

  it("moves from marking to correcting at hand-over, and closes when no mark is open", () => {
    expect(roundPhase(round(1, "marking"))).toBe("marking");
    expect(roundPhase(round(1, "correcting", 2))).toBe("correcting");
    expect(closesNow(round(1, "correcting", 2))).toBe(false);
    expect(closesNow(round(1, "correcting", 0))).toBe(true);
    expect(closesNow(round(1, "marking", 0))).toBe(false);
  });

  it("knows the current and the next round", () => {
    expect(currentRound(page([round(1, "closed"), round(2, "marking")]))?.round).toBe(2);
    expect(nextRound(page([round(1, "closed")]))).toEqual({ round: 2, kind: "proof" });
    expect(nextRound(page(allDone))).toBeNull();
    expect(roundsComplete(page(allDone))).toBe(true);
  });

  it("asks for one more read-through of a page unsigned after its rounds", () => {
    const unsigned = page(allDone, { unsignedAt: new Date(Date.now() + 1000) });
    expect(nextRound(unsigned)).toEqual({ round: 5, kind: "read_through" });
    expect(maySign(chief, unsigned)).toEqual({ ok: false, refusal: "roundsIncomplete" });
    expect(roundsToShow(unsigned).map((r) => r.round)).toEqual([1, 2, 3, 4, 5]);
    // Read through again: done, and signable.
    const reread = page([...allDone, { ...round(5, "closed", 0, "read_through"), closedAt: new Date(Date.now() + 2000) }], { unsignedAt: new Date(Date.now() + 1000) });
    expect(nextRound(reread)).toBeNull();
    expect(maySign(chief, reread)).toEqual({ ok: true });
  });

  it("lets only the page's proofreader start a round, one at a time, on a page with articles", () => {
    expect(mayStartRound(proofreader, page([]))).toEqual({ ok: true });
    expect(mayStartRound({ id: "p2", roles: ["proofreader"] }, page([]))).toEqual({ ok: false, refusal: "notPageProofreader" });
    expect(mayStartRound(layout, page([]))).toEqual({ ok: false, refusal: "notAllowed" });
    expect(mayStartRound(proofreader, page([round(1, "correcting", 1)]))).toEqual({ ok: false, refusal: "roundInProgress" });
    expect(mayStartRound(proofreader, page(allDone))).toEqual({ ok: false, refusal: "roundsComplete" });
    expect(mayStartRound(proofreader, page([], { placements: 0 }))).toEqual({ ok: false, refusal: "pageEmpty" });
    expect(mayStartRound(proofreader, page([], { signed: true }))).toEqual({ ok: false, refusal: "pageLocked" });
  });

  it("takes marks from the round's proofreader until hand-over", () => {
    expect(mayMark(proofreader, page([]), round(1, "marking"))).toEqual({ ok: true });
    expect(mayMark(proofreader, page([]), round(1, "correcting"))).toEqual({ ok: false, refusal: "roundNotOpen" });
    expect(mayMark(proofreader, page([]), null)).toEqual({ ok: false, refusal: "roundNotOpen" });
    expect(mayMark({ id: "p2", roles: ["proofreader"] }, page([]), round(1, "marking"))).toEqual({ ok: false, refusal: "notRoundProofreader" });
  });
});

describe("resolving marks", () => {
  const open = { status: "open" as const, roundClosed: false };
  it("is for the page's layout or editor, or whoever signs pages", () => {
    expect(mayResolve(layout, page([]), open).ok).toBe(true);
    expect(mayResolve(editor, page([]), open).ok).toBe(true);
    expect(mayResolve(chief, page([]), open).ok).toBe(true);
    expect(mayResolve(otherLayout, page([]), open)).toEqual({ ok: false, refusal: "notAllowed" });
    expect(mayResolve(proofreader, page([]), open)).toEqual({ ok: false, refusal: "notAllowed" });
  });

  it("settles a mark once, and a rejection needs a reason", () => {
    expect(mayResolve(layout, page([]), { status: "accepted", roundClosed: false })).toEqual({ ok: false, refusal: "markSettled" });
    expect(mayReject("  ")).toEqual({ ok: false, refusal: "rejectReasonRequired" });
    expect(mayReject("按作者原意")).toEqual({ ok: true });
  });
});

describe("签付印", () => {
  it("needs the read-through done and no open mark, and names the open marks first", () => {
    expect(maySign(chief, page(allDone))).toEqual({ ok: true });
    expect(maySign(layout, page(allDone))).toEqual({ ok: false, refusal: "notAllowed" });
    expect(maySign(chief, page([round(1, "correcting", 2)]))).toEqual({ ok: false, refusal: "marksOpen" });
    expect(maySign(chief, page([round(1, "closed")]))).toEqual({ ok: false, refusal: "roundsIncomplete" });
    expect(maySign(chief, page(allDone, { signed: true }))).toEqual({ ok: false, refusal: "pageLocked" });
  });

  it("unsigns with a reason, never once the issue is published", () => {
    const signed = page(allDone, { signed: true });
    expect(mayUnsign(chief, signed, { published: false }, "图片说明有误")).toEqual({ ok: true });
    expect(mayUnsign(chief, signed, { published: false }, " ")).toEqual({ ok: false, refusal: "unsignReasonRequired" });
    expect(mayUnsign(chief, signed, { published: true }, "图片说明有误")).toEqual({ ok: false, refusal: "issuePublished" });
    expect(mayUnsign(chief, page(allDone), { published: false }, "x")).toEqual({ ok: false, refusal: "pageNotSigned" });
  });

  it("locks the issue when every page is signed", () => {
    expect(allPagesSigned([{ signed: true }, { signed: true }])).toBe(true);
    expect(allPagesSigned([{ signed: true }, { signed: false }])).toBe(false);
    expect(allPagesSigned([])).toBe(false);
  });
});

it("counts headings and the masthead double through their area", () => {
  expect(["kicker", "headline", "subheadline", "masthead", "body", "dateline", "byline"].map((f) => areaOf(f as never))).toEqual([
    "headline", "headline", "headline", "masthead", "body", "body", "byline",
  ]);
});
