import { describe, expect, it } from "vitest";
import { countCharacters } from "./char-count";

describe("字数", () => {
  it("counts Chinese characters and punctuation", () => {
    expect(countCharacters("伊滨讯，5月29日。")).toBe(10);
  });

  it("ignores white space and line breaks", () => {
    expect(countCharacters("助力招商引资项目 加速落地投产\n")).toBe(14);
  });

  it("counts characters outside the basic plane once", () => {
    expect(countCharacters("𠮷野家")).toBe(3);
  });
});
