// The write of a confirmed import: the page (and its issue, the first time)
// with its articles, bylines matched to contributors by name, and boxes on
// the page. The issue lands 已付印 with its pages signed on the day they were
// printed (by no Folio user), so that it can be published like any other.
import "server-only";
import type { Db } from "@/lib/db/client";
import { articleCharCount } from "@/lib/domain/char-count";
import { isoDate, parseIssueDate } from "@/lib/domain/dates";
import { AppError } from "@/lib/domain/errors";
import type { ImportDraft } from "@/lib/domain/import/draft";
import { contributorKind, importedBody, importedBoxes, landingOf, sameStory, type ExistingIssue } from "@/lib/domain/import/landing";
import { pageGrid } from "@/lib/domain/page-grid";
import { bodyPlainText } from "@/lib/richtext/plain-text";
import { format, messages } from "@/lib/i18n";
import { Prisma } from "@/lib/generated/prisma/client";
import { recordAudit } from "@/lib/server/audit";
import type { Importer } from "./types";

type Tx = Prisma.TransactionClient;
type Reader = Pick<Db, "issue"> | Pick<Tx, "issue">;
type Publication = { id: string; pageColumns: number; pageWidthMm: number; pageHeightMm: number; pageTemplate: unknown };

const t = messages.importer.landing;

/** 版名 of page `number` in the publication's template, else 第N版. */
export function templatePageName(template: unknown, number: number): string {
  const pages = Array.isArray(template) ? (template as { number?: number; name?: string }[]) : [];
  return pages.find((page) => page.number === number)?.name ?? format(t.defaultPageName, { number });
}

/**
 * The publication's issues holding any of the draft's date, 总期号 or (year, 期号),
 * pages in order. With all three given (a confirmed draft) at most three; the
 * review screen asks with whatever the editor has filled in so far.
 */
export async function issuesMatching(db: Reader, publicationId: string, issue: ImportDraft["issue"]): Promise<ExistingIssue[]> {
  const date = issue.date ? parseIssueDate(issue.date) : null;
  const or: Prisma.IssueWhereInput[] = [];
  if (date) or.push({ date }, ...(issue.number ? [{ year: date.getUTCFullYear(), number: issue.number }] : []));
  if (issue.totalNumber) or.push({ totalNumber: issue.totalNumber });
  if (or.length === 0) return [];
  const rows = await db.issue.findMany({
    where: { publicationId, OR: or },
    select: { id: true, date: true, number: true, totalNumber: true, imported: true, status: true, pages: { select: { number: true }, orderBy: { number: "asc" } } },
  });
  return rows.map((row) => ({ ...row, date: isoDate(row.date), pages: row.pages.map((page) => page.number) }));
}

/** Staff credited on the page, when a Folio user has exactly that name. */
async function staffIds(tx: Tx, page: ImportDraft["page"]) {
  const names = [page.pageEditor, page.layout, page.proofreader].filter((name): name is string => !!name);
  const users = names.length ? await tx.user.findMany({ where: { name: { in: names } }, select: { id: true, name: true } }) : [];
  const idOf = (name: string | null) => {
    const matches = users.filter((user) => user.name === name);
    return matches.length === 1 ? matches[0]!.id : null;
  };
  return { pageEditorId: idOf(page.pageEditor), layoutId: idOf(page.layout), proofreaderId: idOf(page.proofreader) };
}

/** One contributor per name across the archive: an existing one (or whoever it was merged into), else a new one. */
function contributorFinder(tx: Tx, batchId: string) {
  const known = new Map<string, string>();
  return async (name: string): Promise<string> => {
    const cached = known.get(name);
    if (cached) return cached;
    let found = await tx.contributor.findFirst({ where: { name }, orderBy: [{ mergedIntoId: { sort: "asc", nulls: "first" } }, { createdAt: "asc" }], select: { id: true, mergedIntoId: true } });
    for (let hops = 0; found?.mergedIntoId && hops < 10; hops += 1) {
      found = await tx.contributor.findUnique({ where: { id: found.mergedIntoId }, select: { id: true, mergedIntoId: true } });
    }
    const id = found?.id ?? (await tx.contributor.create({ data: { name, kind: contributorKind(name), importBatchId: batchId }, select: { id: true } })).id;
    known.set(name, id);
    return id;
  };
}

