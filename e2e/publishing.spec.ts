// Publishing as readers meet it: an issue appears at every reader URL when
// the chief publishes it, stays invisible everywhere until a scheduled time,
// and is gone everywhere when withdrawn. Feeds, sitemap and JSON-LD are checked
// for validity; search finds real names and phrases from the samples.
import { expect, test, type APIRequestContext, type Page } from "@playwright/test";
import { format, messages } from "../lib/i18n";
import { signInAs } from "./support/auth";
import { e2eDb, suffix } from "./support/db";

const t = messages.issues.publish;

// From sample 000's 樊灿涛 story: 刘峰 is a two-character name, 邻里中心 a four-character phrase.
const LEAD = { headline: "樊灿涛调研 中心城区邻里中心建设", text: "区党工委副书记、管委会主任樊灿涛深入中心城区调研邻里中心建设工作，强调要以邻里中心建设为抓手。区领导刘峰、朱亚强参加。" };
const OTHER = { headline: "区政协工委组织召开 专题协商议政会", text: "会议围绕我区文明创建、城市提质以及乡村振兴工作进行座谈协商。" };

/** A locked issue (all pages signed) of a paper of its own, so that other journeys' issues don't interfere. */
async function lockedIssue(date: string) {
  const db = e2eDb();
  const { id: _id, slug: _slug, isDefault: _default, createdAt: _created, updatedAt: _updated, pageTemplate, ...paper } = await db.publication.findFirstOrThrow({ where: { slug: "yibin" } });
  const publication = await db.publication.create({ data: { ...paper, pageTemplate: pageTemplate as object, slug: `paper-${suffix()}` } });
  const reporter = await db.user.findUniqueOrThrow({ where: { email: "reporter@folio.local" } });
  const issue = await db.issue.create({
    data: {
      publicationId: publication.id, date: new Date(`${date}T00:00:00Z`), year: Number(date.slice(0, 4)), number: 12, totalNumber: 257, status: "locked", lockedAt: new Date(),
      pages: { create: [{ number: 1, name: "要闻", signedAt: new Date() }, { number: 2, name: "综合", signedAt: new Date() }] },
    },
    include: { pages: { orderBy: { number: "asc" } } },
  });
  const articles = [];
  for (const [index, source] of [LEAD, OTHER].entries()) {
    const body = { type: "doc", content: [{ type: "paragraph", content: [{ type: "text", text: source.text }] }] };
    const article = await db.article.create({
      data: {
        publicationId: publication.id, headline: source.headline, dateline: "伊滨讯", body, bodyText: source.text, status: "released", createdById: reporter.id,
        revisions: { create: { version: 1, headline: source.headline, body, bodyText: source.text, authorId: reporter.id } },
      },
    });
    await db.placement.create({ data: { pageId: issue.pages[index]!.id, articleId: article.id, position: 1, columnStart: 1, columnSpan: 4, height: 20, headlineSize: 28, placedVersion: 1 } });
    articles.push(article);
  }
  return { slug: publication.slug, issue, articles, date };
}

type Issue = Awaited<ReturnType<typeof lockedIssue>>;

/** Every reader surface that shows the issue or its lead article, with what it must contain when visible. */
function surfaces({ slug, date, articles }: Issue) {
  const lead = articles[0]!;
  return [
    { url: `/${slug}`, shows: LEAD.headline.split(" ")[0]! },
    { url: `/${slug}/${date}`, shows: LEAD.headline.split(" ")[0]! },
    { url: `/${slug}/${date}/01`, shows: LEAD.headline.split(" ")[0]! },
    { url: `/${slug}/${date}/02`, shows: OTHER.headline.split(" ")[0]! },
    { url: `/${slug}/${date}/01/${lead.id}`, shows: "刘峰" },
    { url: `/${slug}/archive`, shows: `/${slug}/${date}` },
    { url: `/${slug}/archive/${date.slice(0, 4)}`, shows: `/${slug}/${date}` },
    { url: `/search?q=${encodeURIComponent("刘峰")}&pub=${slug}`, shows: lead.id },
    { url: `/search?q=${encodeURIComponent("邻里中心")}&pub=${slug}`, shows: lead.id },
    { url: `/${slug}/feed.xml`, shows: lead.id },
    { url: "/sitemap.xml", shows: `/${slug}/${date}/01/${lead.id}` },
    { url: `/api/v1/publications/${slug}/issues`, shows: date },
    { url: `/api/v1/publications/${slug}/issues/${date}`, shows: lead.id },
    { url: `/api/v1/articles/${lead.id}`, shows: "刘峰" },
    { url: `/api/v1/search?q=${encodeURIComponent("邻里中心")}&pub=${slug}`, shows: lead.id },
  ];
}

async function expectVisible(request: APIRequestContext, issue: Issue) {
  for (const { url, shows } of surfaces(issue)) {
    const response = await request.get(url);
    expect(response.status(), url).toBe(200);
    expect(await response.text(), url).toContain(shows);
  }
}

