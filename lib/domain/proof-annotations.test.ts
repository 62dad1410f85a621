import { describe, expect, it } from "vitest";
import { annotatePieces, type ProofAnnotation } from "./proof-annotations";

const mark = (id: string, from: number, to: number, tone: ProofAnnotation["tone"] = "open"): ProofAnnotation => ({ id, articleId: "a", field: "body", from, to, tone });

describe("annotatePieces", () => {
  it("returns the text whole when nothing falls on it", () => {
    expect(annotatePieces("伊滨新闻", 10, [mark("m", 0, 3)])).toEqual([{ text: "伊滨新闻", annotation: null }]);
  });

  it("cuts the text at the edges of marks, in field offsets", () => {
    const m = mark("m", 11, 13);
    expect(annotatePieces("伊滨新闻", 10, [m])).toEqual([
      { text: "伊", annotation: null },
      { text: "滨新", annotation: m },
      { text: "闻", annotation: null },
    ]);
  });

  it("clips a mark that runs past the paragraph, and shows an insertion one character wide", () => {
    const long = mark("long", 8, 12);
    const insert = mark("ins", 13, 13);
    expect(annotatePieces("伊滨新闻", 10, [long, insert]).map((p) => [p.text, p.annotation?.id ?? null])).toEqual([
      ["伊滨", "long"],
      ["新", null],
      ["闻", "ins"],
    ]);
  });

  it("lets an open mark win over a suggestion on the same characters", () => {
    const pieces = annotatePieces("的的确", 0, [mark("s", 0, 2, "suggestion"), mark("m", 1, 2)]);
    expect(pieces.map((p) => [p.text, p.annotation?.id])).toEqual([["的", "s"], ["的", "m"], ["确", undefined]]);
  });

  it("counts astral characters as one", () => {
    expect(annotatePieces("𠀀甲", 0, [mark("m", 1, 2)]).map((p) => p.text)).toEqual(["𠀀", "甲"]);
  });
});
