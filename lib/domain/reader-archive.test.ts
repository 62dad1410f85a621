import { describe, expect, it } from "vitest";
import { archiveCalendar, monthGrid, yearSpan } from "./reader-archive";

const issue = (iso: string, number: number) => ({ date: new Date(`${iso}T00:00:00Z`), number });

describe("monthGrid", () => {
  it("lays June 2023 out Monday first: the 1st is a Thursday", () => {
    const grid = monthGrid(2023, 6, [issue("2023-06-07", 10), issue("2023-06-21", 11)]);
    expect(grid.weeks).toHaveLength(5);
    expect(grid.weeks[0]!.slice(0, 3)).toEqual([null, null, null]);
    expect(grid.weeks[0]![3]).toMatchObject({ day: 1, iso: "2023-06-01", issue: null });
    // 7 June 2023 is a Wednesday, in the second row.
    expect(grid.weeks[1]![2]).toMatchObject({ day: 7, iso: "2023-06-07", issue: { number: 10 } });
    expect(grid.weeks[4]![4]).toMatchObject({ day: 30 });
    expect(grid.weeks[4]!.slice(5)).toEqual([null, null]);
    expect(grid.weeks.every((week) => week.length === 7)).toBe(true);
  });

  it("starts a month that begins on a Monday in the first cell, and knows leap years", () => {
    const grid = monthGrid(2024, 1, []);
    expect(grid.weeks[0]![0]).toMatchObject({ day: 1 });
    const february = monthGrid(2024, 2, []);
    expect(february.weeks.flat().filter(Boolean)).toHaveLength(29);
  });
});

describe("archiveCalendar", () => {
  it("groups issues by year and month, newest first, leaving out months without an issue", () => {
    const years = archiveCalendar([issue("2022-12-28", 52), issue("2023-06-07", 10), issue("2023-01-11", 1), issue("2023-06-21", 11)]);
    expect(years.map((y) => [y.year, y.issueCount])).toEqual([[2023, 3], [2022, 1]]);
    expect(years[0]!.months.map((m) => m.month)).toEqual([6, 1]);
    expect(years[0]!.months[0]!.issues.map((i) => i.number)).toEqual([11, 10]);
  });

  it("is empty without issues", () => {
    expect(archiveCalendar([])).toEqual([]);
  });
});

describe("yearSpan", () => {
  it("runs from Jan 1 to the next Jan 1, midnight UTC like the stored dates", () => {
    const { from, until } = yearSpan(2023);
    expect(from.toISOString()).toBe("2023-01-01T00:00:00.000Z");
    expect(until.toISOString()).toBe("2024-01-01T00:00:00.000Z");
  });

  it("holds the year's first and last issue dates and nothing of the next year", () => {
    const { from, until } = yearSpan(2024);
    const within = (iso: string) => {
      const date = new Date(`${iso}T00:00:00Z`);
      return date >= from && date < until;
    };
    expect([within("2024-01-01"), within("2024-12-31"), within("2023-12-31"), within("2025-01-01")]).toEqual([true, true, false, false]);
  });
});
