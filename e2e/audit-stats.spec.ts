// The audit trail and 见报统计 end to end: the chief narrows the trail to a
// failed sign-in and downloads it as CSV; the desk reads a period's printed
// pieces per contributor, opens one, and downloads the finance office's CSV.
import { readFileSync } from "node:fs";
import { expect, test, type Download } from "@playwright/test";
import { chinaToday } from "../lib/domain/audit-trail";
import { messages } from "../lib/i18n";
import { signInAs, signInOverHttp } from "./support/auth";
import { e2eDb, suffix } from "./support/db";

const t = messages.audit;
const s = messages.audit.stats;

/** The downloaded file's bytes, and its rows split naively (the cells checked here hold no commas or quotes). */
async function csvOf(download: Download) {
  const bytes = readFileSync((await download.path())!);
  const text = bytes.toString("utf8");
  return { bom: [...bytes.subarray(0, 3)], lines: text.replace(/^\ufeff/, "").trim().split("\r\n") };
}

test("the chief narrows the audit trail to a failed sign-in and downloads it as CSV", async ({ page }) => {
  const email = `nobody-${suffix()}@example.test`;
  await signInOverHttp(page.request, email, "not-the-password");
  await signInAs(page, "chief");

  await page.goto("/desk/audit");
  await expect(page.getByRole("heading", { name: t.title })).toBeVisible();
  const form = page.getByRole("form", { name: t.filters.legend });
  await form.getByRole("combobox", { name: t.filters.actor, exact: true }).selectOption({ label: t.filters.noActor });
  await form.getByRole("combobox", { name: t.filters.action, exact: true }).selectOption({ label: t.actions["auth.sign_in_failed"] });
  const today = chinaToday(new Date());
  await form.getByLabel(t.filters.from).fill(today);
  await form.getByLabel(t.filters.to).fill(today);
  await form.getByRole("button", { name: t.filters.submit }).click();

  await expect(page).toHaveURL(/action=auth\.sign_in_failed/);
  const events = page.getByTestId("audit-events").locator("li");
  await expect(events.first()).toBeVisible();
  // Nothing but failed sign-ins without a user.
  for (const action of await events.evaluateAll((rows) => rows.map((row) => row.getAttribute("data-action")))) expect(action).toBe("auth.sign_in_failed");
  const ours = events.filter({ hasText: email });
  await expect(ours).toHaveCount(1);
  await expect(ours).toContainText(t.anonymous);
  await expect(ours).toContainText(t.values.any!.unknown_email!);

  const downloading = page.waitForEvent("download");
  await page.getByTestId("audit-export").click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe(`审计日志_${today}_${today}.csv`);
  const { bom, lines } = await csvOf(download);
  expect(bom).toEqual([0xef, 0xbb, 0xbf]);
  expect(lines[0]).toBe("时间,操作人,操作人邮箱,操作,对象类型,对象ID,变更前,变更后,IP");
  const row = lines.find((line) => line.includes(email));
  expect(row).toContain(`,${t.anonymous},,${t.actions["auth.sign_in_failed"]},${t.objectTypes.User},`);
  expect(lines.slice(1).every((line) => line.includes(t.actions["auth.sign_in_failed"]))).toBe(true);

  // The export is in the trail too.
  await page.goto("/desk/audit?action=audit.export");
  await expect(page.getByTestId("audit-events").locator("li").first()).toContainText(t.actions["audit.export"]);
});

