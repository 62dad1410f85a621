import { describe, expect, it } from "vitest";
import { draftProblems, normalizeDraft, type ImportDraft } from "./draft";
import { applyOverrides } from "./dry-run";

const draft = (): ImportDraft => ({
  issue: { date: "2023-06-07", number: 10, totalNumber: 255, lunarDate: "癸卯年四月二十" },
  page: { number: 1, name: " 要闻 ", pageEditor: "", layout: null, proofreader: null },
  articles: [{
    kicker: "  ", headline: " 樊灿涛调研 中心城区邻里中心建设 ", subheadline: null, column: null, dateline: "伊滨讯 5月29日",
    bylines: [{ name: "阮现武", role: null }, { name: " ", role: "reporter" }],
    paragraphs: [{ text: "区党工委副书记樊灿涛深入中心城区调研。", subhead: false }, { text: "  ", subhead: false }],
    jumpFrom: null, jumpTo: null,
  }],
});

describe("an import draft", () => {
  it("is trimmed as it will be stored: blanks become null, empty bylines and paragraphs go", () => {
    const normalized = normalizeDraft(draft());
    expect(normalized.page).toMatchObject({ name: "要闻", pageEditor: null });
    expect(normalized.articles[0]).toMatchObject({ kicker: null, headline: "樊灿涛调研 中心城区邻里中心建设", bylines: [{ name: "阮现武" }] });
    expect(normalized.articles[0]!.paragraphs).toHaveLength(1);
    expect(draftProblems(normalized)).toEqual([]);
  });

  it("names every field to fix, in the form's order, in Chinese", () => {
    const bad = draft();
    bad.issue = { date: "2023-02-30", number: null, totalNumber: null, lunarDate: null };
    bad.page.number = null;
    bad.articles[0]!.headline = "";
    bad.articles[0]!.paragraphs = [{ text: "一、小标题", subhead: true }];
    bad.articles[0]!.bylines = [{ name: "（完）", role: null }];
    const problems = draftProblems(normalizeDraft(bad));
    expect(problems.map((p) => p.path)).toEqual([
      "issue.date", "issue.number", "issue.totalNumber", "page.number", "articles.0.headline", "articles.0.paragraphs", "articles.0.bylines.0",
    ]);
    expect(problems[0]!.message).toContain("2023-02-30");
    expect(problems[4]!.message).toContain("第 1 篇");
    expect(draftProblems({ ...draft(), articles: [] }).map((p) => p.path)).toEqual(["articles"]);
  });

  it("takes the command line's options over what was parsed", () => {
    const adjusted = applyOverrides(draft(), { date: "2019-03-06", totalNumber: 100, page: 2 });
    expect(adjusted.issue).toMatchObject({ date: "2019-03-06", number: 10, totalNumber: 100 });
    expect(adjusted.page.number).toBe(2);
  });
});

describe("the draft's own checks", () => {
  it("compare the printed 农历 with the date as the editor corrects it", async () => {
    const { draftNotices } = await import("./draft-notices");
    const misprinted = { ...draft(), issue: { date: "2023-06-07", number: 10, totalNumber: 255, lunarDate: "癸卯年四月十四" } };
    expect(draftNotices(misprinted).join()).toContain("四月二十");
    expect(draftNotices({ ...misprinted, issue: { ...misprinted.issue, lunarDate: "癸卯年四月二十" } })).toEqual([]);
    expect(draftNotices({ ...misprinted, issue: { ...misprinted.issue, date: null } })).toEqual([]);
  });
});
