// Reader search on the generated archive gives exactly what reading every
// visible article would: same matches, same order (headline hits first, then
// newest issue, page, position), on every page, however the query is served
// (the newest-issues windows, the pair index, LIKE for one character).
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { SEARCH_MAX_RESULTS } from "@/lib/domain/reader-search";
import { searchTerms } from "@/lib/domain/search-snippet";
import { searchArticles, type SearchQuery } from "@/lib/server/site/search";
import { ARCHIVE_SLUG, useArchive } from "../support/archive";

beforeAll(async () => {
  await useArchive();
}, 120_000);

/** Every visible article read with strpos, no index: the answer search must give. */
async function everyMatch(query: SearchQuery): Promise<string[]> {
  const terms = searchTerms(query.q);
  const has = (column: Prisma.Sql, term: string) => Prisma.sql`strpos(lower(${column}), lower(${term})) > 0`;
  const inHeadline = Prisma.join(terms.map((t) => has(Prisma.sql`pa.headline`, t)), " AND ");
  const anywhere = Prisma.join(terms.map((t) => Prisma.sql`(${has(Prisma.sql`pa.headline`, t)} OR ${has(Prisma.sql`pa.text`, t)})`), " AND ");
  const rows = await getDb().$queryRaw<{ articleId: string }[]>`
    SELECT pa."articleId" FROM "PublishedArticle" pa
      JOIN "IssueSnapshot" s ON s.id = pa."snapshotId"
      JOIN "Issue" i ON i.id = s."issueId"
      JOIN "Publication" p ON p.id = i."publicationId"
    WHERE pa.current AND i.status IN ('published', 'scheduled') AND (i."publishAt" IS NULL OR i."publishAt" <= now())
      ${query.pub ? Prisma.sql`AND p.slug = ${query.pub}` : Prisma.empty}
      ${query.from ? Prisma.sql`AND i.date >= ${query.from}` : Prisma.empty}
      ${query.to ? Prisma.sql`AND i.date <= ${query.to}` : Prisma.empty}
      AND ${anywhere}
    ORDER BY (${inHeadline}) DESC, i.date DESC, i.id, pa."pageNumber", pa.position`;
  return rows.map((row) => row.articleId);
}

async function expectSameAsEveryMatch(query: SearchQuery) {
  const expected = await everyMatch(query);
  const found = await searchArticles(query);
  const offset = query.offset ?? 0;
  expect(found.results.map((hit) => hit.id)).toEqual(expected.slice(offset, offset + (query.limit ?? 20)));
  expect(found.total).toBe(Math.min(expected.length, SEARCH_MAX_RESULTS));
  expect(found.more).toBe(expected.length > SEARCH_MAX_RESULTS);
  return { expected, found };
}

describe("reader search on a generated archive", () => {
  it("finds a two-character term everywhere, the count stopping at the deepest page", async () => {
    const { expected } = await expectSameAsEveryMatch({ q: "伊滨" });
    expect(expected.length).toBeGreaterThan(SEARCH_MAX_RESULTS);
  });

  it("pages past the newest issues' window and to the last page served", async () => {
    // 4 issues × 64 articles are the first window.
    for (const offset of [20, 240, 300, 980]) await expectSameAsEveryMatch({ q: "伊滨", offset });
  });

  it("checks the pairs of longer terms and several terms with LIKE", async () => {
    await expectSameAsEveryMatch({ q: "项目建设" });
    await expectSameAsEveryMatch({ q: "项目建设", offset: 400 });
    await expectSameAsEveryMatch({ q: "伊滨 项目" });
    await expectSameAsEveryMatch({ q: "城市 提质" });
  });

  it("serves a one-character term without the pair index", async () => {
    await expectSameAsEveryMatch({ q: "镇" });
  });

  it("keeps to a publication and a date range, and finds nothing when nothing matches", async () => {
    await expectSameAsEveryMatch({ q: "建设", pub: ARCHIVE_SLUG, from: new Date("2004-01-01"), to: new Date("2004-03-31") });
    const none = await expectSameAsEveryMatch({ q: "不存在的词语" });
    expect(none.found.results).toEqual([]);
  });

  it("leaves out an issue that readers may not see", async () => {
    const before = await searchArticles({ q: "伊滨", limit: 1 });
    const newest = await getDb().publishedArticle.findFirstOrThrow({ where: { articleId: before.results[0]!.id, current: true }, select: { snapshot: { select: { issueId: true } } } });
    await getDb().issue.update({ where: { id: newest.snapshot.issueId }, data: { status: "withdrawn" } });
    try {
      const after = await expectSameAsEveryMatch({ q: "伊滨" });
      expect(after.found.results.map((hit) => hit.id)).not.toContain(before.results[0]!.id);
    } finally {
      await getDb().issue.update({ where: { id: newest.snapshot.issueId }, data: { status: "published" } });
    }
  });
});
