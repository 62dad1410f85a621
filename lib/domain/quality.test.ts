import { describe, expect, it } from "vitest";
import {
  issueQuality,
  pageQuality,
  proofreaderQuality,
  qualityPeriod,
  qualityReport,
  type QualityIssueRow,
  type QualityMarkRow,
  type QualityPageRow,
  type QualityRoundRow,
} from "./quality";

const wang = { id: "wang", name: "王校对" };
const li = { id: "li", name: "李校对" };
const zhao = { id: "zhao", name: "赵校对" };

const mark = (status: QualityMarkRow["status"], original: string, correction: string, area: QualityMarkRow["area"] = "body", type = "typo"): QualityMarkRow =>
  ({ status, area, original, correction, type });
const accepted = (original: string, correction: string, area: QualityMarkRow["area"] = "body", type = "typo") =>
  mark("accepted", original, correction, area, type);
const round = (n: number, proofreader: QualityRoundRow["proofreader"], characters: number, ...marks: QualityMarkRow[]): QualityRoundRow =>
  ({ round: n, proofreader, characters, marks });
const page = (number: number, name: string, ...rounds: QualityRoundRow[]): QualityPageRow => ({ id: `p${number}-${name}`, number, name, rounds });
const issue = (id: string, date: string, number: number, ...pages: QualityPageRow[]): QualityIssueRow =>
  ({ id, date: new Date(`${date}T00:00:00Z`), number, totalNumber: 100 + number, publicationName: "伊滨新闻", pages });

// Issue A, 要闻: 一校 by 王 (a headline error, a punctuation error, one rejected, one open),
// 二校 by 李 finds 部属, 通读 by 王 finds nothing and counts 4,000 characters.
const yaowen = page(
  1, "要闻",
  round(1, wang, 5000,
    accepted("伊宾", "伊滨", "headline"),
    accepted("，", "。", "body", "punctuation"),
    mark("rejected", "在", "再"),
    mark("open", "的", "地")),
  round(2, li, 5000, accepted("部属", "部署")),
  round(3, wang, 4000),
);
// 综合: one round by 李, the same 部属 three times, and a masthead error.
const zonghe = page(
  2, "综合",
  round(1, li, 20_000,
    accepted("部属", "部署"), accepted("部属", "部署"), accepted("部属", "部署"),
    accepted("癸卯年四月十四", "癸卯年四月二十", "masthead", "fact")),
);
const zhuanti = page(3, "专题");
const issueA = issue("A", "2024-03-06", 5, zhuanti, yaowen, zonghe);

// Issue B, one page read by 王, 赵, 王: 部属 again (the cap is per issue) and three others.
const issueB = issue("B", "2024-03-20", 6, page(
  1, "要闻",
  round(1, wang, 8000, accepted("部属", "部署")),
  round(2, zhao, 8000, accepted("已经已经", "已经", "body", "extra"), accepted("2O24", "2024", "body", "number_usage")),
  round(3, wang, 8000, accepted("李三王", "李三旺", "byline")),
));
const issueC = issue("C", "2024-04-03", 7, page(1, "要闻"), page(2, "综合"));

describe("page quality", () => {
  it("counts the accepted marks of every round against the latest round's characters", () => {
    // 伊宾 ×2 (headline) + ， + 部属 = 4 errors in 4,000 characters: 万分之10.
    expect(pageQuality(yaowen)).toEqual({
      id: yaowen.id, number: 1, name: "要闻", rounds: 3, confirmedMarks: 3,
      rate: { errors: 4, rate: 10, overLimit: true, characters: 4000 },
    });
  });

  it("caps a repeated error at three and counts the masthead double", () => {
    // 部属 ×3 + masthead ×2 = 5 in 20,000: 万分之2.5.
    expect(pageQuality(zonghe).rate).toEqual({ errors: 5, rate: 2.5, overLimit: false, characters: 20_000 });
    expect(pageQuality(zonghe).confirmedMarks).toBe(4);
  });

  it("passes at exactly 万分之三", () => {
    const three = page(1, "要闻", round(1, wang, 10_000, accepted("甲", "乙"), accepted("丙", "丁"), accepted("戊", "己")));
    expect(pageQuality(three).rate).toMatchObject({ errors: 3, rate: 3, overLimit: false });
  });

  it("has no rate before its first round (未校对)", () => {
    expect(pageQuality(zhuanti)).toMatchObject({ rounds: 0, confirmedMarks: 0, rate: null });
  });

  it("takes the highest round's characters whatever the order of the rows", () => {
    const shuffled = page(1, "要闻", round(2, li, 3000), round(1, wang, 9000, accepted("甲", "乙")));
    expect(pageQuality(shuffled).rate).toMatchObject({ characters: 3000, errors: 1 });
  });
});

