// Screenshots of every screen at laptop and phone size, for people to look
// at (test-results/screens). They assert only that the screen rendered.
import { expect, test } from "@playwright/test";
import { messages } from "../lib/i18n";
import { signInAs } from "./support/auth";
import { e2eDb } from "./support/db";

const shot = (name: string, project: string) => `test-results/screens/${name}-${project}.png`;

test.describe("screens @phone", () => {
  test("reader site front", async ({ page }, info) => {
    await page.goto("/");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("伊滨新闻");
    await page.screenshot({ path: shot("site-front", info.project.name), fullPage: true });
  });

  test("sign-in page", async ({ page }, info) => {
    await page.goto("/login");
    await expect(page.getByRole("heading", { name: messages.login.title })).toBeVisible();
    await page.screenshot({ path: shot("login", info.project.name), fullPage: true });
  });

  test("workspace home of the chief", async ({ page }, info) => {
    await signInAs(page, "chief");
    await page.goto("/desk");
    await expect(page.locator("[data-section]").first()).toBeVisible();
    await page.screenshot({ path: shot("desk-chief", info.project.name), fullPage: true });
  });

  test("article editor and preview of a demo article", async ({ page }, info) => {
    await signInAs(page, "editor");
    await page.goto("/desk/articles?status=released");
    await page.getByRole("link", { name: /中州时代建设正酣/ }).first().click();
    await expect(page.getByRole("textbox", { name: messages.richText.body })).toBeVisible();
    await page.screenshot({ path: shot("article-editor", info.project.name), fullPage: true });
    await page.getByRole("link", { name: messages.editor.links.preview }).click();
    await expect(page.getByTestId("rendered-body")).toBeVisible();
    await page.screenshot({ path: shot("article-preview", info.project.name), fullPage: true });
  });

  test("article list and workspace home of the reporter", async ({ page }, info) => {
    await signInAs(page, "reporter");
    await page.goto("/desk/articles");
    await page.screenshot({ path: shot("article-list", info.project.name), fullPage: true });
    await page.goto("/desk");
    await page.screenshot({ path: shot("desk-reporter", info.project.name), fullPage: true });
  });

  test("a composed page of the demo issue, in the composer and as printed", async ({ page }, info) => {
    const issue = await e2eDb().issue.findFirstOrThrow({ where: { number: 10, totalNumber: 255 } });
    await signInAs(page, "layout");
    await page.goto(`/desk/issues/${issue.id}/pages/1`);
    await expect(page.locator(".page-proof").first()).toBeVisible();
    await page.screenshot({ path: shot("composer-demo", info.project.name), fullPage: true });
    if (info.project.name !== "desktop") return;
    await page.setViewportSize({ width: 1500, height: 2050 });
    await page.goto(`/print/issues/${issue.id}?page=1`);
    await page.locator(".page-proof").first().screenshot({ path: "test-results/screens/printed-demo-page-1.png" });
  });

  test("issues: planning the next one, and an issue's pages and staff", async ({ page }, info) => {
    const issue = await e2eDb().issue.findFirstOrThrow({ where: { number: 10, totalNumber: 255 } });
    await signInAs(page, "desk");
    await page.goto("/desk/issues");
    await expect(page.getByTestId("plan-numbers")).toBeVisible();
    await page.screenshot({ path: shot("issues", info.project.name), fullPage: true });
    await page.goto(`/desk/issues/${issue.id}`);
    await expect(page.locator("[data-page]").first()).toBeVisible();
    await page.screenshot({ path: shot("issue-overview", info.project.name), fullPage: true });
  });

  test("proofreading: the demo's 第11期 on the proofreaders' desks, and 第10期 signed", async ({ page }, info) => {
    const proofing = await e2eDb().issue.findFirstOrThrow({ where: { number: 11, totalNumber: 256 } });
    const printed = await e2eDb().issue.findFirstOrThrow({ where: { number: 10, totalNumber: 255 } });
    await signInAs(page, "proofreader");
    await page.goto(`/desk/issues/${proofing.id}/pages/1/proof`);
    await expect(page.getByTestId("proof-page")).toBeVisible();
    await page.screenshot({ path: shot("proof-desk-proofreader", info.project.name), fullPage: true });
    await signInAs(page, "layout");
    await page.goto(`/desk/issues/${proofing.id}/pages/2/proof`);
    await expect(page.getByTestId("proof-page")).toBeVisible();
    await page.screenshot({ path: shot("proof-desk-layout", info.project.name), fullPage: true });
    await signInAs(page, "chief");
    await page.goto(`/desk/issues/${printed.id}/pages/1/proof`);
    await expect(page.getByTestId("proof-page")).toBeVisible();
    await page.screenshot({ path: shot("proof-desk-signed", info.project.name), fullPage: true });
    await page.goto(`/desk/issues/${proofing.id}`);
    await page.screenshot({ path: shot("issue-overview-proofing", info.project.name), fullPage: true });
  });

  test("the 差错率 report and a published article's corrections", async ({ page }, info) => {
    await signInAs(page, "chief");
    await page.goto("/desk/quality");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(messages.quality.title);
    await page.screenshot({ path: shot("quality", info.project.name), fullPage: true });
    const article = await e2eDb().article.findFirstOrThrow({ where: { headline: { startsWith: "樊灿涛调研" } } });
    await page.goto(`/desk/articles/${article.id}`);
    await page.screenshot({ path: shot("article-corrections", info.project.name), fullPage: true });
  });

  test("reader site: a page, an article with its correction, the archive and search", async ({ page }, info) => {
    const article = await e2eDb().article.findFirstOrThrow({ where: { headline: { startsWith: "一渠清水向东流" } } });
    await page.goto("/yibin/2023-06-07/02");
    await expect(page.getByTestId("page-replica")).toBeVisible();
    await page.screenshot({ path: shot("reader-page", info.project.name), fullPage: true });
    await page.goto(`/yibin/2023-06-07/04/${article.id}`);
    await expect(page.getByTestId("correction-note")).toBeVisible();
    await page.screenshot({ path: shot("reader-article", info.project.name), fullPage: true });
    await page.goto("/yibin/archive");
    await expect(page.getByTestId("archive-calendar")).toBeVisible();
    await page.screenshot({ path: shot("reader-archive", info.project.name), fullPage: true });
    await page.goto(`/search?q=${encodeURIComponent("邻里中心")}`);
    await expect(page.getByTestId("search-results")).toBeVisible();
    await page.screenshot({ path: shot("reader-search", info.project.name), fullPage: true });
  });
});
