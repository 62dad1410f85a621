// 编校质量报表: loads the issues of a period with their rounds and marks, and
// leaves the figures to lib/domain/quality.
import "server-only";
import { getDb } from "@/lib/db";
import { AppError } from "@/lib/domain/errors";
import { can } from "@/lib/domain/permissions";
import { qualityReport, type QualityPeriod, type QualityReport } from "@/lib/domain/quality";
import type { SessionUser } from "@/lib/server/auth/session-user";

export async function getQualityReport(user: Pick<SessionUser, "id" | "roles">, period: Pick<QualityPeriod, "start" | "end">): Promise<QualityReport> {
  if (!can(user.roles, "stats.view")) throw new AppError("forbidden", `${user.id} may not stats.view`);
  // One query per level (issues, pages, rounds, marks), not per page.
  const issues = await getDb().issue.findMany({
    where: { date: { gte: period.start, lt: period.end } },
    orderBy: [{ date: "desc" }, { totalNumber: "desc" }],
    select: {
      id: true, date: true, number: true, totalNumber: true,
      publication: { select: { name: true } },
      pages: {
        select: {
          id: true, number: true, name: true,
          proofRounds: {
            select: {
              round: true, characters: true,
              proofreader: { select: { id: true, name: true } },
              marks: { select: { status: true, area: true, original: true, correction: true, type: true } },
            },
          },
        },
      },
    },
  });
  return qualityReport(
    issues.map(({ publication, pages, ...issue }) => ({
      ...issue,
      publicationName: publication.name,
      pages: pages.map(({ proofRounds, ...page }) => ({ ...page, rounds: proofRounds })),
    })),
  );
}

/**
 * Where the report ends by default: the latest issue that was proofread, so
 * that a paper which has not printed for a while (or a demo of back issues)
 * still opens on its figures rather than on an empty year.
 */
export async function latestProofreadIssueDate(): Promise<Date | null> {
  const issue = await getDb().issue.findFirst({
    where: { pages: { some: { proofRounds: { some: {} } } } },
    orderBy: { date: "desc" },
    select: { date: true },
  });
  return issue?.date ?? null;
}
