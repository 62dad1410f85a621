import { describe, expect, it } from "vitest";
import type { Suggestion } from "./proof-checks";
import {
  defaultCorrection,
  describeChange,
  marksByRound,
  proofAnnotations,
  roundSteps,
  selectedText,
  suggestionMark,
  type AnnotatedMark,
} from "./proof-desk-view";

describe("describeChange", () => {
  const change = (kind: string, before: string, removed: string, inserted: string, after: string) => ({ kind, before, removed, inserted, after });

  it("reads a doubled character corrected to one as a deletion", () => {
    expect(describeChange("的的", "的")).toEqual(change("delete", "的", "的", "", ""));
    expect(describeChange("下一阶段", "下阶段")).toEqual(change("delete", "下", "一", "", "阶段"));
  });

  it("reads an emptied selection as deleting all of it", () => {
    expect(describeChange("多余", "")).toEqual(change("delete", "", "多余", "", ""));
  });

  it("reads the character before a gap, typed again with the missing one, as an insertion after it", () => {
    expect(describeChange("发", "发展")).toEqual(change("insert", "发", "", "展", ""));
    expect(describeChange("伊新闻", "伊滨新闻")).toEqual(change("insert", "伊", "", "滨", "新闻"));
  });

  it("narrows a substitution to the characters that differ", () => {
    expect(describeChange("在建项目", "再建项目")).toEqual(change("replace", "", "在", "再", "建项目"));
    expect(describeChange("对未", "会儿")).toEqual(change("replace", "", "对未", "会儿", ""));
  });

  it("says nothing changes when the correction is the text itself", () => {
    expect(describeChange("“先行区", "“先行区")).toEqual(change("none", "“先行区", "", "", ""));
    expect(describeChange("", "")).toEqual(change("none", "", "", "", ""));
  });

  it("counts code points, so a character outside the BMP is not cut in half", () => {
    expect(describeChange("𠀀𠀀", "𠀀")).toEqual(change("delete", "𠀀", "𠀀", "", ""));
  });
});

describe("defaultCorrection", () => {
  it("offers deletion for 多字 and the selected text otherwise", () => {
    expect(defaultCorrection("extra", "的的")).toBe("");
    expect(defaultCorrection("typo", "在")).toBe("在");
  });
});

describe("roundSteps", () => {
  const planned = [
    { round: 1, kind: "proof" as const },
    { round: 2, kind: "proof" as const },
    { round: 3, kind: "proof" as const },
    { round: 4, kind: "read_through" as const },
  ];

  it("gives every planned round a state, from the rounds recorded", () => {
    const rounds = [
      { round: 1, kind: "proof" as const, phase: "closed" as const },
      { round: 2, kind: "proof" as const, phase: "correcting" as const },
    ];
    expect(roundSteps(planned, rounds).map((s) => [s.round, s.kind, s.state, s.record !== null])).toEqual([
      [1, "proof", "closed", true],
      [2, "proof", "correcting", true],
      [3, "proof", "upcoming", false],
      [4, "read_through", "upcoming", false],
    ]);
  });

  it("shows a round recorded beyond the plan (the publication later asked for fewer)", () => {
    const steps = roundSteps(planned.slice(0, 2), [{ round: 3, kind: "proof" as const, phase: "marking" as const }]);
    expect(steps.map((s) => [s.round, s.state])).toEqual([
      [1, "upcoming"],
      [2, "upcoming"],
      [3, "marking"],
    ]);
  });
});

describe("marksByRound", () => {
  const marks = [{ id: "a", round: 1 }, { id: "b", round: 2 }, { id: "c", round: 1 }, { id: "d", round: 3 }];

  it("puts the current round first, then the latest rounds back", () => {
    expect(marksByRound(marks, 2).map((g) => [g.round, g.marks.map((m) => m.id)])).toEqual([
      [2, ["b"]],
      [3, ["d"]],
      [1, ["a", "c"]],
    ]);
  });

  it("shows the current round even before its first mark", () => {
    expect(marksByRound(marks.slice(0, 1), 2).map((g) => [g.round, g.marks.length])).toEqual([
      [2, 0],
      [1, 1],
    ]);
  });

  it("orders by round alone when no round is under way", () => {
    expect(marksByRound(marks, null).map((g) => g.round)).toEqual([3, 2, 1]);
  });
});

