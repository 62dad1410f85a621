import { describe, expect, it } from "vitest";
import { formatLunarDate, lunarDateOf } from "./lunar";

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

describe("lunar dates", () => {
  it("computes the date sample 002 should have printed", () => {
    // The sample prints 癸卯年四月十四 for 2023-06-07: a typed date gone wrong.
    expect(formatLunarDate(day("2023-06-07"))).toBe("癸卯年四月二十");
  });

  it("names the first and last months 正 and 腊", () => {
    expect(formatLunarDate(day("2023-02-05"))).toBe("癸卯年正月十五");
    expect(formatLunarDate(day("2024-01-15"))).toBe("癸卯年腊月初五");
  });

  it("marks leap months", () => {
    expect(lunarDateOf(day("2023-03-22"))).toMatchObject({ month: "闰二", day: "初一", isLeapMonth: true });
  });

  it("does not shift the day with the server's time zone", () => {
    // Stored dates are midnight UTC; a UTC+8 reading must not move them.
    expect(formatLunarDate(new Date(Date.UTC(2023, 5, 7)))).toBe("癸卯年四月二十");
  });
});
