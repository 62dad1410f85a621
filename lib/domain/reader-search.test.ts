import { describe, expect, it } from "vitest";
import { pagination, parseSearchForm, SEARCH_MAX_PAGE, SEARCH_MAX_QUERY, searchQuery } from "./reader-search";

describe("parseSearchForm", () => {
  it("reads a full query", () => {
    expect(parseSearchForm({ q: "  伊东渠   清水 ", pub: "yibin", from: "2023-01-01", to: "2023-12-31", page: "2" })).toEqual({
      q: "伊东渠 清水",
      pub: "yibin",
      from: "2023-01-01",
      to: "2023-12-31",
      page: 2,
      problems: [],
    });
  });

  it("defaults what is missing", () => {
    expect(parseSearchForm({})).toEqual({ q: "", pub: null, from: null, to: null, page: 1, problems: [] });
  });

  it("drops dates that are not real days, and says so", () => {
    const form = parseSearchForm({ q: "a", from: "2023-02-30", to: "昨天" });
    expect(form).toMatchObject({ from: null, to: null, problems: ["fromInvalid", "toInvalid"] });
  });

  it("turns a range given backwards the right way round", () => {
    expect(parseSearchForm({ q: "a", from: "2023-12-31", to: "2023-01-01" })).toMatchObject({ from: "2023-01-01", to: "2023-12-31" });
  });

  it("cuts an overlong query and keeps page numbers in range", () => {
    const form = parseSearchForm({ q: "字".repeat(SEARCH_MAX_QUERY + 5), page: "9999" });
    expect([...form.q]).toHaveLength(SEARCH_MAX_QUERY);
    expect(form.problems).toEqual(["queryTooLong"]);
    expect(form.page).toBe(SEARCH_MAX_PAGE);
    expect(parseSearchForm({ page: "-3" }).page).toBe(1);
    expect(parseSearchForm({ page: "abc" }).page).toBe(1);
    expect(parseSearchForm({ q: ["x", "y"] }).q).toBe("x");
  });
});

describe("pagination", () => {
  it("has nothing to page through for one page or none", () => {
    expect(pagination(0, 1)).toEqual({ pageCount: 0, previous: null, next: null, items: [] });
    expect(pagination(20, 1)).toEqual({ pageCount: 1, previous: null, next: null, items: [1] });
  });

  it("shows the ends and the neighbourhood of the current page, with gaps", () => {
    expect(pagination(400, 10)).toEqual({ pageCount: 20, previous: 9, next: 11, items: [1, "gap", 8, 9, 10, 11, 12, "gap", 20] });
    expect(pagination(200, 1).items).toEqual([1, 2, 3, "gap", 10]);
    // A gap of one page shows that page instead.
    expect(pagination(100, 1).items).toEqual([1, 2, 3, 4, 5]);
  });

  it("offers no page past the last", () => {
    expect(pagination(41, 3)).toMatchObject({ pageCount: 3, next: null, previous: 2 });
  });
});

describe("searchQuery", () => {
  it("writes the form back as a query string", () => {
    expect(searchQuery({ q: "清水", pub: null, from: "2023-01-01", to: null }, 2)).toBe("q=%E6%B8%85%E6%B0%B4&from=2023-01-01&page=2");
  });
});
