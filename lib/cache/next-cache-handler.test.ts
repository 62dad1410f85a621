import { describe, expect, it } from "vitest";
// @ts-expect-error plain JavaScript that Next loads at run time; no declarations
import { isStale, tagsOf } from "./next-cache-handler.mjs";

describe("the shared cache handler's staleness rule", () => {
  const revalidated = new Map([["_N_T_/layout", 1_000]]);

  it("an entry made before its tag was revalidated is stale, one made after is not", () => {
    expect(isStale(["_N_T_/layout", "_N_T_/zhoubao/archive"], 999, revalidated)).toBe(true);
    expect(isStale(["_N_T_/layout"], 1_000, revalidated)).toBe(true);
    expect(isStale(["_N_T_/layout"], 1_001, revalidated)).toBe(false);
    expect(isStale(["_N_T_/other"], 1, revalidated)).toBe(false);
  });

  it("an entry's tags are the page's own (x-next-cache-tags) and those Next asks with", () => {
    const value = { kind: "APP_PAGE", headers: { "x-next-cache-tags": "_N_T_/layout,_N_T_/zhoubao/layout" } };
    expect(tagsOf(value, { softTags: ["_N_T_/zhoubao/archive"] })).toEqual(["_N_T_/layout", "_N_T_/zhoubao/layout", "_N_T_/zhoubao/archive"]);
    expect(tagsOf(null, undefined)).toEqual([]);
  });
});
