// The reader site's machine-readable endpoints against a real database: the
// JSON API (/api/v1), the Atom feed and the sitemap, called as Next would call
// the route handlers. What readers may not see yet must be absent from all.
import { XMLParser, XMLValidator } from "fast-xml-parser";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { getDb } from "@/lib/db";
import { readerUrls } from "@/lib/domain/reader-urls";
import type { Role } from "@/lib/domain/roles";
import { messages } from "@/lib/i18n";
import type { SessionUser } from "@/lib/server/auth/session-user";
import { placeArticle } from "@/lib/server/composition/layout";
import { planIssue } from "@/lib/server/composition/plan-issue";
import { writeSnapshot } from "@/lib/server/publishing/snapshot";
import { GET as feedGet } from "@/app/(site)/[pub]/feed.xml/route";
import { GET as articleGet, OPTIONS as articleOptions } from "@/app/api/v1/articles/[id]/route";
import { GET as issueGet } from "@/app/api/v1/publications/[slug]/issues/[date]/route";
import { GET as issuesGet } from "@/app/api/v1/publications/[slug]/issues/route";
import { GET as publicationsGet } from "@/app/api/v1/publications/route";
import { GET as searchGet } from "@/app/api/v1/search/route";
import sitemap from "@/app/sitemap";
import robots from "@/app/robots";
import { buildPublication, buildUser } from "../support/factories";

const api = messages.api;

vi.mock("next/headers", () => ({ headers: async () => new Headers({ host: "forged.example" }) }));

const ORIGIN = "https://paper.example.org";
const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

async function staff(...roles: Role[]): Promise<SessionUser> {
  const user = await buildUser({ roles });
  return { id: user.id, name: user.name, email: user.email, roles };
}

const text = (value: string, marks?: object[]) => ({ type: "text", text: value, ...(marks ? { marks } : {}) });
const paragraph = (...content: object[]) => ({ type: "paragraph", content });

/** A released article with optional bylines, as the desk would have written it. */
async function article(publicationId: string, authorId: string, fields: { headline: string; body: string; kicker?: string; subheadline?: string; column?: string; dateline?: string; link?: string; bylines?: [string, "reporter" | "correspondent"][] }) {
  const body = { type: "doc", content: [paragraph(text(fields.body), ...(fields.link ? [text("详见01版", [{ type: "link", attrs: { href: fields.link } }])] : []))] };
  const bodyText = fields.body + (fields.link ? "详见01版" : "");
  const bylines = await Promise.all((fields.bylines ?? []).map(async ([name, role], position) => ({ contributorId: (await getDb().contributor.create({ data: { name } })).id, role, position })));
  return getDb().article.create({
    data: {
      publicationId, headline: fields.headline, kicker: fields.kicker, subheadline: fields.subheadline, column: fields.column, dateline: fields.dateline,
      body, bodyText, charCount: bodyText.length, status: "released", createdById: authorId, releasedAt: new Date(),
      revisions: { create: { version: 1, headline: fields.headline, body, bodyText, authorId } },
      bylines: { create: bylines },
    },
  });
}

/** 第10期 (2023-06-07) published with two pages; 第11期 (2023-06-14) scheduled for tomorrow, snapshot already written. */
async function setup() {
  const desk = await staff("desk");
  const publication = await buildPublication();
  const write = (fields: Parameters<typeof article>[2]) => article(publication.id, desk.id, fields);
  const a1 = await write({
    headline: "中心城区邻里中心开工", kicker: "民生工程", subheadline: "首批三个年内建成", dateline: "伊滨讯",
    body: "伊滨讯 中心城区邻里中心建设项目今日开工。", link: "/yibin/2023-06-07/01", bylines: [["张若含", "reporter"], ["郭学锋", "correspondent"]],
  });
  const a2 = await write({ headline: "区党工委召开会议", column: "要闻", body: "会议研究部署重点工作。" });
  const a3 = await write({ headline: "文化广场启用", body: "市民在广场上观看演出。" });
  const hidden = await write({ headline: "邻里中心明日见报", body: "中心城区邻里中心的稿件，明天才能看。" });

  const plan = (date: string, number: number, pages: string[]) =>
    planIssue(desk, { publicationId: publication.id, date: day(date), numbers: { number, totalNumber: 245 + number }, overrideReason: "接续纸质报期号", pages });
  const place = async (issueId: string, pageNumber: number, articleIds: string[]) => {
    const page = await getDb().page.findFirstOrThrow({ where: { issueId, number: pageNumber } });
    let version = page.version;
    for (const articleId of articleIds) version = (await placeArticle(desk, { pageId: page.id, baseVersion: version, articleId })).version;
  };
  const publish = (issueId: string, data: { status: "published" | "scheduled"; publishAt?: Date }) =>
    getDb().$transaction(async (tx) => {
      await tx.issue.update({ where: { id: issueId }, data: { ...data, publishedAt: new Date() } });
      await writeSnapshot(tx, issueId, desk.id);
    });

  const printed = await plan("2023-06-07", 10, ["要闻", "综合"]);
  await place(printed.id, 1, [a1.id, a2.id]);
  await place(printed.id, 2, [a3.id]);
  await publish(printed.id, { status: "published" });
  const scheduled = await plan("2023-06-14", 11, ["要闻"]);
  await place(scheduled.id, 1, [hidden.id]);
  await publish(scheduled.id, { status: "scheduled", publishAt: new Date(Date.now() + 24 * 3600_000) });
  return { publication, slug: publication.slug, printed, articles: { a1, a2, a3, hidden } };
}

