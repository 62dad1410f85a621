// The article desk as its users meet it: drafting and 三审, two people editing
// at once, a lost connection, and hostile content.
import { expect, test, type Browser, type Page } from "@playwright/test";
import { messages } from "../lib/i18n";
import { signInAs } from "./support/auth";
import { e2eDb, seedArticle, suffix } from "./support/db";
import type { Role } from "../lib/domain/roles";

const t = messages.editor;
const body = (page: Page) => page.getByRole("textbox", { name: messages.richText.body });
const saved = (page: Page) => expect(page.locator('[data-save-state="saved"]')).toBeVisible({ timeout: 15_000 });

async function open(browser: Browser, role: Role, path: string) {
  const context = await browser.newContext({ baseURL: test.info().project.use.baseURL, locale: "zh-CN" });
  const page = await context.newPage();
  await signInAs(page, role);
  await page.goto(path);
  return page;
}

test("a reporter drafts and submits; 初审, 复审 and 终审 by three people release it", async ({ browser }) => {
  const reporter = await open(browser, "reporter", "/desk/articles");
  await reporter.getByRole("button", { name: "写稿" }).click();
  await expect(reporter).toHaveURL(/\/desk\/articles\/\w+$/);
  const headline = `加快重点项目建设 ${suffix()}`;
  await reporter.getByLabel(t.fields.headline).fill(headline);
  await body(reporter).click();
  await reporter.keyboard.type("塔吊林立、车辆穿梭、机器轰鸣，建设者们铆足干劲抢进度。");
  await saved(reporter);
  await expect(reporter.getByTestId("char-count")).toContainText("字");
  await reporter.getByRole("button", { name: t.review.submit }).click();
  await expect(reporter.getByTestId("article-status")).toHaveText(messages.articles.statuses.submitted);
  const url = new URL(reporter.url()).pathname;
  // Submitted: the author can no longer edit.
  await expect(reporter.getByLabel(t.fields.headline)).toBeDisabled();

  for (const [role, status, button] of [
    ["editor", "first_passed", t.review.pass],
    ["desk", "second_passed", t.review.pass],
    ["chief", "released", t.review.release],
  ] as const) {
    const page = await open(browser, role, url);
    await page.getByPlaceholder(t.review.opinionPlaceholder).fill("同意。");
    await page.getByRole("button", { name: button, exact: true }).click();
    await expect(page.getByTestId("article-status")).toHaveText(messages.articles.statuses[status]);
    await page.context().close();
  }
  const article = await e2eDb().article.findFirstOrThrow({ where: { headline }, include: { reviewDecisions: true } });
  expect(article.status).toBe("released");
  expect(new Set(article.reviewDecisions.map((d) => d.reviewerId)).size).toBe(3);
});

test("someone who took one review level is refused the next, and told why", async ({ browser }) => {
  const article = await seedArticle({ authorEmail: "reporter@folio.local", status: "submitted" });
  const chief = await open(browser, "chief", `/desk/articles/${article.id}`);
  await chief.getByPlaceholder(t.review.opinionPlaceholder).fill("初审同意。");
  await chief.getByRole("button", { name: t.review.pass, exact: true }).click();
  await expect(chief.getByTestId("article-status")).toHaveText(messages.articles.statuses.first_passed);
  await expect(chief.getByTestId("review-refusal")).toHaveText(messages.refusals.reviewedAnotherLevel);
  await expect(chief.getByPlaceholder(t.review.opinionPlaceholder)).toHaveCount(0);
});

test("two people edit at once: the second save meets the conflict screen and both texts survive", async ({ browser }) => {
  const article = await seedArticle({ authorEmail: "reporter@folio.local", status: "submitted" });
  const first = await open(browser, "editor", `/desk/articles/${article.id}`);
  const second = await open(browser, "desk", `/desk/articles/${article.id}`);

  await body(first).click();
  await first.keyboard.press("End");
  await first.keyboard.type("甲的修改");
  await saved(first);

  await body(second).click();
  await second.keyboard.press("End");
  await second.keyboard.type("乙的修改");
  const dialog = second.getByRole("dialog", { name: t.conflict.title });
  await expect(dialog).toBeVisible({ timeout: 15_000 });
  await expect(second.getByTestId("conflict-mine")).toContainText("乙的修改");
  await expect(second.getByTestId("conflict-theirs")).toContainText("甲的修改");
  await second.screenshot({ path: "test-results/screens/conflict-desktop.png" });

  await dialog.getByRole("button", { name: new RegExp(t.conflict.keepMine) }).click();
  await saved(second);
  const stored = await e2eDb().article.findUniqueOrThrow({ where: { id: article.id } });
  expect(stored.bodyText).toContain("乙的修改");
  const history = await e2eDb().articleRevision.findMany({ where: { articleId: article.id } });
  expect(history.some((r) => r.bodyText.includes("甲的修改"))).toBe(true);
});

