// 导入往期 as the desk meets it: upload a page's text, fill in what the file
// does not say (date, numbers, page), correct a headline, confirm, find the
// article on the issue's page; then undo the import and find it gone. A file
// that is not text is refused in Chinese, and the chosen file stays chosen.
import path from "node:path";
import { expect, test, type Page } from "@playwright/test";
import { format, messages } from "../lib/i18n";
import { signInAs } from "./support/auth";
import { e2eDb, suffix } from "./support/db";

const t = messages.importUi;
const fixture = (name: string) => path.join(import.meta.dirname, "../lib/domain/import/fixtures", name);
// Sample 004: a page of 洛阳日报 with no date, 期号 or 总期号 printed on it.
const SAMPLE_004 = fixture("004_2ef35578912733a8.txt");
// Sample 002: 伊滨新闻 01版, whose printed lunar date does not match its date.
const SAMPLE_002 = fixture("002_b90dd305e42dc0a2.txt");

/** A paper of its own, so that the numbers of the imported issue meet no other journey's. */
async function paperOfItsOwn() {
  const db = e2eDb();
  const { id: _id, slug: _slug, isDefault: _default, createdAt: _created, updatedAt: _updated, pageTemplate, ...paper } = await db.publication.findFirstOrThrow({ where: { slug: "yibin" } });
  const tag = suffix();
  return db.publication.create({ data: { ...paper, pageTemplate: pageTemplate as object, slug: `import-${tag}`, name: `往期导入报 ${tag}` } });
}

async function upload(page: Page, slug: string, file: string | { name: string; mimeType: string; buffer: Buffer }) {
  await page.goto("/desk/import");
  const form = page.getByTestId("import-upload");
  await form.getByLabel(t.upload.publication).selectOption(slug);
  await form.getByLabel(t.upload.file).setInputFiles(file);
  await form.getByRole("button", { name: t.upload.submit }).click();
  return form;
}

