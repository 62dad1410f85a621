// Photos from the reporter's phone to the reader's screen: uploaded with
// progress into the 图片库, given a caption, a contributor credit and alt text,
// inserted into an article, seen on the page proof and, once the issue is
// published, on the reader site with srcset and a year-long cache.
import { expect, test, type Page } from "@playwright/test";
import sharp from "sharp";
import { messages } from "../lib/i18n";
import { signInAs } from "./support/auth";
import { e2eDb, suffix } from "./support/db";
import { photo } from "./support/photos";

const m = messages.media;
const fig = messages.richText.figure;
const shot = (name: string, project: string) => `test-results/screens/${name}-${project}.png`;

const CAPTION = "6月7日，伊滨区邻里中心项目建设现场，塔吊林立、工人们正加紧施工。";
const ALT = "塔吊下正在施工的邻里中心建设工地";
const TEXT = "眼下，邻里中心项目建设正酣。项目负责人介绍，主体结构已完成七成，预计年底投入使用。建成后将为周边居民提供便民服务、文化活动和社区医疗等功能。";

/** An issue in 校对 with one page holding a released article, in a paper of its own. */
async function issueWithArticle() {
  const db = e2eDb();
  const { id: _id, slug: _slug, isDefault: _default, createdAt: _created, updatedAt: _updated, pageTemplate, ...paper } = await db.publication.findFirstOrThrow({ where: { slug: "yibin" } });
  const publication = await db.publication.create({ data: { ...paper, pageTemplate: pageTemplate as object, slug: `media-${suffix()}` } });
  const reporter = await db.user.findUniqueOrThrow({ where: { email: "reporter@folio.local" } });
  const date = "2023-07-05";
  const issue = await db.issue.create({
    data: {
      publicationId: publication.id, date: new Date(`${date}T00:00:00Z`), year: 2023, number: 13, totalNumber: 258, status: "proofing",
      pages: { create: [{ number: 1, name: "要闻" }] },
    },
    include: { pages: true },
  });
  const headline = `邻里中心项目建设正酣 ${suffix()}`;
  const body = { type: "doc", content: [{ type: "paragraph", content: [{ type: "text", text: TEXT }] }] };
  const article = await db.article.create({
    data: {
      publicationId: publication.id, headline, dateline: "伊滨讯", body, bodyText: TEXT, status: "released", createdById: reporter.id,
      revisions: { create: { version: 1, headline, body, bodyText: TEXT, authorId: reporter.id } },
    },
  });
  await db.placement.create({ data: { pageId: issue.pages[0]!.id, articleId: article.id, position: 1, columnStart: 1, columnSpan: 4, height: 40, headlineSize: 28, placedVersion: 1 } });
  return { slug: publication.slug, issue, article, date, headline };
}

async function uploadToLibrary(page: Page, files: { name: string; buffer: Buffer }[]) {
  await page.goto("/desk/media");
  await page.getByLabel(m.upload.title).setInputFiles(files.map((f) => ({ ...f, mimeType: "image/jpeg" })));
  await expect(page.locator('[data-testid="upload-job"][data-state="done"]')).toHaveCount(files.length, { timeout: 30_000 });
}

