// 导入往期 against a real database: the samples land as imported issues whose
// bylines are one contributor per name, a page's jump joins the article begun
// on an earlier page, an imported issue publishes, and undo takes it all back.
import { readFileSync } from "node:fs";
import { AlignmentType, Document, HeadingLevel, Packer, Paragraph, TextRun } from "docx";
import { describe, expect, it } from "vitest";
import { getDb } from "@/lib/db";
import type { ImportDraft } from "@/lib/domain/import/draft";
import type { Role } from "@/lib/domain/roles";
import type { SessionUser } from "@/lib/server/auth/session-user";
import type { ImportBatchView } from "@/lib/server/import/types";
import {
  confirmImport, discardImport, getImportBatch, importAtOnce as importPrepared, listImportBatches, prepareImport, saveImportDraft, startImport, undoImport,
} from "@/lib/server/import/batches";
import { publishIssue } from "@/lib/server/publishing/publish";
import { latestIssue, readerArticle } from "@/lib/server/site/reader";
import { buildPublication, buildUser } from "../support/factories";

async function staff(...roles: Role[]): Promise<SessionUser> {
  const user = await buildUser({ roles });
  return { id: user.id, name: user.name, email: user.email, roles };
}
const sample = (name: string) => readFileSync(`lib/domain/import/fixtures/${name}`);
const FRONT = "002_b90dd305e42dc0a2.txt"; // 01版 with the masthead: 2023-06-07 第10期 总第255期
const OTHER = "004_2ef35578912733a8.txt"; // no date; credits 校对:王岚 组版:晓南; (上接01版)

type AtOnce = Parameters<typeof importPrepared>[1];
const importAtOnce = async (importer: SessionUser, input: Omit<AtOnce, "prepared"> & { bytes: Uint8Array }) =>
  importPrepared(importer, { ...input, prepared: await prepareImport(input.fileName, input.bytes) });

const withIssue = (draft: ImportDraft, page: number, issue = { date: "2023-06-07", number: 10, totalNumber: 255 }): ImportDraft => ({
  ...draft,
  issue: { ...draft.issue, ...issue },
  page: { ...draft.page, number: page },
});

