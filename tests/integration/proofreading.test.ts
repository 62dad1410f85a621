// 三校, proof marks, 签付印 and the issue lock against a real database.
import { describe, expect, it } from "vitest";
import { getDb } from "@/lib/db";
import type { Role } from "@/lib/domain/roles";
import type { SessionUser } from "@/lib/server/auth/session-user";
import { saveArticle } from "@/lib/server/articles/save-article";
import { assignPageStaff } from "@/lib/server/composition/assign-staff";
import { changeBox, placeArticle } from "@/lib/server/composition/layout";
import { planIssue } from "@/lib/server/composition/plan-issue";
import { addMark, resolveMark, withdrawMark } from "@/lib/server/proofing/marks";
import { loadProofDesk } from "@/lib/server/proofing/proof-desk";
import { handOverRound, startRound } from "@/lib/server/proofing/rounds";
import { signPage, unsignPage } from "@/lib/server/proofing/signing";
import { buildPublication, buildUser, docOf } from "../support/factories";

async function staff(...roles: Role[]): Promise<SessionUser> {
  const user = await buildUser({ roles });
  return { id: user.id, name: user.name, email: user.email, roles };
}
const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

// From sample 001: the real copy carries half-width commas.
const BODY = ["伊滨讯 5月29日,区党工委召开会议，研究部署重点工作。", "会议强调，要全面推进的的项目建设。"];

async function setup(pages = ["要闻"]) {
  const [desk, chief, layout, editor, proof, reporter] = await Promise.all([
    staff("desk"), staff("chief"), staff("layout"), staff("editor"), staff("proofreader"), staff("reporter"),
  ]);
  const publication = await buildPublication();
  await getDb().publication.update({ where: { id: publication.id }, data: { proofRounds: 1 } });
  const issue = await planIssue(desk, { publicationId: publication.id, date: day("2023-06-07"), numbers: { number: 1, totalNumber: 1 }, pages });
  const pageRows = await getDb().page.findMany({ where: { issueId: issue.id }, orderBy: { number: "asc" } });
  const articles = [];
  for (const page of pageRows) {
    await assignPageStaff(desk, { pageId: page.id, pageEditorId: editor.id, layoutId: layout.id, proofreaderId: proof.id });
    const text = BODY.join("\n");
    const article = await getDb().article.create({
      data: {
        publicationId: publication.id, headline: "区党工委召开会议", dateline: null, body: docOf(...BODY), bodyText: text,
        status: "released", createdById: reporter.id, releasedAt: new Date(),
        revisions: { create: { version: 1, headline: "区党工委召开会议", body: docOf(...BODY), bodyText: text, authorId: reporter.id } },
      },
    });
    await placeArticle(layout, { pageId: page.id, baseVersion: 1, articleId: article.id });
    articles.push(article);
  }
  return { desk, chief, layout, editor, proof, reporter, publication, issue, pages: pageRows, articles };
}

/** The code-point range of `needle` in the article body. */
function rangeOf(text: string, needle: string) {
  const from = [...text.slice(0, text.indexOf(needle))].length;
  return { from, to: from + [...needle].length };
}

