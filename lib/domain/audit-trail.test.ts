import { describe, expect, it } from "vitest";
import {
  auditFilterQuery, auditPageLinks, auditPageRequest, auditTimeRange, chinaToday, compactValue, decodeAuditCursor, describeChange,
  encodeAuditCursor, formatChinaTime, hasFilters, parseAuditFilters,
} from "./audit-trail";

describe("audit filters", () => {
  it("reads the query string, dropping what is not a filter", () => {
    const filters = parseAuditFilters({ actor: "ck123", objectType: "Article", objectId: " a1 ", action: "review.decide", from: "2023-06-01", to: "2023-06-30" });
    expect(filters).toEqual({ actor: "ck123", objectType: "Article", objectId: "a1", action: "review.decide", from: "2023-06-01", to: "2023-06-30" });
    expect(parseAuditFilters({ actor: "", objectId: "x'; drop", from: "2023-02-30", to: "junk" })).toEqual({
      actor: null, objectType: null, objectId: null, action: null, from: null, to: null,
    });
    expect(hasFilters(parseAuditFilters({}))).toBe(false);
  });

  it("swaps days given in the wrong order and reads URLSearchParams too", () => {
    const filters = parseAuditFilters(new URLSearchParams("from=2023-07-01&to=2023-06-01"));
    expect([filters.from, filters.to]).toEqual(["2023-06-01", "2023-07-01"]);
    expect(auditFilterQuery(filters)).toEqual({ from: "2023-06-01", to: "2023-07-01" });
  });

  it("bounds a range of China days in instants: midnight in Beijing is 16:00 UTC the day before", () => {
    const { start, end } = auditTimeRange({ from: "2023-06-01", to: "2023-06-30" });
    expect(start!.toISOString()).toBe("2023-05-31T16:00:00.000Z");
    expect(end!.toISOString()).toBe("2023-06-30T16:00:00.000Z");
    expect(auditTimeRange({ from: null, to: null })).toEqual({ start: null, end: null });
  });

  it("shows times and today in China time", () => {
    expect(formatChinaTime(new Date("2023-06-07T18:03:05.120Z"))).toBe("2023-06-08 02:03:05");
    expect(chinaToday(new Date("2023-12-31T16:30:00Z"))).toBe("2024-01-01");
  });
});

describe("the keyset cursor", () => {
  const row = (ms: number, id: string) => ({ at: new Date(ms), id });

  it("round-trips and refuses anything else", () => {
    const cursor = row(1_686_110_585_123, "cm1abc");
    expect(decodeAuditCursor(encodeAuditCursor(cursor))).toEqual(cursor);
    for (const bad of [null, "", "x", "zz.", ".id", "abc.id with space", "9".repeat(20) + ".a"]) expect(decodeAuditCursor(bad)).toBeNull();
  });

  it("asks for older rows by ?before and newer by ?after", () => {
    const c = encodeAuditCursor(row(1000, "a"));
    expect(auditPageRequest({ before: c })).toEqual({ cursor: row(1000, "a"), direction: "older" });
    expect(auditPageRequest({ after: c })).toEqual({ cursor: row(1000, "a"), direction: "newer" });
    expect(auditPageRequest({})).toEqual({ cursor: null, direction: "older" });
  });

  it("links the first page to older rows only when there are more", () => {
    const fetched = [row(5, "e"), row(4, "d"), row(3, "c")];
    const page = auditPageLinks(fetched, { cursor: null, direction: "older" }, 2);
    expect(page.rows.map((r) => r.id)).toEqual(["e", "d"]);
    expect(page.older).toBe(encodeAuditCursor(row(4, "d")));
    expect(page.newer).toBeNull();
    expect(auditPageLinks(fetched, { cursor: null, direction: "older" }, 3).older).toBeNull();
  });

  it("turns a newer page (fetched oldest first) round, and links both ways from it", () => {
    const fetched = [row(6, "f"), row(7, "g"), row(8, "h")];
    const page = auditPageLinks(fetched, { cursor: row(5, "e"), direction: "newer" }, 2);
    expect(page.rows.map((r) => r.id)).toEqual(["g", "f"]);
    expect(page.newer).toBe(encodeAuditCursor(row(7, "g")));
    expect(page.older).toBe(encodeAuditCursor(row(6, "f")));
    expect(auditPageLinks(fetched.slice(0, 2), { cursor: row(5, "e"), direction: "newer" }, 2).newer).toBeNull();
  });
});

describe("before → after", () => {
  it("lists keys with both sides and marks what changed", () => {
    expect(describeChange({ status: "draft", version: 3, signedAt: "x" }, { status: "submitted", version: 3, level: "first" })).toEqual([
      { key: "status", before: "draft", after: "submitted", change: "changed" },
      { key: "version", before: "3", after: "3", change: "same" },
      { key: "signedAt", before: "x", after: null, change: "removed" },
      { key: "level", before: null, after: "first", change: "added" },
    ]);
  });

  it("lists one side as it is, and a non-object record whole", () => {
    expect(describeChange(null, { name: "巡察室" })).toEqual([{ key: "name", before: null, after: "巡察室", change: "same" }]);
    expect(describeChange({ fileName: "a.docx" }, null)).toEqual([{ key: "fileName", before: "a.docx", after: null, change: "same" }]);
    expect(describeChange(null, null)).toEqual([]);
    expect(describeChange([{ id: "p1" }], ["要闻"])).toEqual([{ key: "", before: '[{"id":"p1"}]', after: '["要闻"]', change: "changed" }]);
  });

  it("keeps long values short", () => {
    expect(compactValue("字".repeat(200), 10)).toBe(`${"字".repeat(9)}…`);
    expect(compactValue({ a: [1, 2] })).toBe('{"a":[1,2]}');
  });
});
