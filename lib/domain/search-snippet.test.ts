import { describe, expect, it } from "vitest";
import { highlight, isCaseless, searchTerms, snippet, termBigrams } from "./search-snippet";

describe("search snippets", () => {
  it("splits a query into distinct terms", () => {
    expect(searchTerms("  樊灿涛  邻里中心 樊灿涛 ")).toEqual(["樊灿涛", "邻里中心"]);
    expect(searchTerms("")).toEqual([]);
  });

  it("marks every term and escapes everything else", () => {
    expect(highlight("<b>伊滨</b>区伊滨", ["伊滨"])).toBe("&#60;b&#62;<mark>伊滨</mark>&#60;/b&#62;区<mark>伊滨</mark>");
  });

  it("cuts around the first hit, with ellipses where cut", () => {
    const text = `${"甲".repeat(100)}樊灿涛调研${"乙".repeat(100)}`;
    const out = snippet(text, ["樊灿涛"], 30);
    expect(out.startsWith("…")).toBe(true);
    expect(out.endsWith("…")).toBe(true);
    expect(out).toContain("<mark>樊灿涛</mark>");
    expect([...out.replace(/<\/?mark>/g, "")].length).toBe(32);
  });

  it("starts at the beginning when the hit is near it, or when nothing matches", () => {
    expect(snippet("伊滨讯 区党工委召开会议", ["党工委"], 90)).toBe("伊滨讯 区<mark>党工委</mark>召开会议");
    expect(snippet("伊滨讯", ["洛阳"], 90)).toBe("伊滨讯");
  });
});

describe("isCaseless", () => {
  it("is true for Chinese, digits and punctuation, false when a letter has another case", () => {
    expect(isCaseless("伊滨")).toBe(true);
    expect(isCaseless("项目建设2023，")).toBe(true);
    expect(isCaseless("CBD商圈")).toBe(false);
    expect(isCaseless("ai")).toBe(false);
  });
});

describe("termBigrams", () => {
  it("gives each adjacent pair once, lower-cased", () => {
    expect(termBigrams("伊滨")).toEqual(["伊滨"]);
    expect(termBigrams("项目建设")).toEqual(["项目", "目建", "建设"]);
    expect(termBigrams("哈哈哈")).toEqual(["哈哈"]);
    expect(termBigrams("5G网络")).toEqual(["5g", "g网", "网络"]);
  });
  it("has none for one character, and counts characters, not UTF-16 units", () => {
    expect(termBigrams("镇")).toEqual([]);
    expect(termBigrams("𠮷野")).toEqual(["𠮷野"]);
  });
});
