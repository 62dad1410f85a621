// Composition end to end: plan the next issue, staff its pages, place released
// articles with a jump, and read the issue PDF back.
import { writeFileSync } from "node:fs";
import { expect, test } from "@playwright/test";
import { format, messages } from "../lib/i18n";
import { signInAs } from "./support/auth";
import { e2eDb, suffix } from "./support/db";
import { pdfText } from "./support/pdf";

const t = messages.issues;
const c = messages.compose;

/** Released, unplaced copies of the demo issue's articles: the pool of the next issue. */
async function seedPool(count: number) {
  const db = e2eDb();
  const sources = await db.article.findMany({ where: { status: "released" }, orderBy: { charCount: "desc" }, take: count });
  const tag = suffix();
  const created = [];
  for (const [index, source] of sources.entries()) {
    // The first one is long enough that it must jump to another page.
    const bodyText = index === 0 ? source.bodyText.repeat(3) : source.bodyText;
    const headline = `${source.headline.split(" ")[0]} ${tag}${index}`;
    created.push(
      await db.article.create({
        data: {
          publicationId: source.publicationId, headline, kicker: source.kicker, dateline: source.dateline, body: source.body as object,
          bodyText, charCount: bodyText.length, status: "released", releasedAt: new Date(), createdById: source.createdById,
          revisions: { create: { version: 1, headline, body: source.body as object, bodyText, authorId: source.createdById } },
        },
      }),
    );
  }
  return created;
}

test("plan the next issue, staff four pages, place eight articles with a jump, download the PDF", async ({ page }) => {
  test.setTimeout(240_000);
  const pool = await seedPool(8);
  await signInAs(page, "desk");

  // The demo's 第11期 (2023-06-21) is the latest: the form proposes a week later, numbered on.
  await page.goto("/desk/issues");
  await expect(page.getByTestId("plan-numbers")).toHaveText(format(t.plan.computed, { number: 12, total: 257 }));
  await expect(page.getByTestId("plan-lunar")).toContainText("癸卯年五月十一");
  await page.getByRole("button", { name: t.plan.submit }).click();
  await expect(page).toHaveURL(/\/desk\/issues\/\w+$/);
  const issueId = new URL(page.url()).pathname.split("/").at(-1)!;
  await expect(page.getByRole("heading", { level: 1 })).toContainText("第12期 · 总第257期");

  for (const number of [1, 2, 3, 4]) {
    const card = page.locator(`[data-page="${number}"]`);
    await card.getByLabel(t.overview.pageEditor).selectOption({ label: "王磊" });
    await card.getByLabel(t.overview.layout).selectOption({ label: "赵敏" });
    await card.getByLabel(t.overview.proofreader).selectOption({ label: "孙悦" });
    await card.getByRole("button", { name: t.overview.save }).click();
    await expect(card.getByText(t.overview.saved)).toBeVisible();
  }

  const plan: Record<number, number[]> = { 1: [0, 1, 2], 2: [3, 4], 3: [5, 6], 4: [7] };
  for (const [pageNumber, indexes] of Object.entries(plan)) {
    await page.goto(`/desk/issues/${issueId}/pages/${pageNumber}`);
    for (const index of indexes) {
      const place = page.getByRole("button", { name: format(c.pool.placeLabel, { headline: pool[index]!.headline }) });
      await place.click();
      await expect(place).toHaveCount(0);
    }
  }

  // The long article jumps from 01版 to 02版.
  await page.goto(`/desk/issues/${issueId}/pages/1`);
  await page.getByRole("button", { name: format(c.placements.select, { headline: pool[0]!.headline }) }).click();
  await page.getByRole("combobox", { name: c.jump.title }).selectOption({ label: format(c.jump.option, { page: "02", name: "综合" }) });
  await page.getByRole("button", { name: c.jump.submit, exact: true }).click();
  await expect(page.getByText(format(c.jump.continuedOn, { page: "02" })).first()).toBeVisible();
  await page.screenshot({ path: "test-results/screens/compose-page-desktop.png", fullPage: true });

  const placements = await e2eDb().placement.findMany({ where: { page: { issueId } } });
  expect(new Set(placements.map((p) => p.articleId)).size).toBe(8);
  expect(placements.filter((p) => p.continuesFromId)).toHaveLength(1);

  const response = await page.request.get(`/api/issues/${issueId}/pdf`);
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toBe("application/pdf");
  const pdf = await response.body();
  writeFileSync("test-results/screens/issue.pdf", pdf);
  const pages = await pdfText(pdf);
  expect(pages).toHaveLength(4);
  expect(pages[0]).toContain("伊滨新闻");
  expect(pages[0]).toContain("第12期");
  expect(pages[0]).toContain("总第257期");
  expect(pages[0]).toContain("癸卯年五月十一");
  for (const text of pages) expect(text).toMatch(/本版编辑：王磊\s+组版：赵敏\s+校对：孙悦/);
  expect(pages[0]).toContain("下转第02版");
  expect(pages[1]).toContain("上接第01版");
});
