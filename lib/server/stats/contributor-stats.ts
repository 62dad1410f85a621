// 见报统计 use cases: the period's totals and each contributor's line, one
// contributor's pieces, every contributor-piece (the finance office's CSV).
import "server-only";
import { getDb } from "@/lib/db";
import { BYLINE_ROLES, type BylineRole } from "@/lib/domain/article-input";
import { AppError } from "@/lib/domain/errors";
import { can } from "@/lib/domain/permissions";
import { contributorStatsOf, PRINTED_ISSUE_STATUSES, sortContributors, sortPieces, type ContributorStats, type StatsPiece, type StatsTotals } from "@/lib/domain/stats";
import { Prisma } from "@/lib/generated/prisma/client";
import type { SessionUser } from "@/lib/server/auth/session-user";
import { piecesCte, type PrintedScope } from "./printed-pieces";

export function assertMayViewStats(user: Pick<SessionUser, "id" | "roles">) {
  if (!can(user.roles, "stats.view")) throw new AppError("forbidden", `${user.id} may not stats.view`);
}

interface SummaryRow {
  id: string;
  name: string;
  kind: string;
  pieces: number;
  characters: number;
  photos: number;
  roles: Record<string, number> | null;
}

export async function contributorStats(user: Pick<SessionUser, "id" | "roles">, scope: PrintedScope): Promise<{ totals: StatsTotals; contributors: ContributorStats[] }> {
  assertMayViewStats(user);
  const db = getDb();
  const cte = piecesCte(scope);
  const [rows, [totals]] = await Promise.all([
    db.$queryRaw<SummaryRow[]>`${cte},
      role_counts AS (
        SELECT contributor_id, jsonb_object_agg(role, n) AS roles
        FROM (SELECT contributor_id, role, count(*)::int AS n FROM pieces, unnest(roles) AS role GROUP BY 1, 2) per_role
        GROUP BY contributor_id
      )
      SELECT c.id, c.name, c.kind::text AS kind,
             count(*) FILTER (WHERE cardinality(pc.roles) > 0)::int AS pieces,
             coalesce(sum(a."charCount") FILTER (WHERE cardinality(pc.roles) > 0), 0)::int AS characters,
             sum(pc.photos)::int AS photos,
             rc.roles
      FROM pieces pc
      JOIN "Contributor" c ON c.id = pc.contributor_id
      JOIN "Article" a ON a.id = pc.article_id
      LEFT JOIN role_counts rc ON rc.contributor_id = pc.contributor_id
      GROUP BY c.id, rc.roles`,
    db.$queryRaw<StatsTotals[]>`${cte}
      SELECT (SELECT count(DISTINCT issue_id) FROM printed)::int AS issues,
             (SELECT count(*) FROM printed)::int AS articles,
             (SELECT coalesce(sum(a."charCount"), 0) FROM printed pr JOIN "Article" a ON a.id = pr.article_id)::int AS characters,
             (SELECT count(*) FROM printed pr JOIN "ArticleMedia" am ON am."articleId" = pr.article_id)::int AS photos,
             (SELECT count(DISTINCT contributor_id) FROM pieces)::int AS contributors`,
  ]);
  return { totals: totals!, contributors: sortContributors(rows.map(contributorStatsOf)) };
}

interface PieceRow extends Omit<StatsPiece, "roles" | "contributorKind"> {
  contributorKind: string;
  roles: string[];
}

const isRole = (role: string): role is BylineRole => (BYLINE_ROLES as readonly string[]).includes(role);

async function pieces(scope: PrintedScope, contributorId: string | null): Promise<StatsPiece[]> {
  const only = contributorId ? Prisma.sql`WHERE pc.contributor_id = ${contributorId}` : Prisma.empty;
  const rows = await getDb().$queryRaw<PieceRow[]>`${piecesCte(scope)}
    SELECT pc.contributor_id AS "contributorId", c.name AS "contributorName", c.kind::text AS "contributorKind",
           pc.article_id AS "articleId", pc.issue_id AS "issueId", pr.issue_date AS "issueDate",
           pr.issue_number AS "issueNumber", pr.total_number AS "totalNumber", pr.page_number AS "pageNumber", pr.pages,
           a.headline, pc.roles,
           (CASE WHEN cardinality(pc.roles) > 0 THEN a."charCount" ELSE 0 END)::int AS characters,
           pc.photos::int AS photos
    FROM pieces pc
    JOIN printed pr ON pr.article_id = pc.article_id AND pr.issue_id = pc.issue_id
    JOIN "Contributor" c ON c.id = pc.contributor_id
    JOIN "Article" a ON a.id = pc.article_id
    ${only}`;
  return sortPieces(
    rows.map((row) => ({
      ...row,
      contributorKind: row.contributorKind === "unit" ? "unit" : "person",
      roles: BYLINE_ROLES.filter((role) => row.roles.filter(isRole).includes(role)),
      pages: [...row.pages].sort((a, b) => a - b),
    })),
  );
}

/** Every contributor-piece of the period: one row per person and article. */
export async function allPieces(user: Pick<SessionUser, "id" | "roles">, scope: PrintedScope): Promise<StatsPiece[]> {
  assertMayViewStats(user);
  return pieces(scope, null);
}

/** One contributor (the one a merged duplicate went to) and their pieces, oldest first. */
export async function contributorPieces(user: Pick<SessionUser, "id" | "roles">, scope: PrintedScope, contributorId: string) {
  assertMayViewStats(user);
  const db = getDb();
  let contributor = await db.contributor.findUnique({ where: { id: contributorId }, select: { id: true, name: true, kind: true, mergedIntoId: true } });
  for (let hops = 0; contributor?.mergedIntoId && hops < 16; hops += 1) {
    contributor = await db.contributor.findUnique({ where: { id: contributor.mergedIntoId }, select: { id: true, name: true, kind: true, mergedIntoId: true } });
  }
  if (!contributor) return null;
  const rows = await pieces(scope, contributor.id);
  return {
    contributor: { id: contributor.id, name: contributor.name, kind: contributor.kind },
    pieces: [...rows].sort((a, b) => a.issueDate.getTime() - b.issueDate.getTime() || a.pageNumber - b.pageNumber || a.headline.localeCompare(b.headline, "zh-CN")),
  };
}

/** The publications a report may be limited to, the default first. */
export async function statsPublications() {
  return getDb().publication.findMany({ orderBy: [{ isDefault: "desc" }, { createdAt: "asc" }], select: { id: true, name: true } });
}

/** The date of the latest issue that went to press: where the report opens by default. */
export async function latestPrintedIssueDate(): Promise<Date | null> {
  const issue = await getDb().issue.findFirst({
    where: { status: { in: [...PRINTED_ISSUE_STATUSES] } },
    orderBy: { date: "desc" },
    select: { date: true },
  });
  return issue?.date ?? null;
}
