// Proofreading as the newsroom does it: a page through 一校, 二校, 三校 and
// 通读 with marks made on the proof, settled by layout, signed by the chief
// once nothing is open, frozen after, and the issue locked when all its
// pages are signed.
import { expect, test, type Browser, type Page } from "@playwright/test";
import { roundName } from "../components/proof/round-name";
import { format, messages } from "../lib/i18n";
import type { Role } from "../lib/domain/roles";
import { signInAs } from "./support/auth";
import { e2eDb, suffix } from "./support/db";

const t = messages.proofdesk;

async function open(browser: Browser, role: Role, path: string) {
  const context = await browser.newContext({ baseURL: test.info().project.use.baseURL, locale: "zh-CN", viewport: { width: 1440, height: 1000 } });
  const page = await context.newPage();
  await signInAs(page, role);
  await page.goto(path);
  return page;
}

// Sample 001's copy, with the half-width comma it was printed with, and a doubled 的.
const BODY = ["日前,区党工委召开会议，研究部署下一阶段重点工作。", "会议强调，要全力推进的的重点项目建设。"];

/** A fresh issue of two staffed pages, one article on each, and the demo paper's 三校 (3 rounds and 通读). */
async function issueInProofing() {
  const db = e2eDb();
  // A paper of its own, like the demo's: other journeys plan the demo paper's next issue.
  const { id: _id, slug: _slug, isDefault: _default, createdAt: _created, updatedAt: _updated, pageTemplate, ...paper } = await db.publication.findFirstOrThrow({ where: { slug: "yibin" } });
  const publication = await db.publication.create({ data: { ...paper, pageTemplate: pageTemplate as object, slug: `proof-${suffix()}` } });
  const user = (email: string) => db.user.findUniqueOrThrow({ where: { email } });
  const [editor, layout, proof, reporter] = await Promise.all([user("editor@folio.local"), user("layout@folio.local"), user("proof@folio.local"), user("reporter@folio.local")]);
  const year = 2023;
  const total = 300;
  const issue = await db.issue.create({
    data: {
      publicationId: publication.id, date: new Date(`${year}-03-04T00:00:00Z`), year, number: 1, totalNumber: total, status: "composing",
      pages: {
        create: [1, 2].map((number) => ({ number, name: number === 1 ? "要闻" : "综合", pageEditorId: editor.id, layoutId: layout.id, proofreaderId: proof.id })),
      },
    },
    include: { pages: { orderBy: { number: "asc" } } },
  });
  const articles = [];
  for (const page of issue.pages) {
    const headline = `区党工委召开会议 ${suffix()}`;
    const body = { type: "doc", content: BODY.map((text) => ({ type: "paragraph", content: [{ type: "text", text }] })) };
    const bodyText = BODY.join("\n");
    const article = await db.article.create({
      data: {
        publicationId: publication.id, headline, dateline: "伊滨讯", body, bodyText, charCount: bodyText.length, status: "released", releasedAt: new Date(), createdById: reporter.id,
        revisions: { create: { version: 1, headline, body, bodyText, authorId: reporter.id } },
      },
    });
    await db.placement.create({ data: { pageId: page.id, articleId: article.id, position: 1, columnStart: 1, columnSpan: 4, height: 30, headlineSize: 28, placedVersion: 1, placedById: layout.id } });
    articles.push(article);
  }
  return { issue, articles };
}

/** Selects `text` in the printed body of the article, as a proofreader's drag would. */
async function selectOnProof(page: Page, articleId: string, text: string) {
  await page.evaluate(
    ({ articleId, text }) => {
      const run = [...document.querySelectorAll<HTMLElement>(`[data-proof-article="${articleId}"][data-proof-field="body"]`)].find((el) => el.textContent?.includes(text));
      if (!run) throw new Error(`no run with ${text}`);
      const walker = document.createTreeWalker(run, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const at = node.textContent!.indexOf(text);
        if (at < 0) continue;
        const range = document.createRange();
        range.setStart(node, at);
        range.setEnd(node, at + text.length);
        document.getSelection()!.removeAllRanges();
        document.getSelection()!.addRange(range);
        return;
      }
      throw new Error(`${text} crosses nodes`);
    },
    { articleId, text },
  );
}

async function addMark(page: Page, articleId: string, text: string, type: keyof typeof t.markTypes, correction: string) {
  await selectOnProof(page, articleId, text);
  const form = page.getByRole("dialog", { name: t.markForm.title });
  await expect(form).toBeVisible();
  await form.getByLabel(t.markForm.type).selectOption(type);
  await form.getByLabel(t.markForm.correction).fill(correction);
  await form.getByRole("button", { name: t.markForm.submit }).click();
  await expect(form).toBeHidden();
}

const marks = (page: Page) => page.getByTestId("mark-list").locator("[data-mark-id]");
const step = (page: Page, round: number) => page.getByTestId("round-stepper").locator(`[data-round="${round}"]`);

async function handOver(page: Page) {
  await page.getByRole("button", { name: t.rounds.handOver, exact: true }).click();
  await page.getByRole("button", { name: t.rounds.confirmHandOver }).click();
}

