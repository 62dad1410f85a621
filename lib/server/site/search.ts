// Reader search over what readers can see now: every term must occur in the
// headline or the text. Articles whose headline holds every term come first,
// then the rest; newest issue first within each.
//
// Fast on a 20-year archive because nothing reads every match:
// - terms are found through a character-pair index (folio_bigrams, see its
//   migration), which serves the two-character words trigrams cannot;
// - the visible issues' snapshots are listed first (one small query), so the
//   article queries need no join: a window of snapshots and the pair index
//   meet in one bitmap;
// - hits are looked for in the newest 4 issues, then 32, then all: a common
//   word fills a page from the latest issues, and a rare one has few matches
//   anywhere;
// - the total is counted up to SEARCH_MAX_RESULTS + 1 (the deepest page served).
import "server-only";
import { getDb } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { SEARCH_MAX_RESULTS } from "@/lib/domain/reader-search";
import { readerUrls } from "@/lib/domain/reader-urls";
import { isCaseless, searchTerms, snippet, termBigrams } from "@/lib/domain/search-snippet";

export interface SearchHit {
  id: string;
  headline: string;
  /** Escaped HTML with the terms in <mark>. */
  snippet: string;
  url: string;
  date: Date;
  pageNumber: number;
  publication: { slug: string; name: string };
}

export interface SearchQuery {
  q: string;
  pub?: string | null;
  from?: Date | null;
  to?: Date | null;
  limit?: number;
  offset?: number;
}

export interface SearchResult {
  results: SearchHit[];
  /** Exact up to SEARCH_MAX_RESULTS; beyond it, SEARCH_MAX_RESULTS with `more`. */
  total: number;
  more: boolean;
  terms: string[];
}

/** How many of the newest issues hits are looked for in before the whole archive. */
const WINDOWS = [4, 32];

export async function searchArticles(query: SearchQuery): Promise<SearchResult> {
  const terms = searchTerms(query.q);
  const none = { results: [], total: 0, more: false, terms };
  if (terms.length === 0) return none;
  const limit = Math.min(query.limit ?? 20, 50);
  const offset = Math.min(Math.max(query.offset ?? 0, 0), SEARCH_MAX_RESULTS);
  const scope = await searchScope(query);
  if (scope.snapshots.length === 0) return none;
  const match = matchers(terms);

  const inBody = Prisma.sql`${match.anywhere} AND NOT ${match.inHeadline}`;
  const [headlineCount, bodyCount, headlineHits] = await Promise.all([
    // Past the places asked for, so that body hits never take a headline hit's place.
    countUpTo(scope, match.inHeadlineIndexed, Math.max(SEARCH_MAX_RESULTS, offset + limit) + 1),
    countUpTo(scope, inBody, SEARCH_MAX_RESULTS + 1),
    first(scope, match.inHeadlineIndexed, offset + limit),
  ]);
  // Headline hits fill the first places, body hits the rest.
  const bodyWanted = offset + limit - headlineCount;
  const bodyHits = bodyWanted > 0 ? await first(scope, inBody, bodyWanted) : [];
  const ids = [...headlineHits.slice(offset), ...bodyHits.slice(Math.max(0, offset - headlineCount))].slice(0, limit);
  const counted = headlineCount + bodyCount;
  return {
    terms,
    total: Math.min(counted, SEARCH_MAX_RESULTS),
    more: counted > SEARCH_MAX_RESULTS,
    results: await hits(ids, terms),
  };
}

interface ScopeSnapshot {
  id: string;
  date: Date;
}

interface Scope {
  /** The snapshots searched, newest issue first. */
  snapshots: ScopeSnapshot[];
  /**
   * The snapshots not searched, when naming them is shorter (nothing
   * filtered, say): the pair index alone then finds the matches, where a
   * list of every snapshot would make PostgreSQL read the snapshot index too.
   */
  outside: string[] | null;
}

/** Snapshots of the issues readers may see that the filters allow, newest issue first. */
async function searchScope(query: SearchQuery): Promise<Scope> {
  const rows = await getDb().$queryRaw<(ScopeSnapshot & { searched: boolean })[]>`
    SELECT s.id, i.date,
      (i.status IN ('published', 'scheduled') AND (i."publishAt" IS NULL OR i."publishAt" <= now())
        ${query.pub ? Prisma.sql`AND p.slug = ${query.pub}` : Prisma.empty}
        ${query.from ? Prisma.sql`AND i.date >= ${query.from}` : Prisma.empty}
        ${query.to ? Prisma.sql`AND i.date <= ${query.to}` : Prisma.empty}) AS searched
    FROM "IssueSnapshot" s
      JOIN "Issue" i ON i.id = s."issueId"
      JOIN "Publication" p ON p.id = i."publicationId"
    ORDER BY i.date DESC, i.id`;
  const snapshots = rows.filter((row) => row.searched).map(({ id, date }) => ({ id, date }));
  const outside = rows.filter((row) => !row.searched).map((row) => row.id);
  return { snapshots, outside: outside.length < snapshots.length ? outside : null };
}

