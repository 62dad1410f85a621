// The article list (稿库) and the work lists of the workspace home. Everyone
// sees what mayView allows; the same rule is written here as a query.
import "server-only";
import { getDb } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { ARTICLE_STATUSES, REVIEW_LEVELS, type ArticleStatus, type ReviewLevel } from "@/lib/domain/article-workflow";
import { can } from "@/lib/domain/permissions";
import type { SessionUser } from "@/lib/server/auth/session-user";
import { z } from "zod";

export const PAGE_SIZE = 20;
/**
 * The list counts up to this many (then says "以上"): an exact count of a
 * broad filter over a 20-year archive reads every row, the page itself 20.
 */
export const LIST_COUNT_CAP = 1000;

export const articleFilterSchema = z.object({
  status: z.enum(ARTICLE_STATUSES).optional().catch(undefined),
  publication: z.string().max(40).optional().catch(undefined),
  column: z.string().max(40).optional().catch(undefined),
  author: z.string().max(40).optional().catch(undefined),
  from: z.iso.date().optional().catch(undefined),
  to: z.iso.date().optional().catch(undefined),
  q: z.string().trim().max(60).optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(10_000).optional().catch(undefined),
});
export type ArticleFilter = z.infer<typeof articleFilterSchema>;

/** The articles this user may see at all (mayView, as a query). */
export function visibleTo(user: SessionUser): Prisma.ArticleWhereInput {
  const or: Prisma.ArticleWhereInput[] = [{ createdById: user.id }];
  // Listed, not `not: "draft"`: an IN list lets the (status, updatedAt) index serve the archive-sized list.
  if (can(user.roles, "article.editAny")) or.push({ status: { in: ARTICLE_STATUSES.filter((s) => s !== "draft") } });
  if (can(user.roles, "page.layout") || can(user.roles, "page.compose") || can(user.roles, "proof.mark")) {
    or.push({ status: "released" });
  }
  return { OR: or };
}

const listSelect = {
  id: true, kicker: true, headline: true, column: true, status: true, charCount: true, updatedAt: true, releasedAt: true,
  publication: { select: { name: true } },
  createdBy: { select: { name: true } },
} satisfies Prisma.ArticleSelect;

export async function listArticles(user: SessionUser, filter: ArticleFilter) {
  const where: Prisma.ArticleWhereInput = {
    AND: [
      visibleTo(user),
      filter.status ? { status: filter.status } : {},
      filter.publication ? { publicationId: filter.publication } : {},
      filter.column ? { column: filter.column } : {},
      filter.author ? { createdById: filter.author } : {},
      filter.from ? { updatedAt: { gte: new Date(`${filter.from}T00:00:00+08:00`) } } : {},
      filter.to ? { updatedAt: { lt: new Date(new Date(`${filter.to}T00:00:00+08:00`).getTime() + 86_400_000) } } : {},
      // Backed by a trigram index; works for Chinese, which has no word breaks.
      filter.q ? { headline: { contains: filter.q, mode: "insensitive" } } : {},
    ],
  };
  const page = filter.page ?? 1;
  const db = getDb();
  const [counted, articles] = await Promise.all([
    db.article.count({ where, take: LIST_COUNT_CAP + 1 }),
    db.article.findMany({ where, select: listSelect, orderBy: { updatedAt: "desc" }, skip: (page - 1) * PAGE_SIZE, take: PAGE_SIZE }),
  ]);
  const more = counted > LIST_COUNT_CAP;
  const total = Math.min(counted, LIST_COUNT_CAP);
  const pages = Math.max(1, Math.ceil(total / PAGE_SIZE));
  // Beyond the counted pages, the list goes on while pages are full.
  return { articles, total, more, page, pages: more && articles.length === PAGE_SIZE ? Math.max(pages, page + 1) : pages };
}

/** What the filters offer: publications, columns in use, authors. */
export async function articleFilterOptions(user: SessionUser) {
  const db = getDb();
  const visible = visibleTo(user);
  // GROUP BY in the database: Prisma's `distinct` dedupes rows it has read,
  // every visible article's of them.
  const [publications, columns, authorIds] = await Promise.all([
    db.publication.findMany({ select: { id: true, name: true }, orderBy: { name: "asc" } }),
    db.article.groupBy({ by: ["column"], where: { AND: [visible, { column: { not: null } }] }, orderBy: { column: "asc" }, take: 100 }),
    db.article.groupBy({ by: ["createdById"], where: visible }),
  ]);
  const authors = await db.user.findMany({
    where: { id: { in: authorIds.flatMap((a) => (a.createdById ? [a.createdById] : [])) } },
    select: { id: true, name: true },
    orderBy: { name: "asc" },
  });
  return { publications, columns: columns.map((c) => c.column!).sort(), authors };
}

const WAITING: Record<ReviewLevel, { status: ArticleStatus; permission: "review.first" | "review.second" | "review.final" }> = {
  first: { status: "submitted", permission: "review.first" },
  second: { status: "first_passed", permission: "review.second" },
  final: { status: "second_passed", permission: "review.final" },
};

/** 我的草稿 · 等我审 · 退回给我 · 最近签发 */
export async function workLists(user: SessionUser) {
  const db = getDb();
  const levels = REVIEW_LEVELS.filter((level) => can(user.roles, WAITING[level].permission));
  const take = 8;
  const [drafts, awaitingReview, returned, released] = await Promise.all([
    db.article.findMany({ where: { createdById: user.id, status: "draft" }, select: listSelect, orderBy: { updatedAt: "desc" }, take }),
    levels.length === 0
      ? []
      : db.article.findMany({
          where: {
            OR: levels.map((level) => ({
              status: WAITING[level].status,
              // Not for someone who already took another level of it.
              reviewDecisions: { none: { reviewerId: user.id, level: { not: level } } },
            })),
          },
          select: listSelect,
          orderBy: { updatedAt: "asc" },
          take,
        }),
    db.article.findMany({ where: { createdById: user.id, status: "returned" }, select: listSelect, orderBy: { updatedAt: "desc" }, take }),
    db.article.findMany({ where: { AND: [visibleTo(user), { status: "released" }] }, select: listSelect, orderBy: { releasedAt: "desc" }, take }),
  ]);
  return { drafts, awaitingReview, returned, released };
}

export type ArticleListItem = Awaited<ReturnType<typeof listArticles>>["articles"][number];