const get = (path: string, headers: Record<string, string> = {}) => new Request(`http://127.0.0.1:3000${path}`, { headers });
const params = <P>(value: P) => ({ params: Promise.resolve(value) });

let ctx: Awaited<ReturnType<typeof setup>>;
beforeAll(async () => {
  vi.stubEnv("SITE_URL", ORIGIN);
  ctx = await setup();
});
afterAll(() => vi.unstubAllEnvs());

function expectPublicJson(response: Response, cacheControl = "public, max-age=60, stale-while-revalidate=300") {
  expect(response.status).toBe(200);
  expect(response.headers.get("content-type")).toBe("application/json; charset=utf-8");
  expect(response.headers.get("access-control-allow-origin")).toBe("*");
  expect(response.headers.get("cache-control")).toBe(cacheControl);
  expect(response.headers.get("etag")).toMatch(/^"[\w-]{32}"$/);
}

describe("GET /api/v1/publications", () => {
  it("lists publications with absolute URLs", async () => {
    const response = await publicationsGet(get("/api/v1/publications"), params({}));
    expectPublicJson(response);
    const body = (await response.json()) as { slug: string }[];
    expect(body).toContainEqual({ slug: ctx.slug, name: ctx.publication.name, url: `${ORIGIN}/${ctx.slug}`, feedUrl: `${ORIGIN}/${ctx.slug}/feed.xml` });
  });
});

describe("GET /api/v1/publications/{slug}/issues", () => {
  it("lists only the visible issue, and 404s an unknown publication", async () => {
    const response = await issuesGet(get(`/api/v1/publications/${ctx.slug}/issues`), params({ slug: ctx.slug }));
    expectPublicJson(response);
    expect(await response.json()).toEqual([
      { date: "2023-06-07", number: 10, totalNumber: 255, lunarDate: expect.stringMatching(/^癸卯年/), url: `${ORIGIN}/${ctx.slug}/2023-06-07` },
    ]);

    const unknown = await issuesGet(get("/api/v1/publications/nope/issues"), params({ slug: "nope" }));
    expect(unknown.status).toBe(404);
    expect(unknown.headers.get("access-control-allow-origin")).toBe("*");
    expect(await unknown.json()).toEqual({ error: api.errors.publicationNotFound });
  });
});