describe("proof rounds and marks", () => {
  it("marks, accepts as an attributed revision, rejects with a reason, and closes the round", async () => {
    const { layout, editor, proof, reporter, pages, articles, issue } = await setup();
    const page = pages[0]!;
    const article = articles[0]!;

    await expect(startRound(reporter, page.id)).rejects.toMatchObject({ reason: "notAllowed" });
    const round = await startRound(proof, page.id);
    expect(round).toMatchObject({ round: 1, kind: "proof" });
    expect((await getDb().issue.findUniqueOrThrow({ where: { id: issue.id } })).status).toBe("proofing");
    expect((await getDb().proofRound.findUniqueOrThrow({ where: { id: round.roundId } })).characters).toBeGreaterThan(30);
    await expect(startRound(proof, page.id)).rejects.toMatchObject({ reason: "roundInProgress" });

    const text = BODY.join("\n");
    const comma = rangeOf(text, ",");
    const accepted = await addMark(proof, { pageId: page.id, articleId: article.id, field: "body", ...comma, original: ",", correction: "，", type: "punctuation", fromCheck: "halfWidthPunctuation" });
    const doubled = rangeOf(text, "的的");
    const later = await addMark(proof, { pageId: page.id, articleId: article.id, field: "body", ...doubled, original: "的的", correction: "的", type: "extra" });
    const rejected = await addMark(proof, { pageId: page.id, articleId: article.id, field: "headline", from: 0, to: 3, original: "区党工", correction: "伊滨区党工", type: "headline" });
    const withdrawn = await addMark(proof, { pageId: page.id, articleId: article.id, field: "body", from: 0, to: 2, original: "伊滨", correction: "伊滨", type: "other", note: "存疑" });

    // The proof the proofreader saw must still be the article's text.
    await expect(addMark(proof, { pageId: page.id, articleId: article.id, field: "body", from: 0, to: 2, original: "洛阳", correction: "伊滨", type: "typo" })).rejects.toMatchObject({ reason: "markTextChanged" });
    await expect(addMark(proof, { pageId: page.id, articleId: article.id, field: "body", from: 0, to: 2, original: "伊滨", correction: "伊滨", type: "typo" })).rejects.toMatchObject({ reason: "markEmpty" });
    await expect(addMark(layout, { pageId: page.id, articleId: article.id, field: "body", ...comma, original: ",", correction: "，", type: "punctuation" })).rejects.toMatchObject({ reason: "notAllowed" });
    await withdrawMark(proof, withdrawn.markId);

    // Layout accepts: the article text changes as a 校对改正 revision by layout, and the later mark moves along.
    const result = await resolveMark(layout, accepted.markId, { decision: "accept" });
    expect(result).toMatchObject({ articleVersion: 2, roundClosed: false });
    const after = await getDb().article.findUniqueOrThrow({ where: { id: article.id }, include: { revisions: { orderBy: { createdAt: "desc" }, take: 1 } } });
    expect(after.bodyText).toBe(text.replace(",", "，"));
    expect(after.revisions[0]).toMatchObject({ kind: "proof_correction", authorId: layout.id, version: 2 });
    // The placement takes the corrected version: layout made the change, it is not news to the composer.
    expect((await getDb().placement.findFirstOrThrow({ where: { articleId: article.id } })).placedVersion).toBe(2);

    await expect(resolveMark(editor, rejected.markId, { decision: "reject", reason: " " })).rejects.toMatchObject({ reason: "rejectReasonRequired" });
    await resolveMark(editor, rejected.markId, { decision: "reject", reason: "标题按区里通稿，不加“伊滨”" });
    await expect(resolveMark(editor, rejected.markId, { decision: "accept" })).rejects.toMatchObject({ reason: "markSettled" });

    // Hand-over with one mark still open: the round waits for it, then closes.
    expect(await handOverRound(proof, page.id)).toMatchObject({ closed: false });
    await expect(addMark(proof, { pageId: page.id, articleId: article.id, field: "body", from: 0, to: 2, original: "伊滨", correction: "洛阳", type: "typo" })).rejects.toMatchObject({ reason: "roundNotOpen" });
    expect(await getDb().notification.count({ where: { userId: { in: [layout.id, editor.id] }, kind: "proof.handed_over" } })).toBe(2);
    expect(await resolveMark(layout, later.markId, { decision: "accept" })).toMatchObject({ roundClosed: true });
    expect((await getDb().article.findUniqueOrThrow({ where: { id: article.id } })).bodyText).toContain("要全面推进的项目建设");

    const desk = await loadProofDesk(proof, issue.id, 1);
    expect(desk.rounds[0]).toMatchObject({ phase: "closed", marks: 3, open: 0 });
    expect(desk.next).toEqual({ round: 2, kind: "read_through" });
    expect(desk.errorRate.page.errors).toBe(2);
    expect(desk.can.startRound).toBe(true);
  });

  it("offers the checks as suggestions on what the page prints, and not where a mark already stands", async () => {
    const { proof, pages, articles, issue } = await setup();
    await startRound(proof, pages[0]!.id);
    const before = await loadProofDesk(proof, issue.id, 1);
    const kinds = before.suggestions.map((s) => s.kind);
    expect(kinds).toContain("halfWidthPunctuation");
    expect(kinds).toContain("repeatedCharacter");
    expect(kinds).toContain("missingByline");
    const comma = before.suggestions.find((s) => s.kind === "halfWidthPunctuation")!;
    await addMark(proof, { pageId: pages[0]!.id, articleId: articles[0]!.id, field: comma.field as "body", from: comma.from, to: comma.to, original: comma.original, correction: comma.correction!, type: comma.markType, fromCheck: comma.kind });
    const after = await loadProofDesk(proof, issue.id, 1);
    expect(after.suggestions.some((s) => s.id === comma.id)).toBe(false);
    expect(after.marks[0]).toMatchObject({ fromCheck: "halfWidthPunctuation", status: "open" });
  });
});