test("a page through three rounds and the read-through: marks, corrections, 签付印, the frozen page and the locked issue", async ({ browser }) => {
  test.setTimeout(180_000);
  const { issue, articles } = await issueInProofing();
  const path = (n: number) => `/desk/issues/${issue.id}/pages/${n}/proof`;
  const [article] = articles;

  // 一校: the proofreader marks two errors by hand and takes one suggestion of the checks.
  const proof = await open(browser, "proofreader", path(1));
  await proof.getByRole("button", { name: format(t.rounds.start, { round: roundName({ round: 1, kind: "proof" }) }) }).click();
  await expect(step(proof, 1)).toHaveAttribute("data-state", "marking");
  await addMark(proof, article!.id, "的的", "extra", "的");
  await addMark(proof, article!.id, "全力", "typo", "全面");
  const suggestion = proof.getByTestId("suggestion-list").locator("li").filter({ hasText: t.suggestions.checks.halfWidthPunctuation }).first();
  await suggestion.getByRole("button", { name: t.suggestions.toMark }).click();
  await expect(marks(proof)).toHaveCount(3);
  await expect(proof.locator('.page-proof mark.proof-mark--open')).toHaveCount(3);
  await proof.screenshot({ path: "test-results/screens/proof-desk-marking-desktop.png", fullPage: true });
  await handOver(proof);
  await expect(step(proof, 1)).toHaveAttribute("data-state", "correcting");

  // Layout settles them: one accepted, one rejected with a reason.
  const layout = await open(browser, "layout", path(1));
  const doubled = marks(layout).filter({ hasText: "的的" });
  await doubled.getByRole("button", { name: t.marks.accept, exact: true }).click();
  await expect(doubled).toHaveAttribute("data-status", "accepted");
  const rejected = marks(layout).filter({ hasText: "全力" });
  await rejected.getByRole("button", { name: t.marks.reject, exact: true }).click();
  await rejected.getByLabel(t.marks.reasonLabel).fill("原稿用“全力推进”，与区里通稿一致。");
  await rejected.getByRole("button", { name: t.marks.confirmReject }).click();
  await expect(rejected).toHaveAttribute("data-status", "rejected");

  // The chief cannot sign while the comma mark is open.
  const chief = await open(browser, "chief", path(1));
  await expect(chief.getByRole("button", { name: t.sign.sign, exact: true })).toBeDisabled();
  await expect(chief.getByTestId("sign-status")).toContainText(messages.refusals.marksOpen);

  await layout.reload();
  await layout.getByTestId("mark-list").locator('[data-mark-id][data-status="open"]').getByRole("button", { name: t.marks.accept, exact: true }).click();
  await expect(step(layout, 1)).toHaveAttribute("data-state", "closed");

  // 二校 and 三校 find nothing; 通读 finds one more, which layout accepts.
  await proof.reload();
  for (const round of [2, 3]) {
    await proof.getByRole("button", { name: format(t.rounds.start, { round: roundName({ round, kind: "proof" }) }) }).click();
    await expect(step(proof, round)).toHaveAttribute("data-state", "marking");
    await handOver(proof);
    await expect(step(proof, round)).toHaveAttribute("data-state", "closed");
  }
  await proof.getByRole("button", { name: format(t.rounds.start, { round: roundName({ round: 4, kind: "read_through" }) }) }).click();
  await expect(step(proof, 4)).toHaveAttribute("data-state", "marking");
  await addMark(proof, article!.id, "下一阶段", "extra", "下阶段");
  await handOver(proof);

  await chief.reload();
  await expect(chief.getByRole("button", { name: t.sign.sign, exact: true })).toBeDisabled();
  await layout.reload();
  await marks(layout).filter({ hasText: "下一阶段" }).getByRole("button", { name: t.marks.accept, exact: true }).click();
  await expect(step(layout, 4)).toHaveAttribute("data-state", "closed");

  // Signed once every mark is settled.
  await chief.reload();
  await chief.getByRole("button", { name: t.sign.sign, exact: true }).click();
  await expect(chief.getByTestId("sign-status")).toContainText("周建国");
  await expect(chief.getByTestId("sign-status")).toContainText(t.sign.frozen);
  await chief.screenshot({ path: "test-results/screens/proof-desk-signed-desktop.png", fullPage: true });

  // The corrections are in the article, as revisions by layout; the rejected one is not.
  const corrected = await e2eDb().article.findUniqueOrThrow({ where: { id: article!.id }, include: { revisions: { where: { kind: "proof_correction" } } } });
  expect(corrected.bodyText).toBe("日前，区党工委召开会议，研究部署下阶段重点工作。\n会议强调，要全力推进的重点项目建设。");
  expect(corrected.revisions).toHaveLength(3);

  // Frozen: the article editor is read-only and says why; the composer cannot change the page.
  await layout.goto(`/desk/articles/${article!.id}`);
  await expect(layout.getByText(messages.refusals.pageSigned)).toBeVisible();

  // The other page went through its rounds already; signing it locks the issue.
  const db = e2eDb();
  const two = issue.pages[1]!;
  const proofreader = await db.user.findUniqueOrThrow({ where: { email: "proof@folio.local" } });
  for (const [index, kind] of (["proof", "proof", "proof", "read_through"] as const).entries()) {
    await db.proofRound.create({ data: { pageId: two.id, round: index + 1, kind, proofreaderId: proofreader.id, characters: 60, handedOverAt: new Date(), closedAt: new Date() } });
  }
  await chief.goto(path(2));
  await chief.getByRole("button", { name: t.sign.sign, exact: true }).click();
  await expect(chief.getByTestId("sign-status")).toContainText(t.sign.frozen);
  await chief.goto(`/desk/issues/${issue.id}`);
  await expect(chief.getByTestId("issue-locked")).toBeVisible();
  expect((await db.issue.findUniqueOrThrow({ where: { id: issue.id } })).status).toBe("locked");
});

test("the proofreading desk on a phone: the demo's 02版 in its 二校 @phone", async ({ page }) => {
  const issue = await e2eDb().issue.findFirstOrThrow({ where: { number: 11, totalNumber: 256 } });
  await signInAs(page, "layout");
  await page.goto(`/desk/issues/${issue.id}/pages/2/proof`);
  await expect(page.locator(".page-proof")).toBeVisible();
  await page.screenshot({ path: "test-results/screens/proof-desk-phone.png", fullPage: true });
});