test("the server is unreachable while the user types: the text survives a reload and saves when it returns @phone", async ({ page }) => {
  const article = await seedArticle({ authorEmail: "reporter@folio.local" });
  // The server "stops" for article saves: every request to it fails as a dead
  // server's would, including the one sent with keepalive as the page unloads.
  await page.addInitScript(() => {
    const realFetch = window.fetch.bind(window);
    const state = window as unknown as { __serverDown?: boolean };
    state.__serverDown = true;
    window.fetch = (input, init) =>
      state.__serverDown && String(input instanceof Request ? input.url : input).includes("/api/articles/")
        ? Promise.reject(new TypeError("Failed to fetch"))
        : realFetch(input, init);
  });
  await signInAs(page, "reporter");
  await page.goto(`/desk/articles/${article.id}`);

  await body(page).click();
  await page.keyboard.press("End");
  await page.keyboard.type("断网时写下的这句话");
  await expect(page.locator('[data-save-state="retrying"]')).toBeVisible({ timeout: 15_000 });

  await page.reload();
  await expect(page.getByRole("alertdialog", { name: t.restore.title })).toBeVisible();
  await page.screenshot({ path: `test-results/screens/restore-offer-${test.info().project.name}.png` });
  await page.evaluate(() => ((window as unknown as { __serverDown?: boolean }).__serverDown = false));
  await page.getByRole("button", { name: t.restore.restore }).click();
  await expect(body(page)).toContainText("断网时写下的这句话");
  await saved(page);
  expect((await e2eDb().article.findUniqueOrThrow({ where: { id: article.id } })).bodyText).toContain("断网时写下的这句话");

  await page.reload();
  await page.evaluate(() => ((window as unknown as { __serverDown?: boolean }).__serverDown = false));
  await expect(body(page)).toContainText("断网时写下的这句话");
  await expect(page.getByRole("alertdialog", { name: t.restore.title })).toHaveCount(0);
});

test("hostile content in a stored body renders inert on every page that shows it", async ({ page }) => {
  const hostile = {
    type: "doc",
    content: [
      { type: "paragraph", content: [{ type: "text", text: "<script>window.__pwned = 1</script><img src=x onerror=\"window.__pwned = 2\">" }] },
      { type: "paragraph", content: [{ type: "text", text: "点这里", marks: [{ type: "link", attrs: { href: "javascript:window.__pwned=3" } }] }] },
      { type: "paragraph", content: [{ type: "text", text: "数据", marks: [{ type: "link", attrs: { href: "data:text/html,<script>window.__pwned=4</script>" } }] }] },
      { type: "figure", attrs: { src: "javascript:window.__pwned=5", mediaId: null, alt: "\"><img src=x onerror=window.__pwned=6>", caption: "<b onmouseover=window.__pwned=7>说明</b>", credit: "摄" } },
    ],
  };
  // Straight into the database, as a legacy import might: validation is not what protects readers here.
  const article = await seedArticle({ authorEmail: "reporter@folio.local", body: hostile, bodyText: "hostile" });
  const dialogs: string[] = [];
  page.on("dialog", (d) => { dialogs.push(d.message()); void d.dismiss(); });
  await signInAs(page, "reporter");

  for (const path of [`/desk/articles/${article.id}`, `/desk/articles/${article.id}/preview`, `/desk/articles/${article.id}/history`]) {
    await page.goto(path);
    await page.waitForLoadState("networkidle");
    await page.locator("a").first().hover().catch(() => undefined);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned), path).toBeUndefined();
    expect(await page.locator("main [onerror], main [onmouseover], main [onclick]").count(), path).toBe(0);
    expect(await page.locator('main a[href^="javascript:" i], main a[href^="data:" i], main img[src^="javascript:" i], main img[src^="data:" i]').count(), path).toBe(0);
    expect(await page.locator("main script").count(), path).toBe(0);
  }
  expect(dialogs).toEqual([]);
});