describe("签付印", () => {
  async function throughRounds(ctx: Awaited<ReturnType<typeof setup>>, pageId: string) {
    await startRound(ctx.proof, pageId);
    await handOverRound(ctx.proof, pageId);
    await startRound(ctx.proof, pageId);
    await handOverRound(ctx.proof, pageId);
  }

  it("refuses while a mark is open or the read-through is not done, freezes the page, and locks the issue when all pages are signed", async () => {
    const ctx = await setup(["要闻", "综合"]);
    const { chief, proof, layout, pages, articles, issue } = ctx;
    const [one, two] = pages as [typeof pages[0], typeof pages[0]];

    await expect(signPage(chief, one.id)).rejects.toMatchObject({ reason: "roundsIncomplete" });
    await startRound(proof, one.id);
    const open = await addMark(proof, { pageId: one.id, articleId: articles[0]!.id, field: "headline", from: 0, to: 1, original: "区", correction: "伊滨区", type: "headline" });
    await expect(signPage(chief, one.id)).rejects.toMatchObject({ reason: "marksOpen" });
    await handOverRound(proof, one.id);
    await expect(signPage(chief, one.id)).rejects.toMatchObject({ reason: "marksOpen" });
    await resolveMark(layout, open.markId, { decision: "accept" });
    await startRound(proof, one.id);
    await handOverRound(proof, one.id);
    await expect(startRound(proof, one.id)).rejects.toMatchObject({ reason: "roundsComplete" });

    await expect(signPage(layout, one.id)).rejects.toMatchObject({ reason: "notAllowed" });
    expect(await signPage(chief, one.id)).toEqual({ issueStatus: "proofing" });

    // Frozen: layout and article edits are refused.
    const placement = await getDb().placement.findFirstOrThrow({ where: { pageId: one.id } });
    await expect(changeBox(layout, { pageId: one.id, baseVersion: 2, placementId: placement.id, box: { columnStart: 1, columnSpan: 2, height: 20, headlineSize: 24 } })).rejects.toMatchObject({ reason: "pageLocked" });
    const article = await getDb().article.findUniqueOrThrow({ where: { id: articles[0]!.id } });
    await expect(saveArticle(chief, article.id, { baseVersion: article.version, fields: { kicker: "", headline: "改", subheadline: "", column: "", dateline: "" }, body: article.body as object, bylines: [] })).rejects.toMatchObject({ reason: "pageSigned" });

    await throughRounds(ctx, two.id);
    expect(await signPage(chief, two.id)).toEqual({ issueStatus: "locked" });
    expect(await getDb().issue.findUniqueOrThrow({ where: { id: issue.id } })).toMatchObject({ status: "locked" });

    // Unsigning needs a reason, is audited, tells the staff, and unlocks the issue.
    await expect(unsignPage(chief, two.id, "  ")).rejects.toMatchObject({ reason: "unsignReasonRequired" });
    expect(await unsignPage(chief, two.id, "二版图片说明有误，需改")).toEqual({ issueStatus: "proofing" });
    const audit = await getDb().auditEvent.findFirstOrThrow({ where: { action: "page.unsign", objectId: two.id } });
    expect(audit.after).toMatchObject({ reason: "二版图片说明有误，需改" });
    expect(await getDb().notification.count({ where: { kind: "page.unsigned", userId: layout.id } })).toBe(1);
    await expect(unsignPage(chief, two.id, "再撤一次")).rejects.toMatchObject({ reason: "pageNotSigned" });

    // The changed page is read through once more before it is signed again.
    await expect(signPage(chief, two.id)).rejects.toMatchObject({ reason: "roundsIncomplete" });
    expect(await startRound(proof, two.id)).toMatchObject({ round: 3, kind: "read_through" });
    await handOverRound(proof, two.id);
    expect(await signPage(chief, two.id)).toEqual({ issueStatus: "locked" });
  });
});
