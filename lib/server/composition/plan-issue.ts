// 策划下一期: numbers that continue by themselves, the lunar date computed from
// the date, pages from the publication's template.
import "server-only";
import { getDb } from "@/lib/db";
import { AppError } from "@/lib/domain/errors";
import { nextIssueNumbers, overrideNeedsReason, type IssueNumbers } from "@/lib/domain/issue-numbering";
import { formatLunarDate } from "@/lib/domain/lunar";
import { recordAudit } from "@/lib/server/audit";
import type { SessionUser } from "@/lib/server/auth/session-user";
import { Prisma } from "@/lib/generated/prisma/client";

export interface TemplatePage {
  number: number;
  name: string;
}

async function previousIssue(publicationId: string, date: Date) {
  return getDb().issue.findFirst({
    where: { publicationId, date: { lt: date } },
    orderBy: { date: "desc" },
    select: { date: true, number: true, totalNumber: true },
  });
}

/** What the next issue of a publication on `date` would be. */
export async function previewIssue(publicationId: string, date: Date) {
  const publication = await getDb().publication.findUnique({ where: { id: publicationId } });
  if (!publication) throw new AppError("notFound", "publication", "issueNotFound");
  const previous = await previousIssue(publicationId, date);
  return {
    publication,
    numbers: nextIssueNumbers(previous, date),
    lunarDate: formatLunarDate(date),
    previous,
    pages: publication.pageTemplate as unknown as TemplatePage[],
  };
}

export interface PlanIssueInput {
  publicationId: string;
  date: Date;
  numbers: IssueNumbers;
  overrideReason?: string;
  pages: string[];
}

export async function planIssue(user: SessionUser, input: PlanIssueInput) {
  const { numbers: computed, publication } = await previewIssue(input.publicationId, input.date);
  const overridden = overrideNeedsReason(computed, input.numbers);
  if (overridden && !input.overrideReason?.trim()) throw new AppError("validation", "override without reason", "overrideReasonRequired");
  const names = input.pages.map((name) => name.trim());
  if (names.length === 0 || names.some((name) => !name)) throw new AppError("validation", "pages", "pagesRequired");

  try {
    return await getDb().$transaction(async (tx) => {
      const issue = await tx.issue.create({
        data: {
          publicationId: input.publicationId,
          date: input.date,
          year: input.date.getUTCFullYear(),
          number: input.numbers.number,
          totalNumber: input.numbers.totalNumber,
          numberOverrideReason: overridden ? input.overrideReason!.trim() : null,
          createdById: user.id,
          pages: { create: names.map((name, index) => ({ number: index + 1, name, columns: publication.pageColumns })) },
        },
      });
      await recordAudit({ actorId: user.id, action: "issue.plan", objectType: "Issue", objectId: issue.id, after: { date: input.date.toISOString().slice(0, 10), ...input.numbers } }, tx);
      return issue;
    });
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      throw new AppError("conflict", "duplicate issue", "issueDuplicate");
    }
    throw error;
  }
}
