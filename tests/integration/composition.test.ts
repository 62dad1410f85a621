// Planning issues and composing pages against a real database.
import { describe, expect, it } from "vitest";
import { getDb } from "@/lib/db";
import type { Role } from "@/lib/domain/roles";
import type { SessionUser } from "@/lib/server/auth/session-user";
import { assignPageStaff } from "@/lib/server/composition/assign-staff";
import { loadComposePage } from "@/lib/server/composition/compose-page";
import { changeBox, jumpPlacement, placeArticle, removePlacement } from "@/lib/server/composition/layout";
import { loadIssueProofs } from "@/lib/server/composition/load-proof";
import { planIssue, previewIssue } from "@/lib/server/composition/plan-issue";
import { editIssuePages } from "@/lib/server/composition/edit-pages";
import { saveArticle } from "@/lib/server/articles/save-article";
import { buildPublication, buildUser, docOf } from "../support/factories";

async function staff(...roles: Role[]): Promise<SessionUser> {
  const user = await buildUser({ roles });
  return { id: user.id, name: user.name, email: user.email, roles };
}
const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

async function releasedArticle(publicationId: string, authorId: string, text: string, headline = "樊灿涛调研 中心城区邻里中心建设") {
  return getDb().article.create({
    data: {
      publicationId, headline, body: docOf(text), bodyText: text, status: "released", createdById: authorId, releasedAt: new Date(),
      revisions: { create: { version: 1, headline, body: docOf(text), bodyText: text, authorId } },
    },
  });
}

describe("planning an issue", () => {
  it("continues the numbers, restarts 期号 in a new year, and refuses duplicates", async () => {
    const desk = await staff("desk");
    const publication = await buildPublication();
    const first = await planIssue(desk, { publicationId: publication.id, date: day("2023-12-27"), numbers: { number: 1, totalNumber: 1 }, pages: ["要闻", "综合"] });
    expect((await previewIssue(publication.id, day("2024-01-03"))).numbers).toEqual({ number: 1, totalNumber: 2 });
    await planIssue(desk, { publicationId: publication.id, date: day("2024-01-03"), numbers: { number: 1, totalNumber: 2 }, pages: ["要闻"] });
    expect((await previewIssue(publication.id, day("2024-01-10"))).numbers).toEqual({ number: 2, totalNumber: 3 });
    expect((await previewIssue(publication.id, day("2024-01-10"))).lunarDate).toBe("癸卯年冬月廿九");

    await expect(planIssue(desk, { publicationId: publication.id, date: day("2023-12-27"), numbers: { number: 1, totalNumber: 1 }, pages: ["要闻"] })).rejects.toMatchObject({ reason: "issueDuplicate" });
    await expect(planIssue(desk, { publicationId: publication.id, date: day("2024-01-10"), numbers: { number: 5, totalNumber: 3 }, pages: ["要闻"] })).rejects.toMatchObject({ reason: "overrideReasonRequired" });
    const overridden = await planIssue(desk, { publicationId: publication.id, date: day("2024-01-10"), numbers: { number: 5, totalNumber: 3 }, overrideReason: "复刊后按批复顺延", pages: ["要闻"] });
    expect(overridden.numberOverrideReason).toBe("复刊后按批复顺延");
    expect(await getDb().page.count({ where: { issueId: first.id } })).toBe(2);
  });
});

