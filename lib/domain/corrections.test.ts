import { describe, expect, it } from "vitest";
import { calendarDay as day, checkCorrection, correctionSentenceValues, isListedIn, listingWindow, paperReference, shanghaiToday } from "./corrections";

const bounds = { printedOn: day("2023-06-07"), today: day("2023-06-20") };

describe("checking a correction", () => {
  it("trims the texts, drops an empty note and dates it today by default", () => {
    expect(checkCorrection({ wrong: " 樊灿滔 ", corrected: "樊灿涛", note: "  " }, bounds)).toEqual({
      ok: true,
      value: { wrong: "樊灿滔", corrected: "樊灿涛", note: null, correctedOn: day("2023-06-20") },
    });
  });

  it("asks for both texts, and refuses a correction that repeats the original", () => {
    expect(checkCorrection({ wrong: "", corrected: " " }, bounds)).toEqual({ ok: false, problems: { wrong: "required", corrected: "required" } });
    expect(checkCorrection({ wrong: "五月", corrected: " 五月 " }, bounds)).toEqual({ ok: false, problems: { corrected: "unchanged" } });
  });

  it("allows 500 characters of each text, counting characters, not UTF-16 units", () => {
    const at = (n: number) => "错".repeat(n);
    expect(checkCorrection({ wrong: at(500), corrected: "对".repeat(500), note: at(500) }, bounds).ok).toBe(true);
    expect(checkCorrection({ wrong: "𠀀".repeat(500), corrected: "对" }, bounds).ok).toBe(true);
    expect(checkCorrection({ wrong: at(501), corrected: "对".repeat(501), note: at(501) }, bounds)).toEqual({
      ok: false,
      problems: { wrong: "tooLong", corrected: "tooLong", note: "tooLong" },
    });
  });

  it("accepts a date from the issue's day to today, not before nor after", () => {
    const on = (iso: string) => checkCorrection({ wrong: "甲", corrected: "乙", correctedOn: day(iso) }, bounds);
    expect(on("2023-06-07").ok).toBe(true);
    expect(on("2023-06-20").ok).toBe(true);
    expect(on("2023-06-06")).toEqual({ ok: false, problems: { correctedOn: "beforeIssue" } });
    expect(on("2023-06-21")).toEqual({ ok: false, problems: { correctedOn: "inFuture" } });
  });
});

describe("today on Beijing time", () => {
  it("turns the day at 16:00 UTC, whatever the server's zone", () => {
    expect(shanghaiToday(new Date("2023-06-07T15:59:59Z"))).toEqual(day("2023-06-07"));
    expect(shanghaiToday(new Date("2023-06-07T16:00:00Z"))).toEqual(day("2023-06-08"));
    expect(shanghaiToday(new Date("2023-12-31T16:30:00Z"))).toEqual(day("2024-01-01"));
  });
});

describe("the corrections an issue lists (本期更正)", () => {
  // Weekly issues: 6月7日 (printed the error), 6月14日, 6月21日.
  const printedOn = day("2023-06-07");
  const june14 = { date: day("2023-06-14"), previousDate: day("2023-06-07") };
  const june21 = { date: day("2023-06-21"), previousDate: day("2023-06-14") };
  const listedIn = (correctedOn: string) =>
    [june14, june21].filter((issue) => isListedIn({ printedOn, correctedOn: day(correctedOn) }, issue)).map((i) => i.date.toISOString().slice(0, 10));

  it("lists a correction in the first issue dated on or after it, and only there", () => {
    expect(listedIn("2023-06-08")).toEqual(["2023-06-14"]);
    expect(listedIn("2023-06-14")).toEqual(["2023-06-14"]);
    expect(listedIn("2023-06-15")).toEqual(["2023-06-21"]);
    expect(listedIn("2023-06-21")).toEqual(["2023-06-21"]);
  });

  it("lists a correction made on the day of printing in the next issue", () => {
    expect(listedIn("2023-06-07")).toEqual(["2023-06-14"]);
  });

  it("never lists a correction in the issue that printed the error", () => {
    const itself = { date: day("2023-06-07"), previousDate: day("2023-05-31") };
    expect(isListedIn({ printedOn, correctedOn: day("2023-06-07") }, itself)).toBe(false);
  });

  it("lists an older error corrected later, and everything up to the first issue of a paper", () => {
    expect(isListedIn({ printedOn: day("2023-05-10"), correctedOn: day("2023-06-10") }, june14)).toBe(true);
    const first = { date: day("2023-06-14"), previousDate: null };
    expect(isListedIn({ printedOn: day("2023-06-01"), correctedOn: day("2023-06-01") }, first)).toBe(true);
    expect(isListedIn({ printedOn: day("2023-06-01"), correctedOn: day("2023-06-15") }, first)).toBe(false);
  });

  it("fetches from the previous issue's day (inclusive) through the issue's day", () => {
    expect(listingWindow(june21)).toEqual({ from: day("2023-06-14"), through: day("2023-06-21") });
    expect(listingWindow({ date: day("2023-06-14"), previousDate: null })).toEqual({ from: null, through: day("2023-06-14") });
  });
});

describe("the 更正 sentence", () => {
  it("names the issue, the two-digit page and the headline as one line", () => {
    expect(
      correctionSentenceValues({
        wrong: "樊灿滔",
        corrected: "樊灿涛",
        printed: { number: 10, totalNumber: 255, pageNumber: 1, headline: "助力招商引资项目  加速落地投产 " },
      }),
    ).toEqual({ number: 10, total: 255, page: "01", headline: "助力招商引资项目 加速落地投产", wrong: "樊灿滔", corrected: "樊灿涛" });
  });

  it("says 本报 only for papers allowed to", () => {
    expect(paperReference({ name: "伊滨新闻", internalCirculation: true })).toEqual({ kind: "named", name: "伊滨新闻" });
    expect(paperReference({ name: "洛阳日报", internalCirculation: false })).toEqual({ kind: "self" });
  });
});