test("the API refuses to store a script node or a javascript: link", async ({ page }) => {
  const article = await seedArticle({ authorEmail: "reporter@folio.local" });
  await signInAs(page, "reporter");
  const response = await page.request.put(`/api/articles/${article.id}`, {
    headers: { Origin: new URL(page.url() === "about:blank" ? test.info().project.use.baseURL! : page.url()).origin },
    data: {
      baseVersion: 1,
      fields: { kicker: "", headline: "x", subheadline: "", column: "", dateline: "" },
      body: { type: "doc", content: [{ type: "script", content: [{ type: "text", text: "alert(1)" }] }] },
      bylines: [],
    },
  });
  expect(response.status()).toBe(422);
  expect((await response.json()).error.message).toBe(messages.refusals.invalidBody);
});

test("an editor comments on a passage and mentions the reporter, who is notified", async ({ browser }) => {
  const article = await seedArticle({ authorEmail: "reporter@folio.local", status: "submitted", bodyText: "首期项目投资140亿元，规划用地1700亩。" });
  const editor = await open(browser, "editor", `/desk/articles/${article.id}`);
  await body(editor).click();
  await editor.keyboard.press("Control+Home");
  for (let i = 0; i < "首期项目投资140亿元".length; i += 1) await editor.keyboard.press("Shift+ArrowRight");
  await editor.getByPlaceholder(t.comments.placeholder).fill("请核实投资额的来源。");
  await editor.getByRole("combobox", { name: t.comments.mention }).first().selectOption({ label: "郭学锋" });
  await editor.getByRole("button", { name: t.comments.send }).first().click();

  await expect(editor.locator("[data-comment-thread]")).toHaveCount(1);
  await expect(body(editor).locator(".comment-mark")).toHaveCount(1);
  await saved(editor);
  await editor.screenshot({ path: "test-results/screens/article-comment-desktop.png", fullPage: true });
  const stored = await e2eDb().article.findUniqueOrThrow({ where: { id: article.id } });
  expect(JSON.stringify(stored.body)).toContain('"comment"');

  const reporter = await open(browser, "reporter", "/desk/notifications");
  await expect(reporter.getByText(/在《.*》的批注中提到了你/)).toBeVisible();
});

test("a photo is uploaded into the body with its caption and credit", async ({ page }) => {
  const article = await seedArticle({ authorEmail: "reporter@folio.local" });
  await signInAs(page, "reporter");
  await page.goto(`/desk/articles/${article.id}`);
  await body(page).click();
  // A 1×1 PNG: the server reads its real type from the bytes and re-encodes it.
  const png = Buffer.from("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==", "base64");
  const uploadTab = async () => {
    await page.getByRole("button", { name: messages.richText.toolbar.image, exact: true }).click();
    await page.getByRole("tab", { name: messages.media.picker.upload }).click();
  };
  await uploadTab();
  await page.getByLabel(messages.media.upload.title).setInputFiles({ name: "现场.png", mimeType: "image/png", buffer: png });
  await page.getByLabel(messages.richText.figure.caption, { exact: true }).fill("5月24日，项目建设现场。");
  await page.getByLabel(messages.richText.figure.credit).fill("张铁生 摄");
  await page.getByLabel(messages.richText.figure.alt).fill("项目建设现场");
  await page.getByRole("button", { name: messages.richText.figure.insert }).click();
  await expect(body(page).locator("figure img")).toHaveAttribute("src", /^\/media\//);
  await saved(page);
  const media = await e2eDb().articleMedia.findMany({ where: { articleId: article.id } });
  expect(media).toHaveLength(1);
  // Uploaded inside the article: its caption and alt text describe it in the 图片库 too.
  await expect.poll(async () => (await e2eDb().media.findUnique({ where: { id: media[0]!.mediaId } }))?.caption).toBe("5月24日，项目建设现场。");

  await uploadTab();
  await page.getByLabel(messages.media.upload.title).setInputFiles({ name: "假图片.png", mimeType: "image/png", buffer: Buffer.from("not an image at all") });
  await expect(page.getByText(messages.refusals.imageType)).toBeVisible();
});
