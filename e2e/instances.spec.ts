// Two `next start` instances of one build against one database, as behind a
// load balancer: an issue published through one is on the other at once, and
// withdrawn through one it is gone from both — although each had cached the
// reader pages before (lib/cache/next-cache-handler.mjs shares invalidation).
// In front of them, where nginx is installed (CI installs it), the production
// caching proxy (deploy/nginx/folio.conf): the app has it fetch the issue's
// pages again when it is published or withdrawn, so readers of the proxy see
// the change within seconds, not when its cached copies expire (a minute).
// This journey starts its own database and servers (scripts/bench/server.ts).
import { randomBytes } from "node:crypto";
import { expect, test, type APIRequestContext } from "@playwright/test";
import { createPrismaClient, type Db } from "../lib/db/client.ts";
import { messages } from "../lib/i18n";
import { hasNginx, startProxyNginx } from "../scripts/bench/nginx.ts";
import { benchPort } from "../scripts/bench/ports.ts";
import { startBenchDatabase, startFolio, type BenchDatabase, type RunningServer } from "../scripts/bench/server.ts";
import { signInOverHttp, accountFor } from "./support/auth";

const t = messages.issues.publish;
const HEADLINE = "两个实例 同一份报纸";
const TEXT = "伊滨讯 区融媒体中心的两台服务器共用一个数据库，发布与撤回在两台上同时生效。";

let database: BenchDatabase;
let db: Db;
let one: RunningServer;
let two: RunningServer;
let proxy: RunningServer | null = null;

test.describe.configure({ mode: "serial" });

test.beforeAll(async () => {
  test.setTimeout(240_000);
  database = await startBenchDatabase();
  db = createPrismaClient(database.url);
  const secret = randomBytes(32).toString("base64url");
  const refreshSecret = randomBytes(24).toString("base64url");
  const proxyPort = hasNginx() ? await benchPort() : null;
  const env = {
    NEXTAUTH_SECRET: secret,
    ...(proxyPort ? { FOLIO_PROXY_URL: `http://127.0.0.1:${proxyPort}`, FOLIO_PROXY_REFRESH_SECRET: refreshSecret } : {}),
  };
  [one, two] = await Promise.all([startFolio(database, env), startFolio(database, env)]);
  if (proxyPort) proxy = await startProxyNginx([one.origin, two.origin], refreshSecret, proxyPort);
});

test.afterAll(async () => {
  await Promise.allSettled([one?.stop(), two?.stop(), proxy?.stop()]);
  await db?.$disconnect();
  await database?.stop();
});

/** A locked issue of a paper of its own, one page, one article. */
async function lockedIssue() {
  const { id: _id, slug: _slug, isDefault: _default, createdAt: _c, updatedAt: _u, pageTemplate, ...paper } = await db.publication.findFirstOrThrow({ where: { slug: "yibin" } });
  const publication = await db.publication.create({ data: { ...paper, pageTemplate: pageTemplate as object, slug: `twin-${randomBytes(3).toString("hex")}` } });
  const reporter = await db.user.findUniqueOrThrow({ where: { email: "reporter@folio.local" } });
  const date = "2023-07-05";
  const issue = await db.issue.create({
    data: { publicationId: publication.id, date: new Date(`${date}T00:00:00Z`), year: 2023, number: 13, totalNumber: 258, status: "locked", lockedAt: new Date(), pages: { create: [{ number: 1, name: "要闻", signedAt: new Date() }] } },
    include: { pages: true },
  });
  const body = { type: "doc", content: [{ type: "paragraph", content: [{ type: "text", text: TEXT }] }] };
  const article = await db.article.create({
    data: {
      publicationId: publication.id, headline: HEADLINE, dateline: "伊滨讯", body, bodyText: TEXT, status: "released", createdById: reporter.id,
      revisions: { create: { version: 1, headline: HEADLINE, body, bodyText: TEXT, authorId: reporter.id } },
    },
  });
  await db.placement.create({ data: { pageId: issue.pages[0]!.id, articleId: article.id, position: 1, columnStart: 1, columnSpan: 4, height: 20, headlineSize: 28, placedVersion: 1 } });
  return { issueId: issue.id, archive: `/${publication.slug}/archive`, issuePath: `/${publication.slug}/${date}`, articlePath: `/${publication.slug}/${date}/01/${article.id}` };
}

async function shows(request: APIRequestContext, origin: string, path: string, text: string): Promise<{ status: number; has: boolean }> {
  const response = await request.get(origin + path);
  return { status: response.status(), has: (await response.text()).includes(text) };
}

test("published through one instance: on the other at once; withdrawn through one: gone from both", async ({ browser, request }) => {
  test.setTimeout(180_000);
  if (!proxy) test.info().annotations.push({ type: "no proxy", description: "nginx is not installed: the caching proxy's refresh is not checked" });
  const issue = await lockedIssue();
  // Both instances cache the reader pages as they are before publishing, and so does the proxy.
  for (const server of [one, two, ...(proxy ? [proxy] : [])]) {
    for (let i = 0; i < 2; i++) {
      expect((await shows(request, server.origin, issue.archive, issue.issuePath)).has).toBe(false);
      expect((await shows(request, server.origin, issue.articlePath, HEADLINE)).status).toBe(404);
    }
  }

  const context = await browser.newContext({ baseURL: one.origin });
  const page = await context.newPage();
  await signInOverHttp(page.request, accountFor("chief").email);
  await page.goto(`/desk/issues/${issue.issueId}`);
  const panel = page.getByTestId("publish-panel");
  await panel.getByRole("button", { name: t.now }).click();
  await expect(panel).toHaveAttribute("data-status", "published");

  // No polling: the first request to either instance has it.
  for (const server of [two, one]) {
    expect(await shows(request, server.origin, issue.articlePath, TEXT.slice(4, 14)), server.origin).toEqual({ status: 200, has: true });
    expect((await shows(request, server.origin, issue.archive, issue.issuePath)).has, server.origin).toBe(true);
  }
  // The proxy has it once the app's refresh (after the response) has run:
  // within seconds, where its cached archive would otherwise last a minute.
  if (proxy) {
    const seen = async () => [(await shows(request, proxy!.origin, issue.archive, issue.issuePath)).has, await shows(request, proxy!.origin, issue.articlePath, TEXT.slice(4, 14))];
    await expect.poll(seen, { timeout: 8_000 }).toEqual([true, { status: 200, has: true }]);
  }

  await panel.getByRole("button", { name: t.withdraw }).click();
  await panel.getByLabel(t.withdrawReason).fill("两实例测试：撤回");
  await panel.getByRole("button", { name: t.confirmWithdraw }).click();
  await expect(panel).toHaveAttribute("data-status", "withdrawn");

  if (proxy) {
    const seen = async () => [
      (await shows(request, proxy!.origin, issue.articlePath, HEADLINE)).status,
      (await shows(request, proxy!.origin, issue.issuePath, HEADLINE)).status,
      (await shows(request, proxy!.origin, issue.archive, issue.issuePath)).has,
    ];
    await expect.poll(seen, { timeout: 8_000 }).toEqual([404, 404, false]);
  }
  for (const server of [two, one]) {
    expect((await shows(request, server.origin, issue.articlePath, HEADLINE)).status, server.origin).toBe(404);
    expect((await shows(request, server.origin, issue.issuePath, HEADLINE)).status, server.origin).toBe(404);
    expect((await shows(request, server.origin, issue.archive, issue.issuePath)).has, server.origin).toBe(false);
  }
  await context.close();
});