async function expectInvisible(request: APIRequestContext, issue: Issue) {
  for (const { url, shows } of surfaces(issue)) {
    const response = await request.get(url);
    // Dated pages, articles and the API answer 404; lists, search, feed and sitemap simply lack it.
    expect(await response.text(), url).not.toContain(shows);
  }
  for (const url of [`/${issue.slug}/${issue.date}`, `/${issue.slug}/${issue.date}/01/${issue.articles[0]!.id}`, `/api/v1/articles/${issue.articles[0]!.id}`]) {
    expect((await request.get(url)).status(), url).toBe(404);
  }
}

async function publishFromDesk(page: Page, issueId: string, at?: string) {
  await page.goto(`/desk/issues/${issueId}`);
  const panel = page.getByTestId("publish-panel");
  if (at) {
    await panel.getByRole("button", { name: t.schedule }).click();
    await panel.getByLabel(t.scheduleAt).fill(at);
    await panel.getByRole("button", { name: t.confirmSchedule }).click();
    await expect(panel).toHaveAttribute("data-status", "scheduled");
  } else {
    await panel.getByRole("button", { name: t.now }).click();
    await expect(panel).toHaveAttribute("data-status", "published");
  }
}

test("publish: the issue appears at every reader URL, with a valid feed, sitemap and JSON-LD; withdraw: gone everywhere", async ({ page }) => {
  test.setTimeout(120_000);
  const issue = await lockedIssue("2023-06-14");
  await expectInvisible(page.request, issue);
  await signInAs(page, "chief");
  await publishFromDesk(page, issue.issue.id);
  await expectVisible(page.request, issue);

  // The feed and the sitemap are well-formed XML of the right kind.
  await page.goto("/");
  for (const [url, root] of [[`/${issue.slug}/feed.xml`, /^(feed|rss)$/], ["/sitemap.xml", /^urlset$/]] as const) {
    const xml = await (await page.request.get(url)).text();
    const parsed = await page.evaluate((text) => {
      const doc = new DOMParser().parseFromString(text, "application/xml");
      return { error: doc.getElementsByTagName("parsererror").length > 0, root: doc.documentElement.nodeName };
    }, xml);
    expect(parsed.error, url).toBe(false);
    expect(parsed.root, url).toMatch(root);
  }

  // 往期回顾 by year: the year navigation, its year marked, leads to the year's
  // page and its issues; a year without issues is a 404.
  const year = issue.date.slice(0, 4);
  await page.goto(`/${issue.slug}/archive`);
  const yearLink = page.getByTestId("archive-years").getByRole("link", { name: format(messages.reader.archive.yearLink, { year, count: 1 }) });
  await expect(yearLink).toHaveAttribute("aria-current", "page");
  await yearLink.click();
  await expect(page).toHaveURL(new RegExp(`/${issue.slug}/archive/${year}$`));
  await expect(page.getByTestId("archive-issue-link")).toHaveAttribute("href", `/${issue.slug}/${issue.date}`);
  expect(await page.locator('link[rel="canonical"]').getAttribute("href")).toMatch(new RegExp(`/${issue.slug}/archive/${year}$`));
  for (const missing of [String(Number(year) - 1), "23", "abcd"]) {
    expect((await page.request.get(`/${issue.slug}/archive/${missing}`)).status(), missing).toBe(404);
  }

  // The article page carries JSON-LD NewsArticle and a canonical URL.
  const articleUrl = `/${issue.slug}/${issue.date}/01/${issue.articles[0]!.id}`;
  await page.goto(articleUrl);
  const jsonLd = JSON.parse((await page.locator('script[type="application/ld+json"]').first().textContent())!);
  expect(jsonLd).toMatchObject({ "@type": "NewsArticle", headline: expect.stringContaining("樊灿涛") });
  expect(await page.locator('link[rel="canonical"]').getAttribute("href")).toContain(articleUrl);

  // 撤回, with a reason: gone from every surface at once (the caches are revalidated).
  await page.goto(`/desk/issues/${issue.issue.id}`);
  const panel = page.getByTestId("publish-panel");
  await panel.getByRole("button", { name: t.withdraw }).click();
  await panel.getByLabel(t.withdrawReason).fill("版面有误，更正后重新发布");
  await panel.getByRole("button", { name: t.confirmWithdraw }).click();
  await expect(panel).toHaveAttribute("data-status", "withdrawn");
  await expectInvisible(page.request, issue);
});

test("a scheduled issue is invisible everywhere until its time", async ({ page }) => {
  test.setTimeout(180_000);
  const issue = await lockedIssue("2023-06-28");
  await signInAs(page, "chief");
  // An hour ahead, in Beijing time as the form takes it.
  const inAnHour = new Date(Date.now() + 8 * 3600_000 + 3600_000).toISOString().slice(0, 16);
  await publishFromDesk(page, issue.issue.id, inAnHour);
  await expectInvisible(page.request, issue);

  // Its time comes (moved forward rather than waited for); within the cache's minute it is everywhere.
  await e2eDb().issue.update({ where: { id: issue.issue.id }, data: { publishAt: new Date(Date.now() - 1000) } });
  // A cached page is served stale once, then rebuilt: poll until every surface has it.
  await expect(async () => expectVisible(page.request, issue)).toPass({ timeout: 120_000, intervals: [5_000] });
});