test("import a page: fill in the date and numbers, correct a headline, confirm, find it on the desk; undo removes it", async ({ page }) => {
  test.setTimeout(90_000);
  const paper = await paperOfItsOwn();
  await signInAs(page, "desk");
  await upload(page, paper.slug, SAMPLE_004);
  await page.waitForURL(/\/desk\/import\/[^/]+$/);
  const batchUrl = page.url();

  // The file prints no date or numbers: the review asks for them, beside the fields and in the summary.
  const problems = page.getByTestId("import-problems");
  for (const message of [messages.importer.draft.dateRequired, messages.importer.draft.numberRequired, messages.importer.draft.totalNumberRequired]) {
    await expect(problems).toContainText(message);
  }
  await expect(page.getByTestId("import-target")).toContainText(t.review.targetNew);

  // The first article is 谢峰's interview; its headline is corrected.
  const first = page.locator('[data-article="0"]');
  const headline = `真抓实干谋发展 奋勇争先谱新篇 ${suffix()}`;
  await first.getByLabel(t.article.headline, { exact: true }).fill(headline);
  await expect(first.getByRole("heading")).toContainText(headline);
  await expect(page.getByTestId("import-actions")).toContainText(t.review.unsaved);

  // Confirming now is refused with the problems, and the correction stays where it was typed.
  const count = Number(await problems.getAttribute("data-count"));
  expect(count).toBeGreaterThanOrEqual(3);
  await page.getByRole("button", { name: t.review.confirm }).click();
  await expect(page.getByTestId("import-actions").getByRole("alert")).toHaveText(format(t.review.confirmFailed, { count }));
  await expect(first.getByLabel(t.article.headline, { exact: true })).toHaveValue(headline);
  await expect(page).toHaveURL(batchUrl);

  await page.getByLabel(t.review.date, { exact: true }).fill("2019-03-06");
  await page.getByLabel(t.review.number, { exact: true }).fill("5");
  await page.getByLabel(t.review.totalNumber, { exact: true }).fill("100");
  await page.getByLabel(t.review.pageNumber, { exact: true }).fill("2");

  // Saving keeps the edits across a reload.
  await page.getByRole("button", { name: t.review.save }).click();
  await expect(page.getByTestId("import-actions")).toContainText(t.review.saved);
  await page.reload();
  await expect(page.locator('[data-article="0"]').getByLabel(t.article.headline, { exact: true })).toHaveValue(headline);
  await expect(page.getByLabel(t.review.date, { exact: true })).toHaveValue("2019-03-06");
  await expect(problems).toHaveAttribute("data-count", "0");

  await page.getByRole("button", { name: t.review.confirm }).click();
  await page.waitForURL(/\/desk\/issues\/[^/]+$/);
  const issueUrl = page.url();
  await expect(page.getByRole("heading", { level: 1 })).toContainText("第5期");
  await expect(page.getByRole("heading", { level: 1 })).toContainText("总第100期");
  await expect(page.locator('[data-page="2"]')).toBeVisible();

  // The article is on 02版 of the new issue.
  await page.goto(`${issueUrl}/pages/2`);
  await expect(page.getByText(headline.split(" ")[0]!).first()).toBeVisible();
  expect(await e2eDb().article.count({ where: { publicationId: paper.id, headline: { contains: headline.split(" ").at(-1)! } } })).toBe(1);

  // The batch now says where it landed, and can be undone.
  await page.goto(batchUrl);
  await expect(page.getByTestId("import-landed")).toContainText("第5期");
  await page.getByRole("button", { name: t.imported.undo }).click();
  const dialog = page.getByRole("dialog");
  await expect(dialog).toContainText(t.imported.undoBody);
  await dialog.getByRole("button", { name: t.imported.undoConfirm }).click();
  await expect(page.getByTestId("import-undone")).toBeVisible();
  await expect(page.locator("[data-batch-status]")).toHaveAttribute("data-batch-status", "undone");

  // The page, its articles and the issue (it had no other page) are gone.
  expect((await page.request.get(issueUrl)).status()).toBe(404);
  expect(await e2eDb().article.count({ where: { publicationId: paper.id } })).toBe(0);

  await page.goto("/desk/import");
  await expect(page.locator(`[data-batch="${batchUrl.split("/").at(-1)}"]`)).toContainText(t.statuses.undone);
});

test("a file that is not text is refused in Chinese, and stays chosen", async ({ page }) => {
  await signInAs(page, "desk");
  // The first bytes of a PNG, named as if it were text.
  const png = Buffer.from("89504e470d0a1a0a0000000d4948445200000001000000010806000000", "hex");
  const form = await upload(page, "yibin", { name: "扫描版面.txt", mimeType: "text/plain", buffer: png });
  await expect(form.getByRole("alert")).toHaveText(messages.refusals.importFileNotText);
  await expect(page).toHaveURL(/\/desk\/import$/);
  expect(await form.getByLabel(t.upload.file).evaluate((input: HTMLInputElement) => input.files?.[0]?.name)).toBe("扫描版面.txt");
  await expect(form.getByTestId("chosen-file")).toContainText("扫描版面.txt");
});

test("the review of a page with warnings, on a phone and a laptop @phone", async ({ page }, info) => {
  const paper = await paperOfItsOwn();
  await signInAs(page, "desk");
  await upload(page, paper.slug, SAMPLE_002);
  await page.waitForURL(/\/desk\/import\/[^/]+$/);
  await expect(page.getByTestId("import-warnings")).toBeVisible();
  await expect(page.locator("[data-article]").first()).toBeVisible();
  // One column on a phone: nothing wider than the screen.
  expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
  await page.screenshot({ path: `test-results/screens/import-review-${info.project.name}.png`, fullPage: true });
  await page.goto("/desk/import");
  await page.screenshot({ path: `test-results/screens/import-list-${info.project.name}.png`, fullPage: true });
});
