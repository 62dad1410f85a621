import { describe, expect, it } from "vitest";
import { parseArchiveYear, readerUrls } from "./reader-urls";

describe("往期回顾 by year", () => {
  it("addresses a year's page under the publication's archive", () => {
    expect(readerUrls.archiveYear("yibin", 2023)).toBe("/yibin/archive/2023");
  });

  it("reads a year segment of four digits from 1900 to 2100", () => {
    expect(parseArchiveYear("2023")).toBe(2023);
    expect(parseArchiveYear("1900")).toBe(1900);
    expect(parseArchiveYear("2100")).toBe(2100);
  });

  it("refuses anything else, so the page is a 404 without a query", () => {
    for (const segment of ["1899", "2101", "0099", "99999", "23", "", "2023-06", "2023 ", " 2023", "+2023", "2e03", "２０２３", "abcd"]) {
      expect(parseArchiveYear(segment), segment).toBeNull();
    }
  });
});