describe("importing a page", () => {
  it("parses the upload into a pending batch, keeps corrections, then lands an imported issue ready to publish", async () => {
    const desk = await staff("desk");
    const chief = await staff("chief");
    const publication = await buildPublication();
    const batch = await startImport(desk, { publicationId: publication.id, fileName: FRONT, bytes: sample(FRONT) });
    expect(batch).toMatchObject({ status: "pending", format: "text", problems: [], target: { issue: null } });
    expect(batch.draft.issue).toMatchObject({ date: "2023-06-07", number: 10, totalNumber: 255, lunarDate: "癸卯年四月十四" });
    expect(batch.draft.page.number).toBe(1); // the masthead is printed on 01版
    expect(batch.warnings.join("\n")).toContain("四月二十"); // the misprinted lunar date
    expect(batch.draft.articles).toHaveLength(6);

    // The editor fixes a headline; it is kept across reloads.
    const draft = structuredClone(batch.draft);
    draft.articles[0]!.headline = "中州时代建设正酣 奋力跑出“洛阳速度”！";
    await saveImportDraft(desk, batch.id, draft);
    expect((await getImportBatch(batch.id))!.draft.articles[0]!.headline).toBe("中州时代建设正酣 奋力跑出“洛阳速度”！");

    const result = await confirmImport(desk, batch.id, draft);
    expect(result).toMatchObject({ ok: true, pageNumber: 1 });
    if (!result.ok) return;
    const db = getDb();
    const issue = await db.issue.findUniqueOrThrow({ where: { id: result.issueId }, include: { pages: { include: { placements: { orderBy: { position: "asc" } } } } } });
    expect(issue).toMatchObject({ imported: true, status: "locked", number: 10, totalNumber: 255, importBatchId: batch.id });
    expect(issue.pages).toHaveLength(1);
    expect(issue.pages[0]!.signedAt).not.toBeNull();
    expect(issue.pages[0]!.placements.map((p) => p.articleId)).toEqual(result.articleIds);
    const lead = await db.article.findUniqueOrThrow({ where: { id: result.articleIds[0]! }, include: { bylines: { include: { contributor: true }, orderBy: { position: "asc" } }, revisions: true } });
    expect(lead).toMatchObject({ imported: true, status: "released", headline: "中州时代建设正酣 奋力跑出“洛阳速度”！", kicker: "加快重点项目建设 聚力打造伊滨科技城" });
    expect(lead.bylines.map((b) => b.contributor.name)).toEqual(["郭学锋", "张若含"]);
    expect(lead.revisions.map((r) => r.kind)).toEqual(["import"]);
    expect(lead.charCount).toBeGreaterThan(500);
    expect((await getImportBatch(batch.id))!).toMatchObject({ status: "imported", landed: { issueId: result.issueId, pageNumber: 1 } });
    await expect(confirmImport(desk, batch.id, draft)).rejects.toMatchObject({ reason: "importBatchSettled" });

    // Published like any other issue, and readers find it.
    await publishIssue(chief, result.issueId, null);
    const published = await latestIssue(publication.slug);
    expect(published?.content.issue).toMatchObject({ date: "2023-06-07", number: 10 });
    expect((await readerArticle(lead.id))?.article.headline).toBe("中州时代建设正酣 奋力跑出“洛阳速度”！");
    // Once readers have seen it, the import cannot be undone.
    await expect(undoImport(desk, batch.id)).rejects.toMatchObject({ reason: "importIssuePublished" });
  });

  it("asks for what the file does not say, and refuses a page that is taken or an issue made in Folio", async () => {
    const desk = await staff("desk");
    const publication = await buildPublication();
    const batch = await startImport(desk, { publicationId: publication.id, fileName: OTHER, bytes: sample(OTHER) });
    expect(batch.problems.map((p) => p.path)).toEqual(["issue.date", "issue.number", "issue.totalNumber", "page.number"]);
    expect(batch.problems[0]!.message).toContain("出版日期");
    const refused = await confirmImport(desk, batch.id, batch.draft);
    expect(refused.ok).toBe(false);
    expect((await getImportBatch(batch.id))!.status).toBe("pending");

    // A Folio-made issue on that date is not a target.
    await getDb().issue.create({ data: { publicationId: publication.id, date: new Date("2019-03-06T00:00:00Z"), year: 2019, number: 5, totalNumber: 100 } });
    await expect(confirmImport(desk, batch.id, withIssue(batch.draft, 2, { date: "2019-03-06", number: 5, totalNumber: 100 }))).rejects.toMatchObject({ reason: "importIssueNotImported" });
    // Numbers that point at another issue than the date does.
    await expect(confirmImport(desk, batch.id, withIssue(batch.draft, 2, { date: "2019-03-13", number: 5, totalNumber: 101 }))).rejects.toMatchObject({ reason: "importIssueMismatch" });
    // Nothing was lost: the last draft is kept.
    expect((await getImportBatch(batch.id))!.draft.issue.date).toBe("2019-03-13");

    const ok = await confirmImport(desk, batch.id, withIssue(batch.draft, 2, { date: "2019-03-13", number: 6, totalNumber: 101 }));
    expect(ok.ok).toBe(true);
    const again = await startImport(desk, { publicationId: publication.id, fileName: OTHER, bytes: sample(OTHER) });
    await expect(confirmImport(desk, again.id, withIssue(again.draft, 2, { date: "2019-03-13", number: 6, totalNumber: 101 }))).rejects.toMatchObject({ reason: "importPageTaken" });
    await discardImport(desk, again.id);
    expect(await getImportBatch(again.id)).toBeNull();
  });

  it("matches bylines to contributors by name across imports, joins a jump, and undoes in order", async () => {
    const desk = await staff("desk");
    const publication = await buildPublication();
    const db = getDb();
    const existing = await db.contributor.create({ data: { name: "李三旺" } });
    const merged = await db.contributor.create({ data: { name: "董洁", mergedIntoId: existing.id } });

    // 01版 of the 洛阳日报 page's issue, carrying the start of the jumped article.
    const front = [
      "# 洛阳日报", "2024年1月10日 星期三 第8期 总第20001期", "",
      "## 全国国企年度盘点榜单展现\"洛阳力量\"", "",
      "本报讯（记者 张光辉）近日，国务院国资委发布年度盘点榜单，我市多家企业上榜。", "",
      "榜单涉及科技创新、产业发展等多个方面。(下转02版)",
    ].join("\n");
    const first = await importAtOnce(desk, { publicationSlug: publication.slug, fileName: "front.md", bytes: Buffer.from(front), adjust: (d) => d });
    expect(first).toMatchObject({ ok: true, pageNumber: 1 });
    if (!first.ok) return;
    const second = await importAtOnce(desk, {
      publicationSlug: publication.slug, fileName: OTHER, bytes: sample(OTHER),
      adjust: (d) => withIssue(d, 2, { date: "2024-01-10", number: 8, totalNumber: 20001 }),
    });
    expect(second.ok).toBe(true);
    if (!second.ok) return;
    expect(second.issueId).toBe(first.issueId);

    // One contributor per name across the archive: 李三旺 existed, so every byline of his is that one; 董洁 was merged away, so never her old record.
    const credited = await db.byline.findMany({ where: { articleId: { in: second.articleIds } }, include: { contributor: true } });
    const his = credited.filter((b) => b.contributor.name === "李三旺");
    expect(his.length).toBeGreaterThan(1);
    expect(new Set(his.map((b) => b.contributorId)).size).toBe(1);
    expect(await db.contributor.count({ where: { name: "李三旺", importBatchId: second.batchId } })).toBe(0);
    expect(credited.some((b) => b.contributorId === merged.id)).toBe(false);
    // Page credits as printed: 校对 王岚 and 组版 晓南 are not Folio users, so no one is assigned.
    const page2 = await db.page.findFirstOrThrow({ where: { issueId: first.issueId, number: 2 }, include: { placements: true } });
    expect(page2.proofreaderId).toBeNull();

    // (上接01版): the continuation joined the article begun on 01版.
    const jumped = await db.article.findFirstOrThrow({ where: { importBatchId: first.batchId }, include: { placements: { include: { page: true } } } });
    expect(jumped.placements.map((p) => p.page.number).sort()).toEqual([1, 2]);
    expect(jumped.bodyText).toContain("神舟十七号");
    expect(jumped.placements.find((p) => p.page.number === 1)!.breakAt).toBeGreaterThan(0);

    // 01版 cannot go first: its article continues on 02版.
    await expect(undoImport(desk, first.batchId)).rejects.toMatchObject({ reason: "importUndoLaterFirst" });
    await undoImport(desk, second.batchId);
    const restored = await db.article.findUniqueOrThrow({ where: { id: jumped.id }, include: { placements: true } });
    expect(restored.bodyText).not.toContain("神舟十七号");
    expect(restored.placements).toHaveLength(1);
    expect(restored.placements[0]!.breakAt).toBeNull();
    expect(await db.article.count({ where: { importBatchId: second.batchId } })).toBe(0);
    expect(await db.contributor.findUnique({ where: { id: existing.id } })).not.toBeNull();

    await undoImport(desk, first.batchId);
    expect(await db.issue.findUnique({ where: { id: first.issueId } })).toBeNull();
    expect(await db.contributor.count({ where: { importBatchId: { in: [first.batchId, second.batchId] } } })).toBe(0);
    const rows = await listImportBatches();
    expect(rows.filter((row) => [first.batchId, second.batchId].includes(row.id)).map((row) => row.status)).toEqual(["undone", "undone"]);
    const audit = await db.auditEvent.findMany({ where: { objectId: first.batchId }, orderBy: { at: "asc" } });
    expect(audit.map((e) => e.action)).toEqual(["import.confirm", "import.undo"]);
  });

  it("lands two pages of one new issue confirmed at the same moment in one issue, asking the slower to confirm again", async () => {
    const desk = await staff("desk");
    const publication = await buildPublication();
    const [a, b] = await Promise.all([OTHER, OTHER].map((name) => startImport(desk, { publicationId: publication.id, fileName: name, bytes: sample(name) })));
    const issue = { date: "2020-01-08", number: 1, totalNumber: 300 };
    const confirm = (batch: ImportBatchView, page: number) => confirmImport(desk, batch.id, withIssue(batch.draft, page, issue));
    const settled = await Promise.allSettled([confirm(a!, 2), confirm(b!, 3)]);
    const refused = settled.filter((result) => result.status === "rejected");
    for (const result of refused) expect((result as PromiseRejectedResult).reason).toMatchObject({ reason: "importTryAgain" });
    if (refused.length > 0) await confirm(settled[0]!.status === "rejected" ? a! : b!, settled[0]!.status === "rejected" ? 2 : 3);
    const issues = await getDb().issue.findMany({ where: { publicationId: publication.id }, include: { pages: true } });
    expect(issues).toHaveLength(1);
    expect(issues[0]!.pages.map((p) => p.number).sort()).toEqual([2, 3]);
  });

  it("reads .docx headings and sizes, and refuses unreadable files without writing anything", async () => {
    const desk = await staff("desk");
    const publication = await buildPublication();
    const doc = new Document({
      sections: [{
        children: [
          new Paragraph({ children: [new TextRun({ text: "区政协工委组织召开 专题协商议政会", size: 44, bold: true })], alignment: AlignmentType.CENTER }),
          new Paragraph({ children: [new TextRun({ text: "伊滨讯 8月22日，区政协工委组织召开专题协商议政座谈会，区政协工委主任马少军出席会议并讲话。", size: 21 })] }),
          new Paragraph({ children: [new TextRun({ text: "会议围绕我区文明创建、城市提质以及乡村振兴工作进行协商议政。（高飞）", size: 21 })] }),
          new Paragraph({ text: "我区召开未巡先改工作动员部署会", heading: HeadingLevel.HEADING_1 }),
          new Paragraph({ children: [new TextRun({ text: "伊滨讯 8月17日，区党工委副书记刘峰主持召开未巡先改和自查整改工作动员部署会。（巡察室）", size: 21 })] }),
        ],
      }],
    });
    const bytes = new Uint8Array(await Packer.toBuffer(doc));
    const batch = await startImport(desk, { publicationId: publication.id, fileName: "第18期二版.docx", bytes });
    expect(batch.format).toBe("docx");
    expect(batch.draft.articles.map((a) => [a.headline, a.dateline, a.bylines.map((b) => b.name)])).toEqual([
      ["区政协工委组织召开 专题协商议政会", "伊滨讯 8月22日", ["高飞"]],
      ["我区召开未巡先改工作动员部署会", "伊滨讯 8月17日", ["巡察室"]],
    ]);

    const before = await getDb().importBatch.count();
    const refused = [
      ["空.txt", new Uint8Array()],
      ["图片.txt", new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 1, 2, 3])],
      ["坏的.docx", new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3, 4, 5])],
      ["旧版.doc", new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])],
      ["扫描.pdf", new TextEncoder().encode("%PDF-1.4")],
      ["巨大.txt", new TextEncoder().encode("字".repeat(800_000))],
    ] as const;
    const reasons = [];
    for (const [fileName, data] of refused) {
      reasons.push(await startImport(desk, { publicationId: publication.id, fileName, bytes: data }).then(() => "accepted", (error) => error.reason));
    }
    expect(reasons).toEqual(["importFileEmpty", "importFileNotText", "importDocxUnreadable", "importFileType", "importFileType", "importFileTooLarge"]);
    expect(await getDb().importBatch.count()).toBe(before);
  });
});
