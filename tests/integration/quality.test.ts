// The 编校质量 report against a real database: rates per page and issue, and
// each proofreader's figures, from rounds and marks as the proof desk stores them.
import { describe, expect, it } from "vitest";
import { getDb } from "@/lib/db";
import { qualityPeriod } from "@/lib/domain/quality";
import type { Role } from "@/lib/domain/roles";
import type { SessionUser } from "@/lib/server/auth/session-user";
import { planIssue } from "@/lib/server/composition/plan-issue";
import { getQualityReport } from "@/lib/server/quality/quality-report";
import { buildPublication, buildUser } from "../support/factories";

async function staff(...roles: Role[]): Promise<SessionUser> {
  const user = await buildUser({ roles });
  return { id: user.id, name: user.name, email: user.email, roles };
}
const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

type Area = "body" | "headline" | "masthead" | "caption" | "byline" | "other";
type MarkType = "typo" | "omission" | "extra" | "punctuation" | "number_usage" | "format" | "fact" | "headline" | "other";
interface Mark { status: "open" | "accepted" | "rejected"; original: string; correction: string; area?: Area; type?: MarkType }
const accepted = (original: string, correction: string, area: Area = "body", type: MarkType = "typo"): Mark => ({ status: "accepted", original, correction, area, type });

async function proofRound(pageId: string, round: number, proofreader: SessionUser, characters: number, ...marks: Mark[]) {
  await getDb().proofRound.create({
    data: {
      pageId, round, proofreaderId: proofreader.id, characters, kind: round === 3 ? "read_through" : "proof",
      marks: {
        create: marks.map(({ area = "body", type = "typo", ...mark }) => ({
          ...mark, area, type, createdById: proofreader.id,
          ...(mark.status === "open" ? {} : { resolvedById: proofreader.id, resolvedAt: new Date() }),
        })),
      },
    },
  });
}

async function issueWithPages(desk: SessionUser, publicationId: string, date: string, number: number, pages: string[]) {
  const issue = await planIssue(desk, { publicationId, date: day(date), numbers: { number, totalNumber: number }, pages });
  const rows = await getDb().page.findMany({ where: { issueId: issue.id }, orderBy: { number: "asc" } });
  return { issue, pages: rows };
}

describe("the quality report", () => {
  it("rates pages and issues with the newspaper weights, and sums up each proofreader", async () => {
    const desk = await staff("desk");
    const [wang, li, zhao] = [await staff("proofreader"), await staff("proofreader"), await staff("proofreader")];
    const publication = await buildPublication();

    // 2001: no other test plans issues that year, so the period holds only these.
    const a = await issueWithPages(desk, publication.id, "2001-03-07", 1, ["要闻", "综合", "专题"]);
    const [yaowen, zonghe] = a.pages;
    await proofRound(yaowen!.id, 1, wang, 5000,
      accepted("伊宾", "伊滨", "headline"),
      accepted("，", "。", "body", "punctuation"),
      { status: "rejected", original: "在", correction: "再" },
      { status: "open", original: "的", correction: "地" });
    await proofRound(yaowen!.id, 2, li, 5000, accepted("部属", "部署"));
    await proofRound(yaowen!.id, 3, wang, 4000);
    await proofRound(zonghe!.id, 1, li, 20_000,
      accepted("部属", "部署"), accepted("部属", "部署"), accepted("部属", "部署"),
      accepted("癸卯年四月十四", "癸卯年四月二十", "masthead", "fact"));

    const b = await issueWithPages(desk, publication.id, "2001-03-21", 2, ["要闻"]);
    await proofRound(b.pages[0]!.id, 1, wang, 8000, accepted("部属", "部署"));
    await proofRound(b.pages[0]!.id, 2, zhao, 8000, accepted("已经已经", "已经", "body", "extra"), accepted("2O24", "2024", "body", "number_usage"));
    await proofRound(b.pages[0]!.id, 3, wang, 8000, accepted("李三王", "李三旺", "byline"));

    // After the period: left out of every figure.
    const later = await issueWithPages(desk, publication.id, "2001-05-02", 3, ["要闻"]);
    await proofRound(later.pages[0]!.id, 1, wang, 1000, accepted("甲", "乙"));

    const report = await getQualityReport(desk, qualityPeriod({ from: "2001-03", to: "2001-04" }, new Date()));

    expect(report.issues.map((issue) => issue.id)).toEqual([b.issue.id, a.issue.id]);
    const [issueB, issueA] = report.issues;
    // 要闻: 伊宾 (headline, ×2) + ， + 部属 = 4 in the 通读's 4,000 characters.
    expect(issueA!.pages.map((page) => [page.name, page.rounds, page.rate?.errors ?? null, page.rate?.rate ?? null, page.rate?.overLimit ?? null])).toEqual([
      ["要闻", 3, 4, 10, true],
      // 部属 ×3 + masthead ×2 = 5 in 20,000.
      ["综合", 1, 5, 2.5, false],
      ["专题", 0, null, null, null],
    ]);
    // 部属 occurs 4 times in the issue and counts 3: 2 + 1 + 3 + 2 = 8 in 24,000.
    expect(issueA).toMatchObject({ pagesTotal: 3, pagesProofread: 2, confirmedMarks: 7, number: 1, totalNumber: 1, publicationName: publication.name });
    expect(issueA!.rate).toEqual({ errors: 8, rate: 80_000 / 24_000, overLimit: true, characters: 24_000 });
    // The cap is per issue: 部属 counts again in B.
    expect(issueB!.rate).toEqual({ errors: 4, rate: 5, overLimit: true, characters: 8000 });
    expect(report.summary).toEqual({ issues: 2, issuesProofread: 2, issuesOverLimit: 2, characters: 32_000, errors: 12 });

    const figures = report.proofreaders.map(({ id, name, rounds, characters, marks, accepted, rejected, acceptance, missed }) => ({ id, name, rounds, characters, marks, accepted, rejected, acceptance, missed }));
    expect(figures).toEqual([
      // 漏校: A 一校 let 部属 through (1); B 一校 let 赵's 2 and the 通读's 1 through (3).
      { id: wang.id, name: wang.name, rounds: 4, characters: 25_000, marks: 6, accepted: 4, rejected: 1, acceptance: 0.8, missed: 4 },
      { id: li.id, name: li.name, rounds: 2, characters: 25_000, marks: 5, accepted: 5, rejected: 0, acceptance: 1, missed: 0 },
      { id: zhao.id, name: zhao.name, rounds: 1, characters: 8000, marks: 2, accepted: 2, rejected: 0, acceptance: 1, missed: 1 },
    ]);
  });

  it("is refused to a role without 统计", async () => {
    const proofreader = await staff("proofreader");
    await expect(getQualityReport(proofreader, qualityPeriod({}, new Date()))).rejects.toMatchObject({ code: "forbidden" });
  });
});
