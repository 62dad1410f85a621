import { describe, expect, it } from "vitest";
import { diffStats, diffText } from "./text-diff";

describe("Chinese diff", () => {
  it("finds a single changed character inside a run with no spaces", () => {
    expect(diffText("区党工委副书记刘峰主持", "区党工委书记刘峰主持")).toEqual([
      { kind: "same", text: "区党工委" },
      { kind: "removed", text: "副" },
      { kind: "same", text: "书记刘峰主持" },
    ]);
  });

  it("shows an insertion and a replacement", () => {
    const parts = diffText("会议会议精神", "会议精神，要求");
    expect(parts.filter((p) => p.kind !== "same").map((p) => p.text).join("")).toContain("，要求");
    expect(diffStats(parts)).toEqual({ added: 3, removed: 2 });
  });

  it("reports nothing for identical texts", () => {
    expect(diffText("伊滨讯", "伊滨讯")).toEqual([{ kind: "same", text: "伊滨讯" }]);
    expect(diffStats(diffText("伊滨讯", "伊滨讯"))).toEqual({ added: 0, removed: 0 });
  });

  it("handles an empty side", () => {
    expect(diffText("", "新稿")).toEqual([{ kind: "added", text: "新稿" }]);
    expect(diffText("旧稿", "")).toEqual([{ kind: "removed", text: "旧稿" }]);
  });

  it("counts as 字数 does: line breaks and spaces are no characters", () => {
    expect(diffStats(diffText("甲", "甲\n乙 丙"))).toEqual({ added: 2, removed: 0 });
  });

  it("counts characters outside the basic plane once", () => {
    expect(diffStats(diffText("", "𠮷"))).toEqual({ added: 1, removed: 0 });
  });
});