interface LandInput {
  importer: Importer;
  batchId: string;
  publication: Publication;
  draft: ImportDraft; // normalized, without problems
}

/** Writes the page; returns its issue, page number, articles and the warnings of the landing (unmatched jumps). */
export async function landPage(tx: Tx, { importer, batchId, publication, draft }: LandInput) {
  const actorId = importer?.id ?? null;
  const date = parseIssueDate(draft.issue.date!)!;
  const pageNumber = draft.page.number!;
  const issueId = await landingIssue(tx, { batchId, publicationId: publication.id, draft, date, actorId });
  const page = await tx.page
    .create({
      data: {
        issueId,
        number: pageNumber,
        name: draft.page.name ?? templatePageName(publication.pageTemplate, pageNumber),
        columns: publication.pageColumns,
        ...(await staffIds(tx, draft.page)),
        signedAt: date, // 签付印 happened in print, before Folio
        importBatchId: batchId,
      },
    })
    .catch(refuseDuplicate("importPageTaken"));

  const contributorOf = contributorFinder(tx, batchId);
  const warnings: string[] = [];
  const articleIds: string[] = [];
  const grid = pageGrid({ widthMm: publication.pageWidthMm, heightMm: publication.pageHeightMm, columns: publication.pageColumns }, pageNumber);
  const placed: { articleId: string; continuesFromId: string | null; chars: number; headings: { kicker: string | null; headline: string; subheadline: string | null } }[] = [];

  for (const article of draft.articles) {
    const body = importedBody(article.paragraphs);
    const bodyText = bodyPlainText(body);
    const continued = article.jumpFrom ? await continueJump(tx, { issueId, fromPage: article.jumpFrom, headline: article.headline, body, actorId }) : null;
    if (continued) {
      placed.push({ articleId: continued.articleId, continuesFromId: continued.placementId, chars: [...bodyText].length, headings: { kicker: null, headline: article.headline, subheadline: null } });
      continue;
    }
    if (article.jumpFrom) warnings.push(format(t.jumpNotFound, { page: article.jumpFrom, headline: article.headline }));

    const bylines = [];
    for (const [index, byline] of article.bylines.entries()) {
      bylines.push({ contributorId: await contributorOf(byline.name), role: byline.role ?? "author", position: index + 1 });
    }
    const fields = { kicker: article.kicker, headline: article.headline, subheadline: article.subheadline, column: article.column, dateline: article.dateline };
    const created = await tx.article.create({
      data: {
        publicationId: publication.id,
        ...fields,
        body,
        bodyText,
        charCount: articleCharCount(fields, bodyText),
        status: "released",
        releasedAt: date,
        imported: true,
        importBatchId: batchId,
        createdById: actorId,
        bylines: { create: bylines },
        revisions: {
          create: {
            version: 1,
            kind: "import",
            ...fields,
            body,
            bodyText,
            bylines: bylines.map(({ contributorId, role }) => ({ contributorId, role })),
            authorId: actorId,
          },
        },
      },
      select: { id: true },
    });
    articleIds.push(created.id);
    placed.push({ articleId: created.id, continuesFromId: null, chars: [...bodyText].length, headings: fields });
  }

  const boxes = importedBoxes(placed.map((part) => ({ ...part.headings, chars: part.chars })), grid);
  for (const [index, part] of placed.entries()) {
    await tx.placement.create({
      data: { pageId: page.id, articleId: part.articleId, position: index + 1, ...boxes[index]!, placedVersion: 1, continuesFromId: part.continuesFromId, placedById: actorId },
    });
  }
  // Continuations took their article's new version.
  for (const part of placed.filter((p) => p.continuesFromId)) {
    const { version } = await tx.article.findUniqueOrThrow({ where: { id: part.articleId }, select: { version: true } });
    await tx.placement.updateMany({ where: { articleId: part.articleId }, data: { placedVersion: version } });
  }

  await recordAudit(
    { actorId, action: "import.confirm", objectType: "ImportBatch", objectId: batchId, after: { issueId, page: pageNumber, articles: articleIds.length } },
    tx,
  );
  return { issueId, pageId: page.id, pageNumber, articleIds, warnings };
}

