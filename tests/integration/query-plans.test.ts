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
import { issueList, issueOn, latestIssue, readerArticle } from "@/lib/server/site/reader";
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
  Plans?: PlanNode[];
}

function seqScans(node: PlanNode, out: string[] = []): string[] {
  if (node["Node Type"] === "Seq Scan" && node["Relation Name"] && LARGE.has(node["Relation Name"])) out.push(node["Relation Name"]);
  for (const child of node.Plans ?? []) seqScans(child, out);
  return out;
}

async function sequentialScansOf(queries: CapturedQuery[]): Promise<string[]> {
  expect(queries.length).toBeGreaterThan(0);
  const problems: string[] = [];
  for (const query of queries) {
    const { rows } = await explainer.query(`EXPLAIN (FORMAT JSON) ${query.text}`, query.values);
    const plan = (rows[0]["QUERY PLAN"] as { Plan: PlanNode }[])[0]!.Plan;
    for (const table of seqScans(plan)) problems.push(`${table}: ${query.text.replace(/\s+/g, " ").slice(0, 240)}`);
  }
  return problems;
}

const cases: [string, () => Promise<unknown>][] = [
  ["latest issue (home, publication front)", () => latestIssue(SLUG)],
  ["issue front and page view", () => issueOn(SLUG, new Date(`${DATE}T00:00:00Z`))],
  ["issue list (feed, API)", () => issueList(SLUG)],
  ["archive years (往期回顾)", () => archiveYears(publication.id)],
  ["archive of a year", () => archiveIssues(publication, 2004)],
  ["article page", () => readerArticle(ARTICLE)],
  ["search, 4 characters", () => searchArticles({ q: "项目建设" })],
  ["search, 2 characters", () => searchArticles({ q: "伊滨" })],
  ["search, two terms, a later page", () => searchArticles({ q: "伊滨 项目", offset: 40 })],
  ["search with publication and dates", () => searchArticles({ q: "建设", pub: SLUG, from: new Date("2004-01-01"), to: new Date("2004-06-30") })],
  ["JSON API issue", () => issueJson("https://paper.example.org", SLUG, DATE)],
  ["JSON API article", () => articleJson("https://paper.example.org", ARTICLE)],
  ["desk list, no filter", () => listArticles(editor, {})],
  ["desk list, status filter", () => listArticles(editor, { status: "released" })],
  ["desk list, column and dates", () => listArticles(editor, { column: "民生", from: "2004-01-01", to: "2004-02-01" })],
  ["desk list, headline search", () => listArticles(editor, { q: "建设" })],
  ["desk list, late page", () => listArticles(editor, { status: "released", page: 50 })],
  ["desk list's filter options", () => articleFilterOptions(editor)],
];

describe("query plans on a generated archive", () => {
  it("the archive answers the reader routes", async () => {
    expect(await readerArticle(ARTICLE)).not.toBeNull();
    expect((await issueList(SLUG))?.length).toBe(ARCHIVE_ISSUES);
  });

  for (const [name, run] of cases) {
    it(`${name}: no sequential scan of a large table`, async () => {
      expect(await sequentialScansOf(await capture(run))).toEqual([]);
    });
  }
});
