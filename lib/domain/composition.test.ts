import { describe, expect, it } from "vitest";
import { boxCapacity, fitOf, headingLines } from "./copy-fit";
import { breakPoint, continuedFromLine, continuedOnLine, splitAt } from "./jumps";
import { pageGrid } from "./page-grid";

const format = { widthMm: 380, heightMm: 530, columns: 8 };

describe("page grid", () => {
  it("sets 小五号 body in 8 columns of a 四开 page", () => {
    const grid = pageGrid(format, 2);
    expect(grid.charWidthMm).toBeCloseTo(3.175, 3);
    expect(grid.lineHeightMm).toBeCloseTo(4.7625, 3);
    expect(grid.columnWidthMm).toBeCloseTo(40.5, 2); // (380 − 2×14 − 7×4) / 8
    expect(grid.charsPerColumnLine).toBe(12);
    expect(grid.rows).toBe(Math.floor(501 / 4.7625) - 3 - 2);
  });

  it("gives page 1's masthead more room than the 报眉 of other pages", () => {
    expect(pageGrid(format, 1).rows).toBe(pageGrid(format, 2).rows - 13);
  });
});

describe("copy-fit", () => {
  const grid = pageGrid(format, 2);
  const headings = { kicker: null, headline: "樊灿涛调研 中心城区邻里中心建设", subheadline: null };

  it("counts the lines a headline takes across its box", () => {
    // 15 characters of 28 pt across 4 columns (172 mm, 17 a line): one line of ~12.3 mm → 3 body lines, plus a blank.
    expect(headingLines(grid, { columnSpan: 4, height: 30, headlineSize: 28 }, headings)).toBe(4);
    // Across 2 columns (84 mm, 8 a line) it wraps to two lines.
    expect(headingLines(grid, { columnSpan: 2, height: 30, headlineSize: 28 }, headings)).toBe(7);
    expect(headingLines(grid, { columnSpan: 4, height: 30, headlineSize: 28 }, { ...headings, kicker: "引题", subheadline: "——副题" })).toBe(6);
  });

  it("computes a box's capacity from its body lines and columns", () => {
    // (30 − 4) lines × 4 columns × 12 characters
    expect(boxCapacity(grid, { columnSpan: 4, height: 30, headlineSize: 28 }, headings, { continuation: false, jumps: false })).toBe(1248);
    // A jump line takes one column line.
    expect(boxCapacity(grid, { columnSpan: 4, height: 30, headlineSize: 28 }, headings, { continuation: false, jumps: true })).toBe(1236);
    // A continuation needs only a short reminder and its 上接 line.
    expect(boxCapacity(grid, { columnSpan: 2, height: 20, headlineSize: 28 }, headings, { continuation: true, jumps: false })).toBe((18 * 2 - 1) * 12);
  });

  it("holds nothing when the headings fill the box", () => {
    expect(boxCapacity(grid, { columnSpan: 1, height: 3, headlineSize: 48 }, headings, { continuation: false, jumps: false })).toBe(0);
  });

  it("reports 超 and 缺", () => {
    expect(fitOf(1000, 1120)).toEqual({ capacity: 1000, chars: 1120, over: 120, under: 0 });
    expect(fitOf(1000, 930)).toEqual({ capacity: 1000, chars: 930, over: 0, under: 70 });
    expect(fitOf(1000, 1000)).toEqual({ capacity: 1000, chars: 1000, over: 0, under: 0 });
  });
});

describe("jumps", () => {
  it("writes the jump lines with two-digit page numbers", () => {
    expect(continuedOnLine(2)).toBe("下转第02版");
    expect(continuedFromLine(1)).toBe("（上接第01版）");
  });

  it("breaks at the capacity, or just after a nearby sentence end", () => {
    const text = "一二三四五六七八九十。甲乙丙丁戊己庚辛壬癸";
    expect(breakPoint(text, 100)).toBe([...text].length);
    expect(breakPoint(text, 13)).toBe(11);
    expect(breakPoint("一二三四五六七八九十甲乙丙丁戊己庚辛壬癸", 13)).toBe(13);
  });

  it("splits by characters, not code units", () => {
    expect(splitAt("𠮷野家的牛丼", 2)).toEqual(["𠮷野", "家的牛丼"]);
  });
});