describe("GET /api/v1/publications/{slug}/issues/{date}", () => {
  const call = (date: string, headers?: Record<string, string>) =>
    issueGet(get(`/api/v1/publications/${ctx.slug}/issues/${date}`, headers), params({ slug: ctx.slug, date }));

  it("gives the issue's pages and their articles", async () => {
    const response = await call("2023-06-07");
    expectPublicJson(response);
    const { a1, a2, a3 } = ctx.articles;
    const issueUrl = `${ORIGIN}/${ctx.slug}/2023-06-07`;
    expect(await response.json()).toEqual({
      date: "2023-06-07", number: 10, totalNumber: 255, lunarDate: expect.any(String), url: issueUrl,
      pages: [
        {
          number: 1, name: "要闻", url: `${issueUrl}/01`, pdfUrl: `${ORIGIN}${readerUrls.pagePdf(ctx.printed.id, 1)}`,
          articles: [
            { id: a1.id, headline: a1.headline, url: `${issueUrl}/01/${a1.id}` },
            { id: a2.id, headline: a2.headline, url: `${issueUrl}/01/${a2.id}` },
          ],
        },
        { number: 2, name: "综合", url: `${issueUrl}/02`, pdfUrl: `${ORIGIN}${readerUrls.pagePdf(ctx.printed.id, 2)}`, articles: [{ id: a3.id, headline: a3.headline, url: `${issueUrl}/02/${a3.id}` }] },
      ],
    });
  });

  it("answers If-None-Match with 304 while the body is unchanged", async () => {
    const first = await call("2023-06-07");
    const etag = first.headers.get("etag")!;
    const again = await call("2023-06-07", { "if-none-match": etag });
    expect(again.status).toBe(304);
    expect(again.headers.get("etag")).toBe(etag);
    expect(again.headers.get("access-control-allow-origin")).toBe("*");
    expect(await again.text()).toBe("");
    expect((await call("2023-06-07", { "if-none-match": '"stale"' })).status).toBe(200);
  });

  it("404s the scheduled issue and a day without one, 400s a malformed date", async () => {
    for (const date of ["2023-06-14", "2023-06-08"]) {
      const response = await call(date);
      expect(response.status).toBe(404);
      expect(await response.json()).toEqual({ error: api.errors.issueNotFound });
    }
    const malformed = await call("2023-6-7");
    expect(malformed.status).toBe(400);
    expect(await malformed.json()).toEqual({ error: api.errors.dateInvalid });
  });
});

describe("GET /api/v1/articles/{id}", () => {
  const call = (id: string) => articleGet(get(`/api/v1/articles/${id}`), params({ id }));

  it("gives the article as published, its links made absolute", async () => {
    const { a1 } = ctx.articles;
    const response = await call(a1.id);
    expectPublicJson(response);
    const body = await response.json();
    expect(body).toEqual({
      id: a1.id, kicker: "民生工程", headline: a1.headline, subheadline: "首批三个年内建成", column: null, dateline: "伊滨讯",
      bylines: [{ name: "张若含", role: "reporter" }, { name: "郭学锋", role: "correspondent" }],
      html: expect.stringContaining("中心城区邻里中心建设项目今日开工"),
      page: 1,
      url: `${ORIGIN}/${ctx.slug}/2023-06-07/01/${a1.id}`,
      issue: { publication: ctx.slug, date: "2023-06-07", number: 10, totalNumber: 255, url: `${ORIGIN}/${ctx.slug}/2023-06-07` },
      corrections: [],
    });
    expect(body.html).toContain(`href="${ORIGIN}/yibin/2023-06-07/01"`);
  });

  it("404s an article of the scheduled issue, and one that does not exist", async () => {
    for (const id of [ctx.articles.hidden.id, "nope", "../../etc"]) {
      const response = await call(id);
      expect(response.status).toBe(404);
      expect(await response.json()).toEqual({ error: api.errors.articleNotFound });
    }
  });

  it("answers a CORS preflight", async () => {
    const response = articleOptions();
    expect(response.status).toBe(204);
    expect(response.headers.get("access-control-allow-origin")).toBe("*");
    expect(response.headers.get("access-control-allow-headers")).toBe("If-None-Match");
  });
});

describe("GET /api/v1/search", () => {
  const call = (query: string) => searchGet(get(`/api/v1/search?${query}`), params({}));
  const ids = async (response: Response) => ((await response.json()) as { results: { id: string }[] }).results.map((r) => r.id);

  it("finds a two-character term and a four-character phrase, never in the scheduled issue", async () => {
    const { a1, hidden } = ctx.articles;
    const term = await call(`q=${encodeURIComponent("邻里")}&pub=${ctx.slug}`);
    expectPublicJson(term, "public, max-age=15, stale-while-revalidate=60");
    const body = await term.json();
    expect(body).toEqual({
      results: [{ id: a1.id, headline: a1.headline, snippet: expect.stringContaining("<mark>邻里</mark>"), url: `${ORIGIN}/${ctx.slug}/2023-06-07/01/${a1.id}` }],
      total: 1,
      more: false,
    });
    expect(await ids(await call(`q=${encodeURIComponent("中心城区")}&pub=${ctx.slug}&from=2023-06-01&to=2023-06-30`))).toEqual([a1.id]);
    const everywhere = await ids(await call(`q=${encodeURIComponent("邻里中心")}`));
    expect(everywhere).toContain(a1.id);
    expect(everywhere).not.toContain(hidden.id);
    expect(await ids(await call(`q=${encodeURIComponent("邻里")}&pub=${ctx.slug}&from=2023-06-08`))).toEqual([]);
  });

  it("refuses an empty query with a Chinese message", async () => {
    const response = await call("q=");
    expect(response.status).toBe(400);
    expect(response.headers.get("content-type")).toBe("application/json; charset=utf-8");
    expect(await response.json()).toEqual({ error: api.errors.queryRequired });
  });
});

