import { describe, expect, it } from "vitest";
import { mergedUserId, mergeVerdict } from "./contributor-merge";

const c = (id: string, over: { userId?: string | null; mergedIntoId?: string | null } = {}) => ({ id, userId: null, mergedIntoId: null, ...over });

describe("merging contributors", () => {
  it("merges duplicates into an unmerged contributor", () => {
    expect(mergeVerdict(c("a"), [c("b"), c("d")], 2)).toEqual({ ok: true });
  });

  it("needs something to merge, and every one of them found", () => {
    expect(mergeVerdict(c("a"), [], 0)).toEqual({ ok: false, refusal: "mergeNothing" });
    expect(mergeVerdict(null, [c("b")], 1)).toEqual({ ok: false, refusal: "contributorNotFound" });
    expect(mergeVerdict(c("a"), [null], 1)).toEqual({ ok: false, refusal: "contributorNotFound" });
  });

  it("refuses merging into itself, into a merged one, or one already merged elsewhere", () => {
    expect(mergeVerdict(c("a"), [c("a")], 1)).toEqual({ ok: false, refusal: "mergeIntoSelf" });
    expect(mergeVerdict(c("a", { mergedIntoId: "z" }), [c("b")], 1)).toEqual({ ok: false, refusal: "mergeTargetMerged" });
    expect(mergeVerdict(c("a"), [c("b", { mergedIntoId: "z" })], 1)).toEqual({ ok: false, refusal: "contributorNotFound" });
  });

  it("refuses when two different user accounts are involved, and keeps the one account there is", () => {
    expect(mergeVerdict(c("a", { userId: "u1" }), [c("b", { userId: "u2" })], 1)).toEqual({ ok: false, refusal: "mergeLinkedUsers" });
    expect(mergeVerdict(c("a"), [c("b", { userId: "u1" }), c("d", { userId: "u2" })], 2)).toEqual({ ok: false, refusal: "mergeLinkedUsers" });
    expect(mergeVerdict(c("a", { userId: "u1" }), [c("b", { userId: "u1" })], 1)).toEqual({ ok: true });
    expect(mergedUserId(c("a"), [c("b", { userId: "u1" })])).toBe("u1");
    expect(mergedUserId(c("a", { userId: "u0" }), [c("b")])).toBe("u0");
  });
});
