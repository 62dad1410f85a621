// 见报统计's SQL: what was printed in a period, credited to whom. Everything
// is counted in PostgreSQL over indexed joins (Issue by status and date, Page
// by issue, Placement by page, Byline and ArticleMedia by article); what comes
// back is one row per contributor, or per contributor and piece.
import "server-only";
import { PRINTED_ISSUE_STATUSES } from "@/lib/domain/stats";
import { Prisma } from "@/lib/generated/prisma/client";

export interface PrintedScope {
  /** issue dates, [start, end) */
  start: Date;
  end: Date;
  publicationId: string | null;
}

// Typed as the enum, so the comparison stays on the (publicationId, status, date) index.
const WENT_TO_PRESS = Prisma.sql`(${Prisma.join(PRINTED_ISSUE_STATUSES.map((status) => Prisma.sql`${status}::"IssueStatus"`))})`;

/**
 * The CTEs every statistic starts from:
 * - printed: each article of the period's printed issues once, with the page it
 *   starts on (the part that continues nothing) and every page it ran on;
 * - credits: who its bylines and photo credits name, one row per byline and
 *   per credited photo, the contributor resolved through merges (a merged
 *   duplicate's old rows count for the one kept, whatever chain led there);
 * - pieces: one row per contributor and article, with their roles in the
 *   byline (none when they only took a photo in it) and their photos.
 */
export function piecesCte(scope: PrintedScope): Prisma.Sql {
  const publication = scope.publicationId ? Prisma.sql`AND i."publicationId" = ${scope.publicationId}` : Prisma.empty;
  return Prisma.sql`
    WITH RECURSIVE printed AS MATERIALIZED (
      SELECT pl."articleId" AS article_id, i.id AS issue_id, i.date AS issue_date, i.number AS issue_number,
             i."totalNumber" AS total_number,
             (array_agg(p.number ORDER BY (pl."continuesFromId" IS NOT NULL), p.number))[1] AS page_number,
             array_agg(DISTINCT p.number) AS pages
      FROM "Issue" i
      JOIN "Page" p ON p."issueId" = i.id
      JOIN "Placement" pl ON pl."pageId" = p.id
      WHERE i.status IN ${WENT_TO_PRESS} AND i.date >= ${scope.start} AND i.date < ${scope.end} ${publication}
      GROUP BY pl."articleId", i.id
    ),
    raw_credits AS (
      SELECT b."contributorId" AS contributor_id, pr.article_id, pr.issue_id, b.role::text AS role, NULL::text AS media_id
      FROM printed pr JOIN "Byline" b ON b."articleId" = pr.article_id
      UNION ALL
      SELECT m."creditContributorId", pr.article_id, pr.issue_id, NULL, m.id
      FROM printed pr
      JOIN "ArticleMedia" am ON am."articleId" = pr.article_id
      JOIN "Media" m ON m.id = am."mediaId"
      WHERE m."creditContributorId" IS NOT NULL
    ),
    chain AS (
      SELECT c.id AS origin, c.id, c."mergedIntoId" AS next, 0 AS depth
      FROM "Contributor" c WHERE c.id IN (SELECT contributor_id FROM raw_credits)
      UNION ALL
      SELECT chain.origin, c.id, c."mergedIntoId", chain.depth + 1
      FROM chain JOIN "Contributor" c ON c.id = chain.next
      WHERE chain.depth < 16
    ),
    resolved AS (
      SELECT DISTINCT ON (origin) origin, id AS contributor_id FROM chain ORDER BY origin, depth DESC
    ),
    pieces AS (
      SELECT r.contributor_id, rc.article_id, rc.issue_id,
             coalesce(array_agg(DISTINCT rc.role) FILTER (WHERE rc.role IS NOT NULL), '{}') AS roles,
             count(DISTINCT rc.media_id) AS photos
      FROM raw_credits rc JOIN resolved r ON r.origin = rc.contributor_id
      GROUP BY r.contributor_id, rc.article_id, rc.issue_id
    )`;
}
