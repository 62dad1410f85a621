import { describe, expect, it } from "vitest";
import {
  ARTICLE_STATUSES,
  mayEdit,
  mayReview,
  maySubmit,
  pendingLevel,
  reviewableLevel,
  statusAfter,
  checkOpinion,
  mayView,
  type ArticleFacts,
  type ArticleStatus,
} from "./article-workflow";
import type { Role } from "./roles";

const reporter = { id: "u-reporter", roles: ["reporter"] as Role[] };
const editor = { id: "u-editor", roles: ["editor"] as Role[] };
const desk = { id: "u-desk", roles: ["desk"] as Role[] };
const chief = { id: "u-chief", roles: ["chief"] as Role[] };
const proof = { id: "u-proof", roles: ["proofreader"] as Role[] };

const article = (status: ArticleStatus, decisions: ArticleFacts["decisions"] = []): ArticleFacts => ({
  status,
  authorId: reporter.id,
  decisions,
});

describe("the 三审 path", () => {
  it("goes 已提交 → 初审 → 复审 → 终审 → 已签发", () => {
    expect(pendingLevel("submitted")).toBe("first");
    expect(statusAfter("first", "pass")).toBe("first_passed");
    expect(pendingLevel("first_passed")).toBe("second");
    expect(statusAfter("second", "pass")).toBe("second_passed");
    expect(pendingLevel("second_passed")).toBe("final");
    expect(statusAfter("final", "pass")).toBe("released");
    expect(pendingLevel("released")).toBeNull();
  });

  it.each(["first", "second", "final"] as const)("returns and rejects from %s review", (level) => {
    expect(statusAfter(level, "return")).toBe("returned");
    expect(statusAfter(level, "reject")).toBe("rejected");
  });

  it.each(["draft", "returned", "released", "rejected"] as const)("waits for no review when %s", (status) => {
    expect(pendingLevel(status)).toBeNull();
  });
});

describe("editing", () => {
  it("lets the author edit their draft and a returned article", () => {
    expect(mayEdit(reporter, article("draft")).ok).toBe(true);
    expect(mayEdit(reporter, article("returned")).ok).toBe(true);
  });

  it.each(["submitted", "first_passed", "second_passed", "released"] as const)(
    "locks the author out once the article is %s",
    (status) => {
      expect(mayEdit(reporter, article(status))).toEqual({ ok: false, refusal: "submittedLocked" });
    },
  );

  it.each(["submitted", "first_passed", "second_passed", "released"] as const)("lets editors edit when %s", (status) => {
    for (const actor of [editor, desk, chief]) expect(mayEdit(actor, article(status)).ok).toBe(true);
  });

  it("keeps others out of a reporter's draft", () => {
    expect(mayEdit(editor, article("draft"))).toEqual({ ok: false, refusal: "notAllowed" });
    expect(mayEdit({ id: "u-other", roles: ["reporter"] }, article("draft"))).toEqual({ ok: false, refusal: "notYours" });
    expect(mayEdit(proof, article("submitted")).ok).toBe(false);
  });

  it("lets no one edit a rejected article", () => {
    for (const actor of [reporter, editor, chief]) {
      expect(mayEdit(actor, article("rejected"))).toEqual({ ok: false, refusal: "archived" });
    }
  });
});

describe("submitting", () => {
  it("lets the author submit a draft or a returned article", () => {
    expect(maySubmit(reporter, article("draft")).ok).toBe(true);
    expect(maySubmit(reporter, article("returned")).ok).toBe(true);
  });

  it("refuses others and other states", () => {
    expect(maySubmit(editor, article("draft"))).toEqual({ ok: false, refusal: "notYours" });
    expect(maySubmit(reporter, article("submitted"))).toEqual({ ok: false, refusal: "notSubmittable" });
    expect(maySubmit(proof, { ...article("draft"), authorId: proof.id })).toEqual({ ok: false, refusal: "notAllowed" });
  });
});

describe("reviewing", () => {
  it("allows each level to its roles only", () => {
    expect(mayReview(editor, article("submitted"), "first").ok).toBe(true);
    expect(mayReview(editor, article("first_passed"), "second")).toEqual({ ok: false, refusal: "notAllowed" });
    expect(mayReview(desk, article("first_passed"), "second").ok).toBe(true);
    expect(mayReview(desk, article("second_passed"), "final")).toEqual({ ok: false, refusal: "notAllowed" });
    expect(mayReview(chief, article("second_passed"), "final").ok).toBe(true);
    expect(mayReview(reporter, article("submitted"), "first")).toEqual({ ok: false, refusal: "notAllowed" });
  });

  it("refuses a level the article is not waiting for", () => {
    expect(mayReview(chief, article("submitted"), "final")).toEqual({ ok: false, refusal: "notAtThisLevel" });
    expect(mayReview(editor, article("draft"), "first")).toEqual({ ok: false, refusal: "notAtThisLevel" });
  });

  it("never lets one person take two levels of one article", () => {
    const afterFirst = article("first_passed", [{ level: "first", reviewerId: chief.id }]);
    expect(mayReview(chief, afterFirst, "second")).toEqual({ ok: false, refusal: "reviewedAnotherLevel" });
    const afterSecond = article("second_passed", [
      { level: "first", reviewerId: editor.id },
      { level: "second", reviewerId: chief.id },
    ]);
    expect(mayReview(chief, afterSecond, "final")).toEqual({ ok: false, refusal: "reviewedAnotherLevel" });
  });

  it("remembers earlier rounds after a return", () => {
    // desk reviewed at 复审 and returned it; after resubmission desk may not take 初审.
    const resubmitted = article("submitted", [
      { level: "first", reviewerId: editor.id },
      { level: "second", reviewerId: desk.id },
    ]);
    expect(mayReview(desk, resubmitted, "first")).toEqual({ ok: false, refusal: "reviewedAnotherLevel" });
    expect(mayReview(editor, resubmitted, "first").ok).toBe(true);
  });

  it("tells the UI which level the actor can take now", () => {
    expect(reviewableLevel(chief, article("submitted"))).toBe("first");
    expect(reviewableLevel(chief, article("submitted", [{ level: "second", reviewerId: chief.id }]))).toBeNull();
    expect(reviewableLevel(reporter, article("submitted"))).toBeNull();
  });

  it("refuses every review of a rejected article", () => {
    expect(mayReview(chief, article("rejected"), "final")).toEqual({ ok: false, refusal: "archived" });
  });

  it("wants an opinion", () => {
    expect(checkOpinion("  ")).toEqual({ ok: false, refusal: "opinionRequired" });
    expect(checkOpinion("同意签发。").ok).toBe(true);
  });

  it("covers every status", () => {
    expect(ARTICLE_STATUSES).toHaveLength(7);
  });
});

describe("seeing articles", () => {
  const layout = { id: "u-layout", roles: ["layout"] as Role[] };
  it("shows a draft to its author only", () => {
    expect(mayView(reporter, article("draft"))).toBe(true);
    expect(mayView(editor, article("draft"))).toBe(false);
    expect(mayView(chief, article("draft"))).toBe(false);
  });

  it("shows submitted articles to editors, not to other reporters", () => {
    expect(mayView(editor, article("submitted"))).toBe(true);
    expect(mayView({ id: "u-2", roles: ["reporter"] }, article("submitted"))).toBe(false);
  });

  it("shows released articles to layout and proofreaders", () => {
    expect(mayView(layout, article("released"))).toBe(true);
    expect(mayView(proof, article("released"))).toBe(true);
    expect(mayView(layout, article("second_passed"))).toBe(false);
  });
});
