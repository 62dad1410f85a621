// Every reader query and the desk list are index-backed at archive scale.
//
// The archive generator of the bench (scripts/bench/archive) fills the run's
// database with a small archive; the reader functions run against it while
// pg's Client#query is wrapped, so the statements EXPLAINed are the ones the
// app sends, with their parameters. Each is explained with
// enable_seqscan = off: the planner then takes a sequential scan only when no
// index can serve the query at all, so a Seq Scan on a large table means a
// missing index, whatever the table's size. (A big enough archive for the
// planner to prefer indexes on its own would take minutes to generate; at a
// few thousand rows PostgreSQL rightly reads small tables whole.)
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ARCHIVE_ISSUES, ARCHIVE_SLUG, useArchive } from "../support/archive";
import { installQueryCapture, capture, type CapturedQuery } from "../support/query-capture";
import { isPublishedMedia, issueList, issueOn, latestIssue, readerArticle } from "@/lib/server/site/reader";
import { searchArticles } from "@/lib/server/site/search";
import { articleFilterOptions, listArticles } from "@/lib/server/articles/list-articles";
import { archiveIssues, archiveYears } from "@/lib/server/site/archive";
import { articleJson, issueJson } from "@/lib/server/site/reader-api";

/** Tables that grow with the archive. */
const LARGE = new Set(["Issue", "Page", "Article", "ArticleRevision", "Byline", "Placement", "Media", "ArticleMedia", "IssueSnapshot", "PublishedArticle", "Contributor"]);

const SLUG = ARCHIVE_SLUG;
const DATE = "2004-03-03";
const ARTICLE = "zb00009a23";
const editor = { id: "no-such-user", name: "编辑", email: "editor@example.org", roles: ["editor" as const] };

let explainer: pg.Client;
let publication: { id: string; slug: string };

beforeAll(async () => {
  publication = await useArchive();
  installQueryCapture();
  explainer = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await explainer.connect();
  await explainer.query("SET enable_seqscan = off");
}, 120_000);

afterAll(async () => {
  await explainer?.end();
});

interface PlanNode {
  "Node Type": string;
  "Relation Name"?: string;
  "Actual Loops"?: number;
  "Rows Removed by Filter"?: number;
  "Rows Removed by Index Recheck"?: number;
  Plans?: PlanNode[];
}

/**
 * A read of a large table that is not index-backed: a Seq Scan, or a scan
 * that throws away more rows than a page of results could need (an index
 * on a column that does not narrow, such as `current`, then a filter).
 */
function unindexedReads(node: PlanNode, out: string[] = []): string[] {
  const table = node["Relation Name"];
  if (table && LARGE.has(table)) {
    const removed = ((node["Rows Removed by Filter"] ?? 0) + (node["Rows Removed by Index Recheck"] ?? 0)) * (node["Actual Loops"] ?? 1);
    if (node["Node Type"] === "Seq Scan") out.push(`${table}: Seq Scan`);
    else if (removed > MAX_REMOVED) out.push(`${table}: ${node["Node Type"]} removing ${removed} rows`);
  }
  for (const child of node.Plans ?? []) unindexedReads(child, out);
  return out;
}

/** Two thirds of the archive's articles: more than any list, search or page should read to throw away. */
const MAX_REMOVED = 1000;

async function unindexedReadsOf(queries: CapturedQuery[]): Promise<string[]> {
  expect(queries.length).toBeGreaterThan(0);
  const problems: string[] = [];
  for (const query of queries) {
    const { rows } = await explainer.query(`EXPLAIN (ANALYZE, FORMAT JSON) ${query.text}`, query.values);
    const plan = (rows[0]["QUERY PLAN"] as { Plan: PlanNode }[])[0]!.Plan;
    for (const problem of unindexedReads(plan)) problems.push(`${problem}: ${query.text.replace(/\s+/g, " ").slice(0, 240)}`);
  }
  return problems;
}

/**
 * Reads that are not index-backed, knowingly. The desk list's headline search
 * is served by a trigram index from three characters on; a two-character term
 * filters the live headlines in date order (37 ms on 64k articles). The
 * reader's character-pair index would serve it, but Prisma cannot filter by
 * a SQL function, and the list in raw SQL would restate who may see what.
 */
const KNOWN: Record<string, { table: string }> = {
  "desk list, two-character headline search": { table: "Article" },
};

const cases: [string, () => Promise<unknown>][] = [
  ["latest issue (home, publication front)", () => latestIssue(SLUG)],
  ["issue front and page view", () => issueOn(SLUG, new Date(`${DATE}T00:00:00Z`))],
  ["issue list (feed, API)", () => issueList(SLUG)],
  ["archive years (往期回顾)", () => archiveYears(publication.id)],
  ["archive of a year", () => archiveIssues(publication, 2004)],
  ["article page", () => readerArticle(ARTICLE)],
  ["a photo for readers (is it in a visible article?)", () => isPublishedMedia(`${ARTICLE}m`)],
  ["search, 4 characters", () => searchArticles({ q: "项目建设" })],
  ["search, 2 characters", () => searchArticles({ q: "伊滨" })],
  ["search, two terms, a later page", () => searchArticles({ q: "伊滨 项目", offset: 40 })],
  ["search with publication and dates", () => searchArticles({ q: "建设", pub: SLUG, from: new Date("2004-01-01"), to: new Date("2004-06-30") })],
  ["JSON API issue", () => issueJson("https://paper.example.org", SLUG, DATE)],
  ["JSON API article", () => articleJson("https://paper.example.org", ARTICLE)],
  ["desk list, no filter", () => listArticles(editor, {})],
  ["desk list, status filter", () => listArticles(editor, { status: "released" })],
  ["desk list, column and dates", () => listArticles(editor, { column: "民生", from: "2004-01-01", to: "2004-02-01" })],
  ["desk list, headline search", () => listArticles(editor, { q: "项目建设" })],
  ["desk list, two-character headline search", () => listArticles(editor, { q: "建设" })],
  ["desk list, late page", () => listArticles(editor, { status: "released", page: 50 })],
  ["desk list's filter options", () => articleFilterOptions(editor)],
];

describe("query plans on a generated archive", () => {
  it("the archive answers the reader routes", async () => {
    expect(await readerArticle(ARTICLE)).not.toBeNull();
    expect((await issueList(SLUG))?.length).toBe(ARCHIVE_ISSUES);
  });

  for (const [name, run] of cases) {
    const known = KNOWN[name];
    it(`${name}: no sequential read of a large table${known ? " but the one known" : ""}`, async () => {
      const problems = await unindexedReadsOf(await capture(run));
      if (known) expect(problems.every((problem) => problem.startsWith(`${known.table}:`)), problems.join("\n")).toBe(true);
      else expect(problems).toEqual([]);
    });
  }
});
