import { describe, expect, it } from "vitest";
import { clampBox, mayComposePage, suggestColumnStart } from "./composition-rules";

const page = { pageEditorId: "ed", layoutId: "lay", signed: false };

describe("composing pages", () => {
  it("lets the desk compose any page and the assigned staff their own", () => {
    expect(mayComposePage({ id: "d", roles: ["desk"] }, page)).toBe(true);
    expect(mayComposePage({ id: "ed", roles: ["editor"] }, page)).toBe(true);
    expect(mayComposePage({ id: "lay", roles: ["layout"] }, page)).toBe(true);
  });

  it("keeps other editors, reporters and proofreaders out", () => {
    expect(mayComposePage({ id: "other", roles: ["editor"] }, page)).toBe(false);
    expect(mayComposePage({ id: "ed", roles: ["reporter"] }, page)).toBe(false);
    expect(mayComposePage({ id: "p", roles: ["proofreader"] }, page)).toBe(false);
  });

  it("freezes a signed page for everyone", () => {
    expect(mayComposePage({ id: "c", roles: ["chief"] }, { ...page, signed: true })).toBe(false);
  });

  it("keeps a box on the grid", () => {
    expect(clampBox({ columnStart: 7, columnSpan: 4, height: 500, headlineSize: 100 }, 8, 90)).toEqual({ columnStart: 5, columnSpan: 4, height: 90, headlineSize: 72 });
    expect(clampBox({ columnStart: 0, columnSpan: 0, height: 1, headlineSize: 5 }, 8, 90)).toEqual({ columnStart: 1, columnSpan: 1, height: 4, headlineSize: 12 });
  });
});

describe("where a new box goes", () => {
  it("fills the page side by side before stacking", () => {
    expect(suggestColumnStart([], 4, 8)).toBe(1);
    expect(suggestColumnStart([{ columnStart: 1, columnSpan: 4, height: 24 }], 4, 8)).toBe(5);
    expect(suggestColumnStart([{ columnStart: 1, columnSpan: 4, height: 24 }, { columnStart: 5, columnSpan: 4, height: 30 }], 4, 8)).toBe(1);
  });

  it("finds room for a narrow box beside a wide one", () => {
    expect(suggestColumnStart([{ columnStart: 1, columnSpan: 6, height: 20 }], 2, 8)).toBe(7);
  });
});
