// 更正: registering a correction for a published article, and reading them back
// for the article and for the issue that lists them. A correction never edits
// the article: what was printed stays as printed.
import "server-only";
import { getDb } from "@/lib/db";
import {
  checkCorrection,
  isListedIn,
  listingWindow,
  paperReference,
  shanghaiToday,
  type CorrectionInput,
  type CorrectionRecord,
  type PrintedPlace,
} from "@/lib/domain/corrections";
import { AppError } from "@/lib/domain/errors";
import { can } from "@/lib/domain/permissions";
import { recordAudit } from "@/lib/server/audit";
import type { SessionUser } from "@/lib/server/auth/session-user";
import { republishWithCorrection } from "@/lib/server/publishing/publish";
import { format, messages } from "@/lib/i18n";
import type { Prisma } from "@/lib/generated/prisma/client";

/** The article's placements with their page and issue: enough to say where it was printed. */
const placementsWithIssue = {
  select: {
    continuesFromId: true,
    page: {
      select: {
        number: true,
        issue: {
          select: {
            id: true, number: true, totalNumber: true, date: true, status: true,
            publication: { select: { name: true, internalCirculation: true } },
          },
        },
      },
    },
  },
  orderBy: { page: { number: "asc" } },
} satisfies Prisma.Article$placementsArgs;

type PlacedArticle = { headline: string; placements: Prisma.PlacementGetPayload<typeof placementsWithIssue>[] };

/** Where the article stands in `issueId`: the page of its first part (a jump continues on a later page). */
function placeIn(article: PlacedArticle, issueId: string): PrintedPlace | null {
  const inIssue = article.placements.filter((p) => p.page.issue.id === issueId);
  const first = inIssue.find((p) => p.continuesFromId === null) ?? inIssue[0];
  if (!first) return null;
  const { issue } = first.page;
  return {
    issueId: issue.id,
    paper: paperReference(issue.publication),
    number: issue.number,
    totalNumber: issue.totalNumber,
    date: issue.date,
    pageNumber: first.page.number,
    headline: article.headline,
  };
}

/** The published issue the article was printed in, or null while it has not been. */
function publishedPlace(article: PlacedArticle): PrintedPlace | null {
  const published = article.placements.find((p) => p.page.issue.status === "published");
  return published ? placeIn(article, published.page.issue.id) : null;
}

/** Where the article was printed, if it stands in a published issue. */
export async function printedPlaceOf(articleId: string): Promise<PrintedPlace | null> {
  const article = await getDb().article.findUnique({ where: { id: articleId }, select: { headline: true, placements: placementsWithIssue } });
  return article ? publishedPlace(article) : null;
}

export async function createCorrection(user: SessionUser, input: CorrectionInput & { articleId: string }, now: Date = new Date()) {
  if (!can(user.roles, "article.correct")) throw new AppError("forbidden", "article.correct", "notAllowed");
  const db = getDb();
  const article = await db.article.findUnique({ where: { id: input.articleId }, select: { id: true, headline: true, placements: placementsWithIssue } });
  if (!article) throw new AppError("notFound", `article ${input.articleId}`, "articleNotFound");
  const printed = publishedPlace(article);
  if (!printed) throw new AppError("validation", `article ${article.id} not in a published issue`, "articleNotPublished");

  const check = checkCorrection(input, { printedOn: printed.date, today: shanghaiToday(now) });
  if (!check.ok) {
    const { problems } = check;
    const textMissing = problems.wrong === "required" || problems.corrected === "required" || problems.corrected === "unchanged";
    const reason = textMissing ? "correctionRequired" : problems.correctedOn ? "correctionDate" : "correctionTooLong";
    throw new AppError("validation", `correction: ${JSON.stringify(problems)}`, reason);
  }

  const { value } = check;
  return db.$transaction(async (tx) => {
    const correction = await tx.correction.create({
      data: { articleId: article.id, issueId: printed.issueId, ...value, createdById: user.id },
    });
    await recordAudit(
      {
        actorId: user.id, action: "correction.create", objectType: "Article", objectId: article.id,
        after: {
          correctionId: correction.id, issueId: printed.issueId, wrong: value.wrong, corrected: value.corrected,
          note: value.note, correctedOn: value.correctedOn.toISOString().slice(0, 10),
        },
      },
      tx,
    );
    // Readers see it: the issue's next snapshot version carries the correction, with a note.
    await republishWithCorrection(tx, printed.issueId, user.id, format(messages.corrections.snapshotNote, { wrong: value.wrong, corrected: value.corrected }));
    return correction;
  }, { timeout: 60_000 });
}

const correctionWithPlace = {
  include: {
    createdBy: { select: { name: true } },
    article: { select: { headline: true, placements: placementsWithIssue } },
  },
} satisfies Prisma.CorrectionDefaultArgs;
type LoadedCorrection = Prisma.CorrectionGetPayload<typeof correctionWithPlace>;

function toRecord(correction: LoadedCorrection): CorrectionRecord | null {
  const printed = placeIn(correction.article, correction.issueId);
  // Only when the article was taken off the page it was printed on, which signed pages refuse.
  if (!printed) return null;
  return {
    id: correction.id,
    articleId: correction.articleId,
    wrong: correction.wrong,
    corrected: correction.corrected,
    note: correction.note,
    correctedOn: correction.correctedOn,
    createdAt: correction.createdAt,
    createdByName: correction.createdBy.name,
    printed,
  };
}

const byDay = [{ correctedOn: "asc" }, { createdAt: "asc" }] satisfies Prisma.CorrectionOrderByWithRelationInput[];

/** The article's corrections, oldest first. */
export async function correctionsForArticle(articleId: string): Promise<CorrectionRecord[]> {
  const corrections = await getDb().correction.findMany({ where: { articleId }, orderBy: byDay, ...correctionWithPlace });
  return corrections.map(toRecord).filter((c) => c !== null);
}

/** 本期更正: the corrections issue `issueId` lists (see isListedIn). */
export async function correctionsListedIn(issueId: string): Promise<CorrectionRecord[]> {
  const db = getDb();
  const issue = await db.issue.findUnique({ where: { id: issueId }, select: { publicationId: true, date: true } });
  if (!issue) throw new AppError("notFound", `issue ${issueId}`, "issueNotFound");
  const previous = await db.issue.findFirst({
    where: { publicationId: issue.publicationId, date: { lt: issue.date } },
    orderBy: { date: "desc" },
    select: { date: true },
  });
  const listing = { date: issue.date, previousDate: previous?.date ?? null };
  const window = listingWindow(listing);
  const candidates = await db.correction.findMany({
    where: {
      issue: { publicationId: issue.publicationId, date: { lt: issue.date } },
      correctedOn: { ...(window.from ? { gte: window.from } : {}), lte: window.through },
    },
    orderBy: byDay,
    ...correctionWithPlace,
  });
  return candidates
    .map(toRecord)
    .filter((c) => c !== null)
    .filter((c) => isListedIn({ printedOn: c.printed.date, correctedOn: c.correctedOn }, listing));
}
