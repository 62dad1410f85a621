// 发布, 定时发布, 撤回 and corrections as readers meet them, against a real database.
import { describe, expect, it } from "vitest";
import { getDb } from "@/lib/db";
import type { Role } from "@/lib/domain/roles";
import type { SessionUser } from "@/lib/server/auth/session-user";
import { saveArticle } from "@/lib/server/articles/save-article";
import { createCorrection } from "@/lib/server/corrections/corrections";
import { unsignPage } from "@/lib/server/proofing/signing";
import { publishIssue, unpublishIssue } from "@/lib/server/publishing/publish";
import { issueList, issueOn, latestIssue, readerArticle } from "@/lib/server/site/reader";
import { searchArticles } from "@/lib/server/site/search";
import { buildPublication, buildUser, docOf } from "../support/factories";

async function staff(...roles: Role[]): Promise<SessionUser> {
  const user = await buildUser({ roles });
  return { id: user.id, name: user.name, email: user.email, roles };
}
const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

/** An issue signed for press (已付印): two pages, a jumped article and one more. */
async function lockedIssue(date = "2023-06-07") {
  const chief = await staff("chief");
  const reporter = await staff("reporter");
  const publication = await buildPublication();
  const db = getDb();
  const issue = await db.issue.create({
    data: {
      publicationId: publication.id, date: day(date), year: 2023, number: 10, totalNumber: 255, status: "locked",
      pages: { create: [{ number: 1, name: "要闻", signedAt: new Date() }, { number: 2, name: "综合", signedAt: new Date() }] },
    },
    include: { pages: { orderBy: { number: "asc" } } },
  });
  const article = async (headline: string, text: string) =>
    db.article.create({
      data: {
        publicationId: publication.id, headline, body: docOf(text), bodyText: text, status: "released", createdById: reporter.id,
        revisions: { create: { version: 1, headline, body: docOf(text), bodyText: text, authorId: reporter.id } },
      },
    });
  const lead = await article("樊灿涛调研 中心城区邻里中心建设", "区党工委副书记、管委会主任樊灿涛深入中心城区调研邻里中心建设工作。".repeat(30));
  const other = await article("区政协工委组织召开 专题协商议政会", "会议围绕文明创建、城市提质以及乡村振兴工作进行座谈协商。");
  const [one, two] = issue.pages;
  const first = await db.placement.create({ data: { pageId: one!.id, articleId: lead.id, position: 1, columnStart: 1, columnSpan: 2, height: 10, headlineSize: 28, placedVersion: 1, breakAt: 200 } });
  await db.placement.create({ data: { pageId: two!.id, articleId: lead.id, position: 1, columnStart: 1, columnSpan: 2, height: 20, headlineSize: 18, placedVersion: 1, continuesFromId: first.id } });
  await db.placement.create({ data: { pageId: two!.id, articleId: other.id, position: 2, columnStart: 3, columnSpan: 3, height: 20, headlineSize: 24, placedVersion: 1 } });
  return { chief, reporter, publication, issue, lead, other };
}