/** A unique key taken by a concurrent import: said as the refusal the user can act on. */
const refuseDuplicate = (reason: "importPageTaken" | "importTryAgain") => (error: unknown): never => {
  if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") throw new AppError("conflict", "duplicate", reason);
  throw error;
};

/** The issue the page joins (locked, then checked again) or a new imported one. */
async function landingIssue(tx: Tx, input: { batchId: string; publicationId: string; draft: ImportDraft; date: Date; actorId: string | null }) {
  const { draft, date } = input;
  const decide = async () => landingOf(draft.issue, draft.page.number!, await issuesMatching(tx, input.publicationId, draft.issue));
  let landing = await decide();
  if (landing.ok && landing.issueId) {
    // Publishing or another import may have changed the issue since it was read.
    await tx.$queryRaw`SELECT id FROM "Issue" WHERE id = ${landing.issueId} FOR UPDATE`;
    landing = await decide();
  }
  if (!landing.ok) throw new AppError("conflict", landing.refusal, landing.refusal);
  if (landing.issueId) return landing.issueId;
  const created = await tx.issue
    .create({
      data: {
        publicationId: input.publicationId,
        date,
        year: date.getUTCFullYear(),
        number: draft.issue.number!,
        totalNumber: draft.issue.totalNumber!,
        numberOverrideReason: t.overrideReason,
        status: "locked",
        lockedAt: new Date(),
        imported: true,
        importBatchId: input.batchId,
        createdById: input.actorId,
      },
      select: { id: true },
    })
    // Another page of the same issue landed a moment ago: confirming again joins it.
    .catch(refuseDuplicate("importTryAgain"));
  return created.id;
}

/**
 * （上接01版）: the article begun on an earlier page of this issue, imported
 * before, takes this part's paragraphs; the first part breaks where it ended.
 */
async function continueJump(tx: Tx, input: { issueId: string; fromPage: number; headline: string; body: ReturnType<typeof importedBody>; actorId: string | null }) {
  const candidates = await tx.placement.findMany({
    where: { page: { issueId: input.issueId, number: input.fromPage }, continuedOn: null, breakAt: null, article: { imported: true } },
    select: { id: true, article: { select: { id: true, headline: true, body: true, bodyText: true, version: true, kicker: true, subheadline: true, column: true, dateline: true } } },
  });
  const first = candidates.find((candidate) => sameStory(candidate.article.headline, input.headline));
  if (!first) return null;
  const { article } = first;
  const body = { type: "doc", content: [...((article.body as { content?: unknown[] }).content ?? []), ...(input.body.content ?? [])] } as Prisma.InputJsonValue;
  const bodyText = bodyPlainText(body as never);
  const version = article.version + 1;
  const fields = { kicker: article.kicker, headline: article.headline, subheadline: article.subheadline, column: article.column, dateline: article.dateline };
  await tx.article.update({
    where: { id: article.id },
    data: { body, bodyText, charCount: articleCharCount(fields, bodyText), version },
  });
  const bylines = await tx.byline.findMany({ where: { articleId: article.id }, orderBy: { position: "asc" }, select: { contributorId: true, role: true } });
  await tx.articleRevision.create({ data: { articleId: article.id, version, kind: "import", ...fields, body, bodyText, bylines, authorId: input.actorId } });
  // The first part ends where its text did; the continuation starts at the next paragraph.
  await tx.placement.update({ where: { id: first.id }, data: { breakAt: [...article.bodyText].length + 1 } });
  return { articleId: article.id, placementId: first.id };
}
