import { describe, expect, it } from "vitest";
import { format, messages } from "@/lib/i18n";
import { SEARCH_MAX_QUERY } from "@/lib/domain/reader-search";
import { parseSearch } from "./reader-api";

const api = messages.api;

const parse = (query: string) => parseSearch(new URLSearchParams(query));
const refusal = (query: string) => {
  try {
    parse(query);
  } catch (error) {
    return { status: (error as { status: number }).status, message: (error as { userMessage: string }).userMessage };
  }
  throw new Error(`accepted ${query}`);
};

describe("parseSearch", () => {
  it("reads the query, filters and paging", () => {
    expect(parse("q=+伊滨+&pub=yibin&from=2023-01-01&to=2023-12-31&limit=10&offset=20")).toEqual({
      q: "伊滨", pub: "yibin", from: new Date("2023-01-01T00:00:00Z"), to: new Date("2023-12-31T00:00:00Z"), limit: 10, offset: 20,
    });
    expect(parse("q=会议&pub=&from=")).toEqual({ q: "会议", pub: null, from: null, to: null, limit: 20, offset: 0 });
  });

  it("refuses an empty or too long query with a Chinese message", () => {
    expect(refusal("q=")).toEqual({ status: 400, message: api.errors.queryRequired });
    expect(refusal("q=%20%20")).toEqual({ status: 400, message: api.errors.queryRequired });
    expect(refusal("")).toEqual({ status: 400, message: api.errors.queryRequired });
    expect(parse(`q=${"伊".repeat(SEARCH_MAX_QUERY)}`).q).toHaveLength(SEARCH_MAX_QUERY);
    expect(refusal(`q=${"伊".repeat(SEARCH_MAX_QUERY + 1)}`)).toEqual({ status: 400, message: format(api.errors.queryTooLong, { max: SEARCH_MAX_QUERY }) });
  });

  it("refuses malformed dates, a backwards range and bad paging", () => {
    expect(refusal("q=a&from=2023-02-30")).toEqual({ status: 400, message: api.errors.dateInvalid });
    expect(refusal("q=a&to=20230607")).toEqual({ status: 400, message: api.errors.dateInvalid });
    expect(refusal("q=a&from=2023-06-08&to=2023-06-07")).toEqual({ status: 400, message: api.errors.rangeInvalid });
    const paginationInvalid = format(api.errors.paginationInvalid, { limit: 50, offset: 1000 });
    for (const paging of ["limit=0", "limit=51", "limit=-1", "offset=-1", "offset=1.5", "offset=1001", "limit=abc"]) {
      expect(refusal(`q=a&${paging}`)).toEqual({ status: 400, message: paginationInvalid });
    }
    expect(parse("q=a&offset=1000").offset).toBe(1000);
  });
});
