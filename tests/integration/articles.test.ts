// The article desk's use cases against a real database: optimistic locking,
// revisions, the 三审 path and its refusals.
import { describe, expect, it } from "vitest";
import { getDb } from "@/lib/db";
import type { SessionUser } from "@/lib/server/auth/session-user";
import { createArticle } from "@/lib/server/articles/create-article";
import { listArticles, workLists } from "@/lib/server/articles/list-articles";
import { restoreRevision } from "@/lib/server/articles/restore-revision";
import { compareRevisions } from "@/lib/server/articles/revisions";
import { reviewArticle } from "@/lib/server/articles/review-article";
import { saveArticle } from "@/lib/server/articles/save-article";
import { submitArticle } from "@/lib/server/articles/submit-article";
import type { Role } from "@/lib/domain/roles";
import { buildArticle, buildPublication, buildUser, docOf } from "../support/factories";

async function staff(...roles: Role[]): Promise<SessionUser> {
  const user = await buildUser({ roles });
  return { id: user.id, name: user.name, email: user.email, roles };
}

const fields = (headline: string) => ({ kicker: "", headline, subheadline: "", column: "", dateline: "伊滨讯 5月29日" });

describe("saving an article", () => {
  it("saves against the version it was based on and bumps it", async () => {
    const reporter = await staff("reporter");
    const article = await buildArticle({ authorId: reporter.id });
    const result = await saveArticle(reporter, article.id, {
      baseVersion: 1, fields: fields("樊灿涛调研 中心城区邻里中心建设"), body: docOf("第一段。", "第二段。"), bylines: [],
    });
    expect(result).toMatchObject({ ok: true, version: 2 });
    const saved = await getDb().article.findUniqueOrThrow({ where: { id: article.id } });
    expect(saved).toMatchObject({ version: 2, bodyText: "第一段。\n第二段。", dateline: "伊滨讯 5月29日", kicker: null });
    expect(saved.charCount).toBe("樊灿涛调研中心城区邻里中心建设第一段。第二段。".length);
  });

  it("refuses a stale save, keeps both texts and reports the server's version", async () => {
    const reporter = await staff("reporter");
    const article = await buildArticle({ authorId: reporter.id });
    await saveArticle(reporter, article.id, { baseVersion: 1, fields: fields("甲"), body: docOf("第一位的文字"), bylines: [] });
    const stale = await saveArticle(reporter, article.id, { baseVersion: 1, fields: fields("乙"), body: docOf("第二位的文字"), bylines: [] });

    expect(stale.ok).toBe(false);
    if (stale.ok) return;
    expect(stale.conflict).toMatchObject({ version: 2, headline: "甲", bodyText: "第一位的文字" });
    const saved = await getDb().article.findUniqueOrThrow({ where: { id: article.id } });
    expect(saved.bodyText).toBe("第一位的文字");
    const copies = await getDb().articleRevision.findMany({ where: { articleId: article.id, kind: "conflict" } });
    expect(copies.map((c) => c.bodyText)).toEqual(["第二位的文字"]);
  });

  it("refuses a body with unknown nodes or unsafe links, changing nothing", async () => {
    const reporter = await staff("reporter");
    const article = await buildArticle({ authorId: reporter.id });
    const bad = { type: "doc", content: [{ type: "script", content: [{ type: "text", text: "alert(1)" }] }] };
    await expect(saveArticle(reporter, article.id, { baseVersion: 1, fields: fields("x"), body: bad, bylines: [] })).rejects.toMatchObject({
      code: "validation", reason: "invalidBody",
    });
    const link = {
      type: "doc",
      content: [{ type: "paragraph", content: [{ type: "text", text: "点我", marks: [{ type: "link", attrs: { href: "javascript:alert(1)" } }] }] }],
    };
    await expect(saveArticle(reporter, article.id, { baseVersion: 1, fields: fields("x"), body: link, bylines: [] })).rejects.toMatchObject({
      reason: "invalidBody",
    });
    expect((await getDb().article.findUniqueOrThrow({ where: { id: article.id } })).version).toBe(1);
  });

  it("coalesces a minute of one person's typing into one revision, and attributes others' edits", async () => {
    const reporter = await staff("reporter");
    const editor = await staff("editor");
    const article = await buildArticle({ authorId: reporter.id, status: "submitted" });
    await getDb().articleRevision.updateMany({ where: { articleId: article.id }, data: { createdAt: new Date(Date.now() - 120_000) } });
    for (let v = 1; v <= 3; v += 1) {
      await saveArticle(editor, article.id, { baseVersion: v, fields: fields(`标题${v}`), body: docOf(`正文${v}`), bylines: [] });
    }
    const revisions = await getDb().articleRevision.findMany({ where: { articleId: article.id }, orderBy: { createdAt: "asc" } });
    expect(revisions.map((r) => [r.authorId, r.version])).toEqual([[reporter.id, 1], [editor.id, 4]]);
  });

  it("keeps the author out after submission and lets the editor in", async () => {
    const reporter = await staff("reporter");
    const editor = await staff("editor");
    const article = await buildArticle({ authorId: reporter.id, status: "submitted" });
    await expect(saveArticle(reporter, article.id, { baseVersion: 1, fields: fields("x"), body: docOf("y"), bylines: [] })).rejects.toMatchObject({
      reason: "submittedLocked",
    });
    expect((await saveArticle(editor, article.id, { baseVersion: 1, fields: fields("x"), body: docOf("y"), bylines: [] })).ok).toBe(true);
  });

  it("keeps ordered bylines", async () => {
    const reporter = await staff("reporter");
    const article = await buildArticle({ authorId: reporter.id });
    const [a, b] = await Promise.all(
      ["郭学锋", "巡察室"].map((name, i) => getDb().contributor.create({ data: { name, kind: i ? "unit" : "person" } })),
    );
    await saveArticle(reporter, article.id, {
      baseVersion: 1, fields: fields("x"), body: docOf("y"),
      bylines: [{ contributorId: b!.id, role: "author" }, { contributorId: a!.id, role: "text_and_photo" }],
    });
    const bylines = await getDb().byline.findMany({ where: { articleId: article.id }, orderBy: { position: "asc" } });
    expect(bylines.map((x) => [x.contributorId, x.role, x.position])).toEqual([[b!.id, "author", 1], [a!.id, "text_and_photo", 2]]);
  });
});