/** A printed issue of its own in `year`, far from the demo's, with one contributor's two pieces (one jumped) and a photo. */
async function seedPrintedIssue(year: number) {
  const db = e2eDb();
  const publication = await db.publication.findFirstOrThrow({ where: { slug: "yibin" } });
  const tag = suffix();
  const reporter = await db.contributor.create({ data: { name: `见报测试${tag}` } });
  const total = 90_000 + Math.floor(Math.random() * 9_000);
  const issue = await db.issue.create({
    data: {
      publicationId: publication.id, date: new Date(`${year}-04-08T00:00:00Z`), year, number: total - 89_000, totalNumber: total, status: "locked",
      pages: { create: [{ number: 1, name: "要闻" }, { number: 2, name: "综合" }] },
    },
    include: { pages: { orderBy: { number: "asc" } } },
  });
  const article = (headline: string, charCount: number) =>
    db.article.create({
      data: {
        publicationId: publication.id, headline, charCount, status: "released", body: { type: "doc", content: [] }, bodyText: "",
        bylines: { create: [{ contributorId: reporter.id, role: "reporter", position: 1 }] },
      },
    });
  const jumped = await article(`转版稿件${tag}`, 2400);
  const first = await db.placement.create({ data: { pageId: issue.pages[0]!.id, articleId: jumped.id, position: 1, placedVersion: 1 } });
  await db.placement.create({ data: { pageId: issue.pages[1]!.id, articleId: jumped.id, position: 1, placedVersion: 1, continuesFromId: first.id } });
  const short = await article(`短稿${tag}`, 600);
  await db.placement.create({ data: { pageId: issue.pages[1]!.id, articleId: short.id, position: 2, placedVersion: 1 } });
  const media = await db.media.create({
    data: { storageKey: `e2e/${tag}/original.jpg`, originalName: "p.jpg", mimeType: "image/jpeg", bytes: 1, width: 10, height: 10, creditContributorId: reporter.id },
  });
  await db.articleMedia.create({ data: { articleId: short.id, mediaId: media.id } });
  return { reporter, jumped, short, total };
}

test("the desk reads 见报统计 for a period, opens a contributor and downloads the CSV @phone", async ({ page }, testInfo) => {
  // One year per project: the phone and the laptop run this side by side.
  const year = testInfo.project.name === "phone" ? 1997 : 1998;
  const { reporter, jumped, short, total } = await seedPrintedIssue(year);
  await signInAs(page, "desk");

  await page.goto("/desk/stats");
  await expect(page.getByRole("heading", { name: s.title })).toBeVisible();
  await page.getByRole("link", { name: s.period.presets.thisYear }).click();
  await expect(page).toHaveURL(/preset=thisYear/);
  await expect(page.getByRole("link", { name: s.period.presets.thisYear })).toHaveAttribute("aria-current", "true");

  const form = page.getByRole("form", { name: s.period.legend });
  await form.getByLabel(s.period.from).fill(`${year}-04-01`);
  await form.getByLabel(s.period.to).fill(`${year}-04-30`);
  await form.getByRole("button", { name: s.period.submit }).click();
  await expect(page.getByTestId("stats-period")).toContainText(`${year}年4月1日 至 ${year}年4月30日`);

  // The jumped piece counts once: 2 pieces, 3,000 字, 1 photo.
  const line = page.locator("li, tr").filter({ hasText: reporter.name }).filter({ visible: true });
  await expect(line).toContainText("3,000");
  await line.getByRole("link", { name: reporter.name }).click();
  await expect(page.getByRole("heading", { name: reporter.name })).toBeVisible();
  const figures = page.getByTestId("contributor-figures");
  await expect(figures).toContainText("2");
  await expect(figures).toContainText("3,000");
  await expect(page.getByText(jumped.headline).filter({ visible: true })).toBeVisible();
  await expect(page.getByText(short.headline).filter({ visible: true })).toBeVisible();
  await page.getByRole("link", { name: s.detail.back }).click();

  const downloading = page.waitForEvent("download");
  await page.getByTestId("stats-export-pieces").click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe(`见报明细_${year}-04-01_${year}-04-30.csv`);
  const { bom, lines } = await csvOf(download);
  expect(bom).toEqual([0xef, 0xbb, 0xbf]);
  expect(lines[0]).toBe(s.export.pieceColumns.join(","));
  const ours = lines.filter((l) => l.startsWith(`${reporter.name},`));
  expect(ours).toHaveLength(2);
  expect(ours).toContain(`${reporter.name},个人,${year}-04-08,${total - 89_000},${total},01→02,${jumped.headline},记者,2400,0,${jumped.id},${reporter.id}`);
  expect(ours).toContain(`${reporter.name},个人,${year}-04-08,${total - 89_000},${total},02,${short.headline},记者,600,1,${short.id},${reporter.id}`);
});
