import { describe, expect, it } from "vitest";
import { nextIssueNumbers, overrideNeedsReason } from "./issue-numbering";

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

describe("issue numbering", () => {
  it("continues both numbers within a year", () => {
    expect(nextIssueNumbers({ date: day("2023-06-07"), number: 10, totalNumber: 255 }, day("2023-06-14"))).toEqual({ number: 11, totalNumber: 256 });
  });

  it("restarts 期号 with a new year and keeps counting 总期号", () => {
    expect(nextIssueNumbers({ date: day("2023-12-27"), number: 48, totalNumber: 293 }, day("2024-01-03"))).toEqual({ number: 1, totalNumber: 294 });
  });

  it("treats 31 December and 1 January by the calendar day, not the server's time zone", () => {
    expect(nextIssueNumbers({ date: day("2023-12-31"), number: 52, totalNumber: 300 }, day("2024-01-01"))).toEqual({ number: 1, totalNumber: 301 });
    expect(nextIssueNumbers({ date: day("2024-01-01"), number: 1, totalNumber: 301 }, day("2024-12-31"))).toEqual({ number: 2, totalNumber: 302 });
  });

  it("starts a new paper at 第1期 总第1期", () => {
    expect(nextIssueNumbers(null, day("2026-11-21"))).toEqual({ number: 1, totalNumber: 1 });
  });

  it("asks for a reason only when the numbers are changed", () => {
    const computed = { number: 11, totalNumber: 256 };
    expect(overrideNeedsReason(computed, { number: 11, totalNumber: 256 })).toBe(false);
    expect(overrideNeedsReason(computed, { number: 12, totalNumber: 256 })).toBe(true);
    expect(overrideNeedsReason(computed, { number: 11, totalNumber: 257 })).toBe(true);
  });
});