describe("GET /{pub}/feed.xml", () => {
  it("is a well-formed Atom feed of the visible issue's articles in reading order", async () => {
    const response = await feedGet(get(`/${ctx.slug}/feed.xml`), params({ pub: ctx.slug }));
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("application/atom+xml; charset=utf-8");
    expect(response.headers.get("cache-control")).toBe("public, max-age=60, stale-while-revalidate=300");
    const xml = await response.text();
    expect(XMLValidator.validate(xml)).toBe(true);
    const feed = new XMLParser({ ignoreAttributes: false, isArray: (name) => ["entry", "link", "author"].includes(name) }).parse(xml).feed;
    expect(feed["@_xmlns"]).toBe("http://www.w3.org/2005/Atom");
    expect(feed.id).toBe(`${ORIGIN}/${ctx.slug}`);
    expect(feed.link).toContainEqual({ "@_rel": "self", "@_type": "application/atom+xml", "@_href": `${ORIGIN}/${ctx.slug}/feed.xml` });
    const { a1, a2, a3 } = ctx.articles;
    const entries = feed.entry as { id: string; title: { "#text": string }; updated: string; author?: { name: string }[]; content: { "#text": string } }[];
    expect(entries.map((e) => e.id)).toEqual([a1, a2, a3].map((a) => `${ORIGIN}/${ctx.slug}/2023-06-07/${a === a3 ? "02" : "01"}/${a.id}`));
    expect(entries[0]!.title["#text"]).toBe(a1.headline);
    expect(entries[0]!.author!.map((a) => a.name)).toEqual(["张若含", "郭学锋"]);
    expect(entries[0]!.updated).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/);
    // Escaped HTML, parsed back to HTML, with its site links absolute.
    expect(entries[0]!.content["#text"]).toContain(`<a href="${ORIGIN}/yibin/2023-06-07/01"`);
    expect(xml).not.toContain(ctx.articles.hidden.id);

    const etag = response.headers.get("etag")!;
    expect((await feedGet(get(`/${ctx.slug}/feed.xml`, { "if-none-match": etag }), params({ pub: ctx.slug }))).status).toBe(304);
  });

  it("404s an unknown publication", async () => {
    const response = await feedGet(get("/nope/feed.xml"), params({ pub: "nope" }));
    expect(response.status).toBe(404);
    expect(await response.json()).toEqual({ error: api.errors.publicationNotFound });
  });
});

describe("sitemap and robots", () => {
  it("lists the publication, the visible issue, its pages and articles, and nothing of the scheduled issue", async () => {
    const entries = await sitemap();
    const urls = entries.map((e) => e.url);
    const issueUrl = `${ORIGIN}/${ctx.slug}/2023-06-07`;
    const { a1, a2, a3, hidden } = ctx.articles;
    for (const url of [`${ORIGIN}/`, `${ORIGIN}/${ctx.slug}`, `${ORIGIN}/${ctx.slug}/archive`, issueUrl, `${issueUrl}/01`, `${issueUrl}/02`, `${issueUrl}/01/${a1.id}`, `${issueUrl}/01/${a2.id}`, `${issueUrl}/02/${a3.id}`]) {
      expect(urls).toContain(url);
    }
    expect(urls.filter((url) => url.includes("2023-06-14") && url.includes(ctx.slug))).toEqual([]);
    expect(urls.some((url) => url.includes(hidden.id))).toBe(false);
    expect(new Set(urls).size).toBe(urls.length);
    const front = entries.find((e) => e.url === `${ORIGIN}/${ctx.slug}`)!;
    expect(front.lastModified).toBeInstanceOf(Date);
    expect(entries.find((e) => e.url === `${issueUrl}/02/${a3.id}`)!.lastModified).toEqual(front.lastModified);
  });

  it("points robots at the sitemap and keeps crawlers out of the desk", async () => {
    const rules = await robots();
    expect(rules.sitemap).toBe(`${ORIGIN}/sitemap.xml`);
    expect(rules.rules).toMatchObject({ userAgent: "*", allow: "/", disallow: expect.arrayContaining(["/desk", "/login", "/print", "/api/"]) });
  });
});