function within({ snapshots, outside }: Scope): Prisma.Sql {
  if (outside === null) return Prisma.sql`pa."snapshotId" = ANY(${snapshots.map((s) => s.id)})`;
  return outside.length ? Prisma.sql`NOT (pa."snapshotId" = ANY(${outside}))` : Prisma.sql`TRUE`;
}

/**
 * The SQL conditions on `pa`. The pair index decides two-character terms
 * exactly; LIKE checks the others (a one-character term has no pair, and
 * the pairs of a longer one may occur apart).
 */
function matchers(terms: string[]) {
  const pairs = [...new Set(terms.flatMap(termBigrams))];
  const unsettled = terms.filter((term) => [...term].length !== 2);
  const like = (term: string) => `%${term.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
  const op = (term: string) => (isCaseless(term) ? Prisma.raw("LIKE") : Prisma.raw("ILIKE"));
  const every = (conditions: Prisma.Sql[]) => (conditions.length ? Prisma.join(conditions, " AND ") : Prisma.sql`TRUE`);
  // Cheap on a headline; the index form below is for finding them.
  const inHeadline = Prisma.sql`(${every(terms.map((t) => Prisma.sql`pa.headline ${op(t)} ${like(t)}`))})`;
  return {
    inHeadline,
    inHeadlineIndexed: every([...(pairs.length ? [Prisma.sql`folio_bigrams(pa.headline) @> ${pairs}::text[]`] : []), inHeadline]),
    anywhere: every([
      ...(pairs.length ? [Prisma.sql`folio_bigrams(pa.headline || ' ' || pa.text) @> ${pairs}::text[]`] : []),
      ...unsettled.map((t) => Prisma.sql`(pa.headline ${op(t)} ${like(t)} OR pa.text ${op(t)} ${like(t)})`),
    ]),
  };
}

/**
 * Ids of the current articles of these snapshots that match, in reading
 * order: newest issue first, then page and position. Ordered here, not in
 * SQL: without a join to order by, the planner has nothing to trade the
 * pair index away for.
 */
async function matching(scope: Scope, condition: Prisma.Sql): Promise<string[]> {
  const rows = await getDb().$queryRaw<{ id: string; snapshotId: string; pageNumber: number; position: number }[]>`
    SELECT pa.id, pa."snapshotId", pa."pageNumber", pa.position FROM "PublishedArticle" pa
    WHERE pa.current AND ${within(scope)} AND ${condition}`;
  const issueOrder = new Map(scope.snapshots.map((s, index) => [s.id, index]));
  return rows
    .sort((a, b) => issueOrder.get(a.snapshotId)! - issueOrder.get(b.snapshotId)! || a.pageNumber - b.pageNumber || a.position - b.position)
    .map((row) => row.id);
}

/** The first `take` hits, looked for in the newest issues first. */
async function first(scope: Scope, condition: Prisma.Sql, take: number): Promise<string[]> {
  for (const issues of WINDOWS) {
    const window = newestIssues(scope.snapshots, issues);
    if (window.length === scope.snapshots.length) break;
    // The window holds whole days, so its hits are the first hits overall.
    const found = await matching({ snapshots: window, outside: null }, condition);
    if (found.length >= take) return found.slice(0, take);
  }
  return (await matching(scope, condition)).slice(0, take);
}

/** The snapshots of the newest `count` issue days (all issues on the last day included). */
function newestIssues(scope: ScopeSnapshot[], count: number): ScopeSnapshot[] {
  const days = [...new Set(scope.map((s) => s.date.getTime()))];
  if (days.length <= count) return scope;
  const cutoff = days[count - 1]!;
  return scope.filter((s) => s.date.getTime() >= cutoff);
}

async function countUpTo(scope: Scope, condition: Prisma.Sql, cap: number): Promise<number> {
  if (cap <= 0) return 0;
  const rows = await getDb().$queryRaw<{ count: bigint }[]>`
    SELECT count(*) FROM (
      SELECT 1 FROM "PublishedArticle" pa
      WHERE pa.current AND ${within(scope)} AND ${condition}
      LIMIT ${cap}
    ) AS capped`;
  return Number(rows[0]?.count ?? 0);
}

async function hits(ids: string[], terms: string[]): Promise<SearchHit[]> {
  if (ids.length === 0) return [];
  const rows = await getDb().$queryRaw<
    { id: string; articleId: string; headline: string; text: string; pageNumber: number; date: Date; slug: string; name: string }[]
  >`
    SELECT pa.id, pa."articleId", pa.headline, pa.text, pa."pageNumber", i.date, p.slug, p.name
    FROM "PublishedArticle" pa
      JOIN "IssueSnapshot" s ON s.id = pa."snapshotId"
      JOIN "Issue" i ON i.id = s."issueId"
      JOIN "Publication" p ON p.id = i."publicationId"
    WHERE pa.id = ANY(${ids})`;
  const byId = new Map(rows.map((row) => [row.id, row]));
  return ids.flatMap((id) => {
    const row = byId.get(id);
    if (!row) return [];
    return [
      {
        id: row.articleId,
        headline: row.headline,
        snippet: snippet(row.text, terms),
        url: readerUrls.article(row.slug, row.date, row.pageNumber, row.articleId),
        date: row.date,
        pageNumber: row.pageNumber,
        publication: { slug: row.slug, name: row.name },
      },
    ];
  });
}