test("a photo with caption and credit: library, article, proof, and the reader site once published", async ({ page, browser }, info) => {
  test.setTimeout(180_000);
  const { slug, issue, article, date, headline } = await issueWithArticle();
  const photographer = `王摄影${suffix()}`;
  const fileName = `IMG_${suffix()}.jpg`;

  // The 图片库: upload, then caption, credit (a new contributor) and alt text.
  await signInAs(page, "chief");
  await uploadToLibrary(page, [{ name: fileName, buffer: await photo("site") }]);
  await page.getByLabel(m.search.q).fill(fileName);
  await page.getByRole("button", { name: m.search.submit }).click();
  await page.getByTestId("media-card").first().click();
  await expect(page.getByTestId("focal-point")).toBeVisible();
  await page.getByLabel(new RegExp(`^${m.detail.credit}`)).fill(photographer);
  await page.getByRole("button", { name: messages.media.detail.addCredit.replace("{name}", photographer) }).click();
  await expect(page.getByTestId("media-credit")).toHaveText(photographer);
  await page.getByLabel(new RegExp(`^${m.detail.alt}`)).fill(ALT);
  await page.getByLabel(m.detail.caption, { exact: true }).fill(CAPTION);
  await page.getByRole("button", { name: m.detail.save }).click();
  await expect(page.getByText(m.detail.saved)).toBeVisible();
  const media = await e2eDb().media.findFirstOrThrow({ where: { originalName: fileName }, include: { creditContributor: true } });
  expect(media).toMatchObject({ caption: CAPTION, altText: ALT, creditContributor: { name: photographer } });

  // The editor: 插入图片 from the library; caption, credit and alt come along.
  await page.goto(`/desk/articles/${article.id}`);
  await page.getByRole("textbox", { name: messages.richText.body }).click();
  await page.getByRole("button", { name: messages.richText.toolbar.image, exact: true }).click();
  const dialog = page.getByRole("dialog", { name: m.picker.title });
  await dialog.getByLabel(m.picker.search).fill(photographer);
  await dialog.getByRole("button", { name: m.picker.searchButton }).click();
  await dialog.getByTestId("picker-item").first().click();
  // Labels wrap their fields, so a filled field's name includes its value: find them in the form.
  const form = page.getByTestId("figure-form");
  await expect(form.locator("textarea")).toHaveValue(CAPTION);
  await expect(form.locator("input").nth(0)).toHaveValue(`${photographer} 摄`);
  await expect(form.locator("input").nth(1)).toHaveValue(ALT);
  await page.getByRole("button", { name: fig.insert }).click();
  await expect(page.locator(".article-body figure img")).toHaveAttribute("src", `/media/${media.id}`);
  await expect.poll(async () => e2eDb().articleMedia.count({ where: { articleId: article.id, mediaId: media.id } }), { timeout: 15_000 }).toBe(1);

  // Where used: the library names the article.
  await page.goto(`/desk/media/${media.id}`);
  await expect(page.getByTestId("media-used-in")).toContainText(headline.split(" ")[0]!);

  // The page proof: the print rendition in the article's box, with caption and credit.
  await page.goto(`/desk/issues/${issue.id}/pages/1`);
  const proofPhoto = page.locator(`.page-proof__photo[data-media-id="${media.id}"]`).first();
  await expect(proofPhoto).toBeVisible();
  await expect(proofPhoto.locator("figcaption")).toContainText(CAPTION);
  await expect(proofPhoto.locator("figcaption")).toContainText(`${photographer} 摄`);
  await expect.poll(() => proofPhoto.locator("img").evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)).toBeGreaterThan(1000);
  await proofPhoto.scrollIntoViewIfNeeded();
  await page.screenshot({ path: shot("media-proof", info.project.name) });

  // Readers cannot reach the photo before publication.
  const reader = await browser.newContext();
  expect((await reader.request.get(`/media/${media.id}/web800`)).status()).toBe(404);

  // 签付印 and publish; then the reader site shows it, responsive and long-cached.
  await e2eDb().page.updateMany({ where: { issueId: issue.id }, data: { signedAt: new Date() } });
  await e2eDb().issue.update({ where: { id: issue.id }, data: { status: "locked", lockedAt: new Date() } });
  await page.goto(`/desk/issues/${issue.id}`);
  const panel = page.getByTestId("publish-panel");
  await panel.getByRole("button", { name: messages.issues.publish.now }).click();
  await expect(panel).toHaveAttribute("data-status", "published");

  const readerPage = await reader.newPage();
  await readerPage.goto(`/${slug}/${date}/01/${article.id}`);
  const figure = readerPage.locator("figure.article-figure");
  await expect(figure.locator("figcaption")).toContainText(CAPTION);
  await expect(figure.locator("figcaption")).toContainText(`${photographer} 摄`);
  const img = figure.locator("img");
  await expect(img).toHaveAttribute("alt", ALT);
  await expect(img).toHaveAttribute("srcset", `/media/${media.id}/web800 800w, /media/${media.id}/web1600 1600w`);
  await img.scrollIntoViewIfNeeded();
  await expect.poll(() => img.evaluate((el: HTMLImageElement) => el.complete && el.naturalWidth > 0)).toBe(true);
  await readerPage.screenshot({ path: shot("media-reader-article", info.project.name), fullPage: true });
  const served = await reader.request.get(`/media/${media.id}/web1600`);
  expect(served.status()).toBe(200);
  expect(served.headers()["cache-control"]).toBe("public, max-age=31536000, immutable");
  // No EXIF (camera, GPS) in what readers download.
  expect((await sharp(await served.body()).metadata()).exif).toBeUndefined();
  await reader.close();
});

