// 更正 after publication against a real database.
import { describe, expect, it } from "vitest";
import { getDb } from "@/lib/db";
import { shanghaiToday } from "@/lib/domain/corrections";
import type { Role } from "@/lib/domain/roles";
import type { SessionUser } from "@/lib/server/auth/session-user";
import { placeArticle } from "@/lib/server/composition/layout";
import { planIssue } from "@/lib/server/composition/plan-issue";
import { correctionsForArticle, correctionsListedIn, createCorrection, printedPlaceOf } from "@/lib/server/corrections/corrections";
import { buildPublication, buildUser, docOf } from "../support/factories";

async function staff(...roles: Role[]): Promise<SessionUser> {
  const user = await buildUser({ roles });
  return { id: user.id, name: user.name, email: user.email, roles };
}
const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

/** A weekly paper: the article printed on 02版 of 第10期 (6月7日), then 6月14日 and 6月21日 planned. */
async function setup() {
  const desk = await staff("desk");
  const publication = await buildPublication();
  const headline = "樊灿涛调研 中心城区邻里中心建设";
  const text = "伊滨讯 樊灿滔调研中心城区邻里中心建设。";
  const article = await getDb().article.create({
    data: {
      publicationId: publication.id, headline, body: docOf(text), bodyText: text, status: "released", createdById: desk.id, releasedAt: new Date(),
      revisions: { create: { version: 1, headline, body: docOf(text), bodyText: text, authorId: desk.id } },
    },
  });
  const plan = (date: string, number: number) =>
    planIssue(desk, { publicationId: publication.id, date: day(date), numbers: { number, totalNumber: 245 + number }, overrideReason: "接续纸质报期号", pages: ["要闻", "综合"] });
  const printed = await plan("2023-06-07", 10);
  const next = await plan("2023-06-14", 11);
  const after = await plan("2023-06-21", 12);
  const page2 = await getDb().page.findFirstOrThrow({ where: { issueId: printed.id, number: 2 } });
  await placeArticle(desk, { pageId: page2.id, baseVersion: 1, articleId: article.id });
  const publish = () => getDb().issue.update({ where: { id: printed.id }, data: { status: "published", publishedAt: new Date() } });
  return { desk, publication, article, printed, next, after, publish };
}

describe("registering a correction", () => {
  it("is refused until the article's issue is published", async () => {
    const { desk, article } = await setup();
    await expect(createCorrection(desk, { articleId: article.id, wrong: "樊灿滔", corrected: "樊灿涛" })).rejects.toMatchObject({ reason: "articleNotPublished" });
    expect(await printedPlaceOf(article.id)).toBeNull();
  });

  it("is refused to roles without article.correct, even without the action's check", async () => {
    const { article, publish } = await setup();
    await publish();
    for (const role of ["reporter", "editor", "layout", "proofreader", "admin"] as const) {
      await expect(createCorrection(await staff(role), { articleId: article.id, wrong: "樊灿滔", corrected: "樊灿涛" })).rejects.toMatchObject({ code: "forbidden" });
    }
  });

  it("asks for both texts, different from each other, and a date between the issue and today", async () => {
    const { desk, article, publish } = await setup();
    await publish();
    const correct = (wrong: string, corrected: string, correctedOn?: Date) => createCorrection(desk, { articleId: article.id, wrong, corrected, correctedOn }, day("2023-06-30"));
    await expect(correct("", "樊灿涛")).rejects.toMatchObject({ code: "validation", reason: "correctionRequired" });
    await expect(correct("樊灿滔", "  ")).rejects.toMatchObject({ code: "validation", reason: "correctionRequired" });
    await expect(correct("樊灿滔", " 樊灿滔 ")).rejects.toMatchObject({ code: "validation", reason: "correctionRequired" });
    await expect(correct("樊灿滔", "樊灿涛", day("2023-06-06"))).rejects.toMatchObject({ code: "validation" });
    await expect(correct("樊灿滔", "樊灿涛", day("2023-07-01"))).rejects.toMatchObject({ code: "validation" });
    expect(await getDb().correction.count({ where: { articleId: article.id } })).toBe(0);
  });

  it("records it for the article, audited, without touching the printed text", async () => {
    const { desk, article, printed, publish } = await setup();
    await publish();
    const correction = await createCorrection(desk, { articleId: article.id, wrong: " 樊灿滔 ", corrected: "樊灿涛", note: "人名有误" });
    expect(correction).toMatchObject({ issueId: printed.id, wrong: "樊灿滔", corrected: "樊灿涛", note: "人名有误", correctedOn: shanghaiToday() });

    const [record, ...others] = await correctionsForArticle(article.id);
    expect(others).toEqual([]);
    expect(record).toMatchObject({
      wrong: "樊灿滔", corrected: "樊灿涛", createdByName: desk.name,
      printed: { issueId: printed.id, number: 10, totalNumber: 255, date: day("2023-06-07"), pageNumber: 2, headline: article.headline, paper: { kind: "named" } },
    });
    const audit = await getDb().auditEvent.findFirstOrThrow({ where: { action: "correction.create", objectId: article.id } });
    expect(audit).toMatchObject({ actorId: desk.id, objectType: "Article", after: { correctionId: correction.id, wrong: "樊灿滔" } });
    const unchanged = await getDb().article.findUniqueOrThrow({ where: { id: article.id } });
    expect(unchanged).toMatchObject({ version: article.version, bodyText: article.bodyText, headline: article.headline });
  });
});

describe("本期更正", () => {
  it("lists a correction in the next issue, not in the one after nor in the one that printed the error", async () => {
    const { desk, article, printed, next, after, publish } = await setup();
    await publish();
    const correct = (wrong: string, correctedOn: string) =>
      createCorrection(desk, { articleId: article.id, wrong, corrected: "对", correctedOn: day(correctedOn) }, day("2023-06-30"));
    await correct("当天", "2023-06-07");
    await correct("次日", "2023-06-08");
    await correct("下期当天", "2023-06-14");
    await correct("再下期", "2023-06-15");
    await correct("以后", "2023-06-22");

    const listed = async (issueId: string) => (await correctionsListedIn(issueId)).map((c) => c.wrong);
    expect(await listed(printed.id)).toEqual([]);
    expect(await listed(next.id)).toEqual(["当天", "次日", "下期当天"]);
    expect(await listed(after.id)).toEqual(["再下期"]);
    expect((await correctionsListedIn(next.id))[0]).toMatchObject({ printed: { number: 10, totalNumber: 255, pageNumber: 2, headline: article.headline } });
  });

  it("keeps each publication's corrections to its own issues", async () => {
    const { desk, article, next, publish } = await setup();
    await publish();
    await createCorrection(desk, { articleId: article.id, wrong: "甲", corrected: "乙", correctedOn: day("2023-06-10") }, day("2023-06-30"));
    const other = await buildPublication();
    const elsewhere = await planIssue(desk, { publicationId: other.id, date: day("2023-06-14"), numbers: { number: 1, totalNumber: 1 }, pages: ["要闻"] });
    expect(await correctionsListedIn(elsewhere.id)).toEqual([]);
    expect(await correctionsListedIn(next.id)).toHaveLength(1);
  });
});