describe("proofAnnotations", () => {
  const mark = (over: Partial<AnnotatedMark>): AnnotatedMark => ({
    id: "m",
    round: 2,
    articleId: "a",
    field: "body",
    from: 10,
    to: 12,
    correction: "改后",
    status: "open",
    ...over,
  });
  const suggestion = { id: "s", articleId: "a", field: "body" as const, from: 3, to: 4 };

  it("draws open marks of any round and the settled marks of the latest round only", () => {
    const marks = [
      mark({ id: "old-open", round: 1 }),
      mark({ id: "old-rejected", round: 1, status: "rejected" }),
      mark({ id: "new-rejected", status: "rejected" }),
    ];
    expect(proofAnnotations(marks, [], { latestRound: 2, showSuggestions: false })).toEqual([
      { id: "old-open", articleId: "a", field: "body", from: 10, to: 12, tone: "open" },
      { id: "new-rejected", articleId: "a", field: "body", from: 10, to: 12, tone: "rejected" },
    ]);
  });

  it("covers an accepted mark's corrected text, and drops an accepted deletion", () => {
    const marks = [mark({ id: "longer", status: "accepted", correction: "改成三字" }), mark({ id: "deleted", status: "accepted", correction: "" })];
    expect(proofAnnotations(marks, [], { latestRound: 2, showSuggestions: false })).toEqual([
      { id: "longer", articleId: "a", field: "body", from: 10, to: 14, tone: "accepted" },
    ]);
  });

  it("adds the suggestions only when they are shown", () => {
    expect(proofAnnotations([], [suggestion], { latestRound: null, showSuggestions: false })).toEqual([]);
    expect(proofAnnotations([], [suggestion], { latestRound: null, showSuggestions: true })).toEqual([{ ...suggestion, tone: "suggestion" }]);
  });
});

describe("selectedText", () => {
  it("adds the run's offset to the characters before the selection", () => {
    expect(selectedText("伊滨讯 5月", "29日", 120)).toEqual({ from: 126, to: 129, original: "29日" });
  });

  it("counts code points, not UTF-16 units", () => {
    expect(selectedText("𠀀𠀀", "的", 0)).toEqual({ from: 2, to: 3, original: "的" });
  });

  it("leaves out the spaces around a selection", () => {
    expect(selectedText("助力", " 加速\u3000", 0)).toEqual({ from: 3, to: 5, original: "加速" });
  });

  it("ignores a selection of nothing but space", () => {
    expect(selectedText("助力", "  ", 0)).toBeNull();
    expect(selectedText("助力", "", 0)).toBeNull();
  });
});

describe("suggestionMark", () => {
  const base: Suggestion & { articleId: string | null } = {
    kind: "halfWidthPunctuation",
    field: "body",
    from: 5,
    to: 6,
    original: ",",
    correction: "，",
    markType: "punctuation",
    articleId: "a",
  };

  it("takes the suggestion's correction and records the check it came from", () => {
    expect(suggestionMark(base, "半角标点")).toEqual({
      articleId: "a",
      field: "body",
      from: 5,
      to: 6,
      original: ",",
      correction: "，",
      type: "punctuation",
      note: null,
      fromCheck: "halfWidthPunctuation",
    });
  });

  it("keeps the text and notes the check where the check cannot say what is right", () => {
    const mark = suggestionMark({ ...base, kind: "missingByline", from: 0, to: 0, original: "", correction: null, markType: "format" }, "缺署名");
    expect(mark).toMatchObject({ original: "", correction: "", note: "缺署名", type: "format", fromCheck: "missingByline" });
  });
});