test.describe("media screens @phone", () => {
  test("the library, the upload with progress and the editor's image dialog", async ({ page }, info) => {
    test.setTimeout(300_000);
    await signInAs(page, "chief");
    const tag = suffix();
    await uploadToLibrary(page, [
      { name: `邻里中心工地-${tag}.jpg`, buffer: await photo("site") },
      { name: `伊河夕照-${tag}.jpg`, buffer: await photo("dusk") },
      { name: `滨河公园-${tag}.jpg`, buffer: await photo("park") },
    ]);
    const captions: Record<string, string> = {
      邻里中心工地: "6月7日，伊滨区邻里中心项目建设现场，塔吊林立。",
      伊河夕照: "夕阳下的伊河两岸，新城天际线初具规模。",
      滨河公园: "滨河公园改造完成后迎来首批游客。",
    };
    const created = await e2eDb().media.findMany({ where: { originalName: { contains: tag } } });
    const credit = await e2eDb().contributor.upsert({ where: { id: `photo-${tag}` }, create: { id: `photo-${tag}`, name: "张铁生" }, update: {} });
    for (const item of created) {
      const key = item.originalName.split("-")[0]!;
      // One photo still lacks its credit and alt text: the library flags it.
      const complete = key !== "滨河公园";
      await e2eDb().media.update({
        where: { id: item.id },
        data: { caption: captions[key], altText: complete ? captions[key] : null, creditContributorId: complete ? credit.id : null },
      });
    }
    const site = created.find((item) => item.originalName.startsWith("邻里中心工地"))!;

    // Upload in progress: the job list with a bar (a large file on a slowed connection).
    await page.goto("/desk/media");
    await expect(page.getByTestId("media-card").first()).toBeVisible();
    const cdp = await page.context().newCDPSession(page);
    await cdp.send("Network.enable");
    await cdp.send("Network.emulateNetworkConditions", { offline: false, latency: 20, downloadThroughput: -1, uploadThroughput: 150_000 });
    await page.getByLabel(m.upload.title).setInputFiles([{ name: `航拍全景-${tag}.jpg`, mimeType: "image/jpeg", buffer: await photo("site", 3000, 2000) }]);
    await expect(page.getByRole("progressbar").first()).toBeVisible();
    await page.waitForTimeout(1500);
    await page.screenshot({ path: shot("media-upload-progress", info.project.name), fullPage: false });
    await cdp.send("Network.emulateNetworkConditions", { offline: false, latency: 0, downloadThroughput: -1, uploadThroughput: -1 });
    await expect(page.locator('[data-testid="upload-job"][data-state="done"]')).toHaveCount(1, { timeout: 60_000 });

    await page.goto("/desk/media");
    await expect(page.getByTestId("media-card").first()).toBeVisible();
    await page.screenshot({ path: shot("media-library", info.project.name), fullPage: true });

    await page.goto(`/desk/media/${site.id}`);
    await expect(page.getByTestId("focal-point")).toBeVisible();
    await page.screenshot({ path: shot("media-detail", info.project.name), fullPage: true });

    // The editor's 插入图片 dialog, then the figure form.
    const db = e2eDb();
    const editor = await db.user.findUniqueOrThrow({ where: { email: "chief@folio.local" } });
    const publication = await db.publication.findFirstOrThrow({ where: { slug: "yibin" } });
    const body = { type: "doc", content: [{ type: "paragraph", content: [{ type: "text", text: TEXT }] }] };
    const article = await db.article.create({
      data: {
        publicationId: publication.id, headline: "邻里中心项目建设正酣", body, bodyText: TEXT, status: "draft", createdById: editor.id,
        revisions: { create: { version: 1, headline: "邻里中心项目建设正酣", body, bodyText: TEXT, authorId: editor.id } },
      },
    });
    await page.goto(`/desk/articles/${article.id}`);
    await page.getByRole("textbox", { name: messages.richText.body }).click();
    await page.getByRole("button", { name: messages.richText.toolbar.image, exact: true }).click();
    const dialog = page.getByRole("dialog", { name: m.picker.title });
    await expect(dialog.getByTestId("picker-item").first()).toBeVisible();
    await page.screenshot({ path: shot("media-picker", info.project.name) });
    await dialog.getByTestId("picker-item").filter({ hasText: "滨河公园" }).first().click();
    await expect(page.getByTestId("figure-form")).toBeVisible();
    await page.screenshot({ path: shot("media-figure-form", info.project.name) });
  });
});