describe("issue quality", () => {
  it("counts a repeated error at most three times across the issue's pages", () => {
    const a = issueQuality(issueA);
    // 24,000 characters; 伊宾 2 + ， 1 + 部属 (4 times) 3 + masthead 2 = 8: 万分之3.33.
    expect(a.rate).toEqual({ errors: 8, rate: 80_000 / 24_000, overLimit: true, characters: 24_000 });
    expect(a).toMatchObject({ pagesTotal: 3, pagesProofread: 2, confirmedMarks: 7 });
    expect(a.pages.map((p) => [p.number, p.rate?.errors ?? null])).toEqual([[1, 4], [2, 5], [3, null]]);
  });

  it("has no rate while no page is proofread", () => {
    expect(issueQuality(issueC)).toMatchObject({ pagesTotal: 2, pagesProofread: 0, confirmedMarks: 0, rate: null });
  });
});

describe("proofreader quality", () => {
  const people = proofreaderQuality([...issueA.pages, ...issueB.pages, ...issueC.pages]);

  it("counts rounds, characters, marks and 采纳率 per proofreader, most rounds first", () => {
    expect(people.map(({ id, rounds, characters, marks, accepted, rejected, acceptance }) => ({ id, rounds, characters, marks, accepted, rejected, acceptance }))).toEqual([
      // A 一校 (4 marks) + A 通读 + B 一校 + B 三校
      { id: "wang", rounds: 4, characters: 25_000, marks: 6, accepted: 4, rejected: 1, acceptance: 0.8 },
      { id: "li", rounds: 2, characters: 25_000, marks: 5, accepted: 5, rejected: 0, acceptance: 1 },
      { id: "zhao", rounds: 1, characters: 8000, marks: 2, accepted: 2, rejected: 0, acceptance: 1 },
    ]);
  });

  it("counts as 漏校 what later rounds found, once for each earlier round of theirs", () => {
    // 王: A 一校 let 部属 through (1); B 一校 let 赵's 2 and their own 三校's 1 through (3).
    // 李: A 二校 (nothing found after) and 综合 (no later round): 0. 赵: B 二校, 王's 三校 found 1.
    expect(Object.fromEntries(people.map((p) => [p.id, p.missed]))).toEqual({ wang: 4, li: 0, zhao: 1 });
  });

  it("has no 采纳率 before a mark is settled", () => {
    const [person] = proofreaderQuality([page(1, "要闻", round(1, wang, 1000, mark("open", "甲", "乙")))]);
    expect(person).toMatchObject({ marks: 1, accepted: 0, rejected: 0, acceptance: null, missed: 0 });
  });
});

describe("quality report", () => {
  it("lists issues newest first and sums the proofread ones", () => {
    const report = qualityReport([issueA, issueC, issueB]);
    expect(report.issues.map((i) => i.id)).toEqual(["C", "B", "A"]);
    // B: 4 distinct errors (the byline counts once) in 8,000: 万分之5.
    expect(report.issues[1]!.rate).toEqual({ errors: 4, rate: 5, overLimit: true, characters: 8000 });
    expect(report.summary).toEqual({ issues: 3, issuesProofread: 2, issuesOverLimit: 2, characters: 32_000, errors: 12 });
    expect(report.proofreaders.map((p) => p.name)).toEqual(["王校对", "李校对", "赵校对"]);
  });

  it("is empty for a period without issues", () => {
    expect(qualityReport([])).toEqual({
      summary: { issues: 0, issuesProofread: 0, issuesOverLimit: 0, characters: 0, errors: 0 },
      issues: [],
      proofreaders: [],
    });
  });
});

describe("quality period", () => {
  const utc = (iso: string) => new Date(`${iso}T00:00:00Z`);
  // 2024-04-01 00:30 in China: April already.
  const now = new Date("2024-03-31T16:30:00Z");

  it("defaults to the last 12 months, up to the current month in China time", () => {
    expect(qualityPeriod({}, now)).toEqual({ from: "2023-05", to: "2024-04", start: utc("2023-05-01"), end: utc("2024-05-01") });
    expect(qualityPeriod({}, new Date("2024-03-31T15:59:00Z")).to).toBe("2024-03");
  });

  it("takes the months asked for, both inclusive", () => {
    expect(qualityPeriod({ from: "2024-01", to: "2024-03" }, now)).toEqual({ from: "2024-01", to: "2024-03", start: utc("2024-01-01"), end: utc("2024-04-01") });
    expect(qualityPeriod({ from: "2023-12", to: "2023-12" }, now)).toMatchObject({ start: utc("2023-12-01"), end: utc("2024-01-01") });
  });

  it("swaps ends given in the wrong order", () => {
    expect(qualityPeriod({ from: "2024-03", to: "2023-11" }, now)).toMatchObject({ from: "2023-11", to: "2024-03" });
  });

  it("fills a missing end: 12 months before `to`, or up to the current month after `from`", () => {
    expect(qualityPeriod({ to: "2023-06" }, now)).toMatchObject({ from: "2022-07", to: "2023-06" });
    expect(qualityPeriod({ from: "2024-02" }, now)).toMatchObject({ from: "2024-02", to: "2024-04" });
  });

  it("ignores what is not a month", () => {
    for (const value of ["2024-13", "2024-00", "2024-3", "abc", ["2024-01"], 202401]) {
      expect(qualityPeriod({ from: value, to: value }, now)).toMatchObject({ from: "2023-05", to: "2024-04" });
    }
  });
});