describe("composing pages", () => {
  async function setup() {
    const desk = await staff("desk");
    const editor = await staff("editor");
    const layout = await staff("layout");
    const proof = await staff("proofreader");
    const reporter = await staff("reporter");
    const publication = await buildPublication();
    const issue = await planIssue(desk, { publicationId: publication.id, date: day("2023-06-07"), numbers: { number: 1, totalNumber: 1 }, pages: ["要闻", "综合"] });
    const [one, two] = await getDb().page.findMany({ where: { issueId: issue.id }, orderBy: { number: "asc" } });
    return { desk, editor, layout, proof, reporter, publication, issue, one: one!, two: two! };
  }

  it("assigns staff by role and notifies them", async () => {
    const { desk, editor, layout, proof, reporter, one } = await setup();
    await assignPageStaff(desk, { pageId: one.id, pageEditorId: editor.id, layoutId: layout.id, proofreaderId: proof.id });
    expect(await getDb().notification.count({ where: { userId: { in: [editor.id, layout.id, proof.id] }, kind: "page.assigned" } })).toBe(3);
    await expect(assignPageStaff(desk, { pageId: one.id, pageEditorId: reporter.id, layoutId: null, proofreaderId: null })).rejects.toMatchObject({ reason: "staffRole" });
  });

  it("places released articles, fits copy, jumps and refuses stale layouts", async () => {
    const { desk, editor, layout, reporter, publication, issue, one, two } = await setup();
    await assignPageStaff(desk, { pageId: one.id, pageEditorId: editor.id, layoutId: layout.id, proofreaderId: null });
    const long = await releasedArticle(publication.id, reporter.id, "塔吊林立、车辆穿梭、机器轰鸣。".repeat(200));
    const draft = await getDb().article.create({ data: { publicationId: publication.id, headline: "草稿", body: docOf("x"), status: "draft", createdById: reporter.id } });

    await expect(placeArticle(editor, { pageId: one.id, baseVersion: 1, articleId: draft.id })).rejects.toMatchObject({ reason: "notReleased" });
    expect(await placeArticle(editor, { pageId: one.id, baseVersion: 1, articleId: long.id })).toMatchObject({ version: 2, articleId: long.id });
    await expect(placeArticle(layout, { pageId: one.id, baseVersion: 1, articleId: long.id })).rejects.toMatchObject({ reason: "pageStale" });
    await expect(placeArticle(layout, { pageId: one.id, baseVersion: 2, articleId: long.id })).rejects.toMatchObject({ reason: "alreadyPlaced" });

    const placement = await getDb().placement.findFirstOrThrow({ where: { pageId: one.id } });
    await changeBox(layout, { pageId: one.id, baseVersion: 2, placementId: placement.id, box: { columnStart: 1, columnSpan: 3, height: 30, headlineSize: 32 } });
    let composed = await loadComposePage(layout, issue.id, 1);
    expect(composed.placements[0]!.fit.over).toBeGreaterThan(0);

    // 转版 to page 2: not for page 1's own staff, who have no say on page 2; the desk may.
    await expect(jumpPlacement(editor, { pageId: one.id, baseVersion: 3, placementId: placement.id, toPageId: one.id })).rejects.toMatchObject({ reason: "jumpTarget" });
    await expect(jumpPlacement(editor, { pageId: one.id, baseVersion: 3, placementId: placement.id, toPageId: two.id })).rejects.toMatchObject({ code: "forbidden" });
    await jumpPlacement(desk, { pageId: one.id, baseVersion: 3, placementId: placement.id, toPageId: two.id });
    const proofs = (await loadIssueProofs(issue.id))!;
    const first = proofs.pages[0]!.proof.boxes[0]!;
    const rest = proofs.pages[1]!.proof.boxes[0]!;
    expect(first.continuedOn).toBe("下转第02版");
    expect(rest.continuedFrom).toBe("（上接第01版）");
    expect(first.fit.over).toBe(0);
    expect(proofs.pages[0]!.proof.header).toMatchObject({ kind: "masthead", lunar: "癸卯年四月二十", number: "第1期", totalNumber: "总第1期" });

    // An editor changes the released article after it was placed: layout sees it, with the diff.
    await saveArticle(editor, long.id, { baseVersion: 1, fields: { kicker: "", headline: "樊灿涛调研 中心城区邻里中心建设", subheadline: "", column: "", dateline: "" }, body: docOf("新的导语。"), bylines: [] });
    composed = await loadComposePage(layout, issue.id, 1);
    expect(composed.placements[0]!.changed?.stats.added).toBeGreaterThan(0);

    // Removing the first part takes its continuation along.
    await removePlacement(layout, { pageId: one.id, baseVersion: 4, placementId: placement.id });
    expect(await getDb().placement.count({ where: { articleId: long.id } })).toBe(0);
  });

  it("keeps a reporter and other page staff out of the layout", async () => {
    const { editor, reporter, publication, one } = await setup();
    const article = await releasedArticle(publication.id, reporter.id, "正文。");
    await expect(placeArticle(reporter, { pageId: one.id, baseVersion: 1, articleId: article.id })).rejects.toMatchObject({ code: "forbidden" });
    await expect(placeArticle(editor, { pageId: one.id, baseVersion: 1, articleId: article.id })).rejects.toMatchObject({ code: "forbidden" });
  });
});

describe("editing an issue's pages", () => {
  it("renames, adds, reorders and removes empty pages, and the jump lines follow", async () => {
    const desk = await staff("desk");
    const reporter = await staff("reporter");
    const publication = await buildPublication();
    const issue = await planIssue(desk, { publicationId: publication.id, date: day("2023-06-07"), numbers: { number: 1, totalNumber: 1 }, pages: ["要闻", "综合", "专题"] });
    const [one, two, three] = await getDb().page.findMany({ where: { issueId: issue.id }, orderBy: { number: "asc" } });
    const article = await releasedArticle(publication.id, reporter.id, "塔吊林立、车辆穿梭、机器轰鸣。".repeat(200));
    await placeArticle(desk, { pageId: one!.id, baseVersion: 1, articleId: article.id });
    const placement = await getDb().placement.findFirstOrThrow({ where: { pageId: one!.id } });
    await jumpPlacement(desk, { pageId: one!.id, baseVersion: 2, placementId: placement.id, toPageId: two!.id });

    await expect(editIssuePages(desk, issue.id, [{ id: one!.id, name: "要闻" }])).rejects.toMatchObject({ reason: "pageHasPlacements" });
    // 综合 moves to 03, 专题 is dropped, 副刊 is added as 02.
    await editIssuePages(desk, issue.id, [{ id: one!.id, name: "要闻" }, { name: "副刊" }, { id: two!.id, name: "综合新闻" }]);
    const pages = await getDb().page.findMany({ where: { issueId: issue.id }, orderBy: { number: "asc" } });
    expect(pages.map((p) => [p.number, p.name])).toEqual([[1, "要闻"], [2, "副刊"], [3, "综合新闻"]]);
    expect(pages.some((p) => p.id === three!.id)).toBe(false);
    const proofs = (await loadIssueProofs(issue.id))!;
    expect(proofs.pages[0]!.proof.boxes[0]!.continuedOn).toBe("下转第03版");
  });
});