describe("三审", () => {
  it("goes from draft to 签发 through three different people", async () => {
    const reporter = await staff("reporter");
    const editor = await staff("editor");
    const desk = await staff("desk");
    const chief = await staff("chief");
    const article = await createArticle({ user: reporter });
    await saveArticle(reporter, article.id, { baseVersion: 1, fields: fields("两所医院加速推进 一所六月底投用"), body: docOf("正文。"), bylines: [] });

    await submitArticle(reporter, article.id);
    expect(await reviewArticle(editor, { articleId: article.id, level: "first", outcome: "pass", opinion: "同意。" })).toEqual({ status: "first_passed" });
    expect(await reviewArticle(desk, { articleId: article.id, level: "second", outcome: "pass", opinion: "同意。" })).toEqual({ status: "second_passed" });
    expect(await reviewArticle(chief, { articleId: article.id, level: "final", outcome: "pass", opinion: "同意签发。" })).toEqual({ status: "released" });

    const decisions = await getDb().reviewDecision.findMany({ where: { articleId: article.id }, orderBy: { createdAt: "asc" } });
    expect(decisions.map((d) => [d.level, d.reviewerId])).toEqual([["first", editor.id], ["second", desk.id], ["final", chief.id]]);
    const audit = await getDb().auditEvent.findMany({ where: { objectId: article.id, action: "review.decide" } });
    expect(audit).toHaveLength(3);
  });

  it("refuses a second level to someone who took the first, and says why", async () => {
    const reporter = await staff("reporter");
    const chief = await staff("chief");
    const article = await buildArticle({ authorId: reporter.id, status: "submitted" });
    await reviewArticle(chief, { articleId: article.id, level: "first", outcome: "pass", opinion: "同意。" });
    await expect(reviewArticle(chief, { articleId: article.id, level: "second", outcome: "pass", opinion: "同意。" })).rejects.toMatchObject({
      code: "forbidden", reason: "reviewedAnotherLevel",
    });
    expect((await getDb().article.findUniqueOrThrow({ where: { id: article.id } })).status).toBe("first_passed");
  });

  it("returns an article to its author with the opinion and a notification", async () => {
    const reporter = await staff("reporter");
    const editor = await staff("editor");
    const article = await buildArticle({ authorId: reporter.id, status: "submitted" });
    await expect(reviewArticle(editor, { articleId: article.id, level: "first", outcome: "return", opinion: " " })).rejects.toMatchObject({
      reason: "opinionRequired",
    });
    await reviewArticle(editor, { articleId: article.id, level: "first", outcome: "return", opinion: "请补充数据来源。" });
    const notes = await getDb().notification.findMany({ where: { userId: reporter.id } });
    expect(notes).toEqual([expect.objectContaining({ kind: "article.returned" })]);
    expect((await workLists(reporter)).returned.map((a) => a.id)).toContain(article.id);
    // Returned: the author may edit and resubmit.
    expect((await saveArticle(reporter, article.id, { baseVersion: 1, fields: fields("改后"), body: docOf("改后正文"), bylines: [] })).ok).toBe(true);
    await submitArticle(reporter, article.id);
  });

  it("refuses to submit an article without a headline", async () => {
    const reporter = await staff("reporter");
    const article = await createArticle({ user: reporter });
    await expect(submitArticle(reporter, article.id)).rejects.toMatchObject({ reason: "headlineRequired" });
  });

  it("lists what waits for whom", async () => {
    const reporter = await staff("reporter");
    const editor = await staff("editor");
    const article = await buildArticle({ authorId: reporter.id, status: "submitted" });
    expect((await workLists(editor)).awaitingReview.map((a) => a.id)).toContain(article.id);
    expect((await workLists(reporter)).awaitingReview).toEqual([]);
  });
});

