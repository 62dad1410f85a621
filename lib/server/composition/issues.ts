// The issues of a publication, and one issue with its pages and staff.
import "server-only";
import { getDb } from "@/lib/db";
import { mayComposePage, STAFF_ROLES } from "@/lib/domain/composition-rules";
import { AppError } from "@/lib/domain/errors";
import { formatLunarDate } from "@/lib/domain/lunar";
import { roundPhase } from "@/lib/domain/proofreading";
import type { SessionUser } from "@/lib/server/auth/session-user";

export async function listIssues(publicationId?: string) {
  const db = getDb();
  const publication = publicationId
    ? await db.publication.findUnique({ where: { id: publicationId } })
    : await db.publication.findFirst({ orderBy: [{ isDefault: "desc" }, { createdAt: "asc" }] });
  if (!publication) return null;
  const issues = await db.issue.findMany({
    where: { publicationId: publication.id },
    orderBy: { date: "desc" },
    take: 60,
    include: { _count: { select: { pages: true } } },
  });
  return { publication, issues: issues.map((i) => ({ ...i, lunarDate: formatLunarDate(i.date), pageCount: i._count.pages })) };
}

export async function getIssueOverview(user: SessionUser, issueId: string) {
  const db = getDb();
  const issue = await db.issue.findUnique({
    where: { id: issueId },
    include: {
      publication: { select: { id: true, name: true, slug: true } },
      pages: {
        orderBy: { number: "asc" },
        include: {
          pageEditor: { select: { id: true, name: true } },
          layout: { select: { id: true, name: true } },
          proofreader: { select: { id: true, name: true } },
          proofRounds: { orderBy: { round: "desc" }, take: 1, select: { round: true, kind: true, handedOverAt: true, closedAt: true } },
          _count: { select: { placements: true } },
        },
      },
    },
  });
  if (!issue) throw new AppError("notFound", `issue ${issueId}`, "issueNotFound");
  const staff = await db.user.findMany({ where: { active: true }, select: { id: true, name: true, roles: true }, orderBy: { name: "asc" } });
  const choices = (roles: readonly string[]) => staff.filter((u) => u.roles.some((r) => roles.includes(r))).map(({ id, name }) => ({ id, name }));
  return {
    issue: { ...issue, lunarDate: formatLunarDate(issue.date) },
    pages: issue.pages.map((page) => ({
      ...page,
      placementCount: page._count.placements,
      latestRound: page.proofRounds[0] ? { ...page.proofRounds[0], phase: roundPhase(page.proofRounds[0]) } : null,
      canCompose: mayComposePage(user, { pageEditorId: page.pageEditorId, layoutId: page.layoutId, signed: page.signedAt !== null }),
    })),
    staffChoices: { pageEditor: choices(STAFF_ROLES.pageEditor), layout: choices(STAFF_ROLES.layout), proofreader: choices(STAFF_ROLES.proofreader) },
  };
}

/** 我的版面: pages of coming issues where the user is on the credits. */
export async function myPages(user: SessionUser) {
  const pages = await getDb().page.findMany({
    where: {
      OR: [{ pageEditorId: user.id }, { layoutId: user.id }, { proofreaderId: user.id }],
      issue: { status: { in: ["planning", "composing", "proofing"] } },
    },
    orderBy: [{ issue: { date: "asc" } }, { number: "asc" }],
    take: 12,
    include: { issue: { select: { id: true, date: true, number: true, totalNumber: true, publication: { select: { name: true } } } } },
  });
  return pages.map((page) => ({
    ...page,
    duty: page.pageEditorId === user.id ? "pageEditor" : page.layoutId === user.id ? "layout" : "proofreader",
  })) as (typeof pages[number] & { duty: "pageEditor" | "layout" | "proofreader" })[];
}

/** What a PDF download is named by, or null when the issue (or that page) does not exist. */
export async function printableIssue(issueId: string, pageNumber?: number) {
  const issue = await getDb().issue.findUnique({
    where: { id: issueId },
    select: {
      date: true, number: true, publication: { select: { name: true } },
      pages: { where: pageNumber ? { number: pageNumber } : undefined, select: { id: true }, take: 1 },
    },
  });
  if (!issue || issue.pages.length === 0) return null;
  return { publicationName: issue.publication.name, date: issue.date, number: issue.number };
}