describe("publishing", () => {
  it("publishes a snapshot that later edits do not change, and finds it at every reader entry", async () => {
    const { chief, publication, issue, lead, other } = await lockedIssue();
    await expect(publishIssue(await staff("desk"), issue.id, null)).rejects.toMatchObject({ reason: "notAllowed" });
    expect(await publishIssue(chief, issue.id, null)).toMatchObject({ status: "published", version: 1 });
    await expect(publishIssue(chief, issue.id, null)).rejects.toMatchObject({ reason: "issueNotLocked" });

    const latest = await latestIssue(publication.slug);
    expect(latest?.content.issue).toMatchObject({ number: 10, totalNumber: 255, date: "2023-06-07", lunarDate: "癸卯年四月二十" });
    expect(latest?.content.pages.map((p) => [p.number, p.articleIds])).toEqual([[1, [lead.id]], [2, [lead.id, other.id]]]);
    // The jumped article is one article again, starting on 01版 and continuing on 02版.
    const stitched = latest!.content.articles.find((a) => a.id === lead.id)!;
    expect(stitched).toMatchObject({ pageNumber: 1, continuedOn: [2] });
    expect(stitched.text.length).toBeGreaterThan(200);
    expect(await issueOn(publication.slug, day("2023-06-07"))).not.toBeNull();
    expect((await issueList(publication.slug))?.map((i) => i.url)).toEqual([`/${publication.slug}/2023-06-07`]);

    // Staff editing afterwards (after an unsign, say) changes nothing readers see.
    await getDb().page.updateMany({ where: { issueId: issue.id }, data: { signedAt: null } });
    await saveArticle(chief, other.id, { baseVersion: 1, fields: { kicker: "", headline: "改过的标题", subheadline: "", column: "", dateline: "" }, body: docOf("改过的正文"), bylines: [] });
    expect((await readerArticle(other.id))?.article.headline).toBe("区政协工委组织召开 专题协商议政会");

    // Search: a 3-character name and a 4-character phrase, headline hits first.
    expect((await searchArticles({ q: "樊灿涛" })).results.map((r) => r.id)).toContain(lead.id);
    expect((await searchArticles({ q: "协商议政", pub: publication.slug })).results.map((r) => r.id)).toEqual([other.id]);
    const phrase = await searchArticles({ q: "城市提质", pub: publication.slug });
    expect(phrase.results[0]).toMatchObject({ id: other.id, url: `/${publication.slug}/2023-06-07/02/${other.id}` });
    expect(phrase.results[0]!.snippet).toContain("<mark>");
    // Two characters are enough.
    expect((await searchArticles({ q: "中心", pub: publication.slug })).results.map((r) => r.id)).toEqual([lead.id]);
    expect((await searchArticles({ q: "工作", pub: publication.slug })).total).toBe(2);
  });

  it("keeps a scheduled issue off every reader entry until its time", async () => {
    const { chief, publication, issue, lead } = await lockedIssue();
    const at = new Date(Date.now() + 3600_000);
    expect(await publishIssue(chief, issue.id, at)).toMatchObject({ status: "scheduled" });
    expect(await latestIssue(publication.slug)).toBeNull();
    expect(await issueOn(publication.slug, day("2023-06-07"))).toBeNull();
    expect(await issueList(publication.slug)).toEqual([]);
    expect(await readerArticle(lead.id)).toBeNull();
    expect((await searchArticles({ q: "樊灿涛", pub: publication.slug })).total).toBe(0);
    // Its time comes.
    await getDb().issue.update({ where: { id: issue.id }, data: { publishAt: new Date(Date.now() - 1000) } });
    expect(await readerArticle(lead.id)).not.toBeNull();
  });

  it("withdraws with a reason, audited, and the issue is gone everywhere", async () => {
    const { chief, publication, issue, lead } = await lockedIssue();
    await publishIssue(chief, issue.id, null);
    await expect(unpublishIssue(chief, issue.id, " ")).rejects.toMatchObject({ reason: "withdrawReasonRequired" });
    await unpublishIssue(chief, issue.id, "版面有误，更正后重新发布");
    expect(await latestIssue(publication.slug)).toBeNull();
    expect(await readerArticle(lead.id)).toBeNull();
    expect((await searchArticles({ q: "樊灿涛", pub: publication.slug })).total).toBe(0);
    expect((await getDb().auditEvent.findFirstOrThrow({ where: { action: "issue.withdraw", objectId: issue.id } })).after).toMatchObject({ reason: "版面有误，更正后重新发布" });
    // And back, as a new version.
    expect(await publishIssue(chief, issue.id, null)).toMatchObject({ status: "published", version: 2 });
  });

  it("needs every page signed again before a withdrawn issue goes back out", async () => {
    const { chief, issue } = await lockedIssue();
    await publishIssue(chief, issue.id, null);
    await unpublishIssue(chief, issue.id, "二版有误");
    const [one] = await getDb().page.findMany({ where: { issueId: issue.id }, orderBy: { number: "asc" } });
    await getDb().proofRound.create({ data: { pageId: one!.id, round: 1, kind: "read_through", proofreaderId: chief.id, handedOverAt: new Date(), closedAt: new Date() } });
    await unsignPage(chief, one!.id, "二版有误，改后重签");
    expect((await getDb().issue.findUniqueOrThrow({ where: { id: issue.id } })).status).toBe("proofing");
    await expect(publishIssue(chief, issue.id, null)).rejects.toMatchObject({ reason: "issueNotLocked" });
  });

  it("makes a new snapshot version with a note when a correction is registered", async () => {
    const { chief, issue, other } = await lockedIssue();
    await publishIssue(chief, issue.id, null);
    await createCorrection(chief, { articleId: other.id, wrong: "城市提质", corrected: "城市品质提升" });
    const seen = await readerArticle(other.id);
    expect(seen?.issue.version).toBe(2);
    expect(seen?.issue.note).toContain("城市品质提升");
    expect(seen?.article.corrections).toEqual([expect.objectContaining({ wrong: "城市提质", corrected: "城市品质提升" })]);
    expect(await getDb().publishedArticle.count({ where: { articleId: other.id, current: true } })).toBe(1);
  });
});
