import { describe, expect, it } from "vitest";
import { presetPeriod, statsPeriod, statsPeriodQuery } from "./stats-period";

const days = (p: { from: string; to: string; start: Date; end: Date }) => [p.from, p.to, p.start.toISOString().slice(0, 10), p.end.toISOString().slice(0, 10)];

describe("见报统计 periods", () => {
  it("counts presets from today", () => {
    expect(days(presetPeriod("thisMonth", "2024-02-10"))).toEqual(["2024-02-01", "2024-02-29", "2024-02-01", "2024-03-01"]);
    expect(days(presetPeriod("lastMonth", "2024-01-15"))).toEqual(["2023-12-01", "2023-12-31", "2023-12-01", "2024-01-01"]);
    expect(days(presetPeriod("thisQuarter", "2023-06-07"))).toEqual(["2023-04-01", "2023-06-30", "2023-04-01", "2023-07-01"]);
    expect(days(presetPeriod("thisQuarter", "2023-11-30"))).toEqual(["2023-10-01", "2023-12-31", "2023-10-01", "2024-01-01"]);
    expect(days(presetPeriod("thisYear", "2023-06-07"))).toEqual(["2023-01-01", "2023-12-31", "2023-01-01", "2024-01-01"]);
  });

  it("takes two days over a preset, swaps them when reversed, and one day alone as that day", () => {
    expect(statsPeriod({ preset: "thisYear", from: "2023-06-30", to: "2023-06-01" }, "2024-01-01")).toMatchObject({ preset: "custom", from: "2023-06-01", to: "2023-06-30" });
    expect(statsPeriod({ from: "2023-06-07" }, "2024-01-01")).toMatchObject({ from: "2023-06-07", to: "2023-06-07" });
    expect(statsPeriod(new URLSearchParams("preset=lastMonth"), "2024-03-05")).toMatchObject({ preset: "lastMonth", from: "2024-02-01", to: "2024-02-29" });
  });

  it("opens on the month of the latest printed issue, or this month", () => {
    expect(statsPeriod({}, "2024-03-05", "2023-06-07")).toMatchObject({ preset: "custom", from: "2023-06-01", to: "2023-06-30" });
    expect(statsPeriod({}, "2024-03-05", "2024-03-01")).toMatchObject({ preset: "thisMonth", from: "2024-03-01" });
    expect(statsPeriod({ preset: "junk", from: "2023-13-01" }, "2024-03-05")).toMatchObject({ preset: "thisMonth", from: "2024-03-01", to: "2024-03-31" });
  });

  it("asks again for the same period", () => {
    expect(statsPeriodQuery({ preset: "thisYear", from: "2023-01-01", to: "2023-12-31" })).toEqual({ preset: "thisYear" });
    expect(statsPeriodQuery({ preset: "custom", from: "2023-01-01", to: "2023-03-31" })).toEqual({ from: "2023-01-01", to: "2023-03-31" });
  });
});