describe("finding and restoring", () => {
  it("lists only what the user may see, and searches headlines in Chinese", async () => {
    const reporter = await staff("reporter");
    const editor = await staff("editor");
    const draft = await buildArticle({ authorId: reporter.id, headline: "伊东渠通水 两岸百姓笑开颜" });
    const submitted = await buildArticle({ authorId: reporter.id, status: "submitted", headline: "伊东渠二期开工" });
    const mine = await listArticles(reporter, { q: "伊东渠" });
    expect(mine.articles.map((a) => a.id).sort()).toEqual([draft.id, submitted.id].sort());
    const theirs = await listArticles(editor, { q: "伊东渠" });
    expect(theirs.articles.map((a) => a.id)).toEqual([submitted.id]);
  });

  it("restores a revision as a new revision, and compares by character", async () => {
    const reporter = await staff("reporter");
    const article = await buildArticle({ authorId: reporter.id, text: "区党工委副书记主持会议" });
    await getDb().articleRevision.updateMany({ where: { articleId: article.id }, data: { createdAt: new Date(Date.now() - 120_000) } });
    await saveArticle(reporter, article.id, { baseVersion: 1, fields: fields("标题"), body: docOf("区党工委书记主持会议"), bylines: [] });
    const [first, second] = await getDb().articleRevision.findMany({ where: { articleId: article.id }, orderBy: { createdAt: "asc" } });

    const diff = await compareRevisions(reporter, article.id, first!.id, second!.id);
    expect(diff.parts).toContainEqual({ kind: "removed", text: "副" });

    expect(await restoreRevision(reporter, { articleId: article.id, revisionId: first!.id, baseVersion: 2 })).toEqual({ version: 3 });
    const restored = await getDb().article.findUniqueOrThrow({ where: { id: article.id } });
    expect(restored.bodyText).toBe("区党工委副书记主持会议");
    expect(await getDb().articleRevision.count({ where: { articleId: article.id } })).toBe(3);
    await expect(restoreRevision(reporter, { articleId: article.id, revisionId: first!.id, baseVersion: 2 })).rejects.toMatchObject({
      reason: "staleVersion",
    });
  });

  it("starts a new article with the publication's dateline", async () => {
    const reporter = await staff("reporter");
    const publication = await buildPublication();
    const article = await createArticle({ user: reporter, publicationId: publication.id });
    expect(article).toMatchObject({ dateline: "测试讯", status: "draft", version: 1 });
  });
});
