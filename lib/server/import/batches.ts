// 导入往期: a file becomes a pending batch (parsed, reviewable, kept across
// reloads), the editor corrects and confirms it into an issue's page, and an
// imported batch can be undone while its issue is not on the reader site.
import "server-only";
import { getDb } from "@/lib/db";
import { isoDate, pageNumberLabel } from "@/lib/domain/dates";
import { AppError } from "@/lib/domain/errors";
import { nothingFound } from "@/lib/domain/import/dry-run";
import { draftFromParsed, draftProblems, normalizeDraft, type ImportDraft } from "@/lib/domain/import/draft";
import { draftNotices } from "@/lib/domain/import/draft-notices";
import { emptyMasthead, parsePage, type ParsedMasthead } from "@/lib/domain/import/parse-page";
import { readerUrls } from "@/lib/domain/reader-urls";
import type { Prisma } from "@/lib/generated/prisma/client";
import { messages } from "@/lib/i18n";
import { recordAudit } from "@/lib/server/audit";
import { issuesMatching, landPage, templatePageName } from "./land";
import { readImportFile } from "./read-file";
import type { ConfirmResult, ImportBatchRow, ImportBatchView, ImportFormat, Importer, ImportTarget } from "./types";
import { undoLanding } from "./undo";

type Tx = Prisma.TransactionClient;

const batchInclude = {
  publication: { select: { id: true, slug: true, name: true, pageTemplate: true } },
  createdBy: { select: { name: true } },
  undoneBy: { select: { name: true } },
  pages: { select: { number: true, issueId: true, issue: { select: { date: true, status: true } } } },
} as const;

/** The batch, locked for this transaction, refused unless it is in `status`. */
async function lockBatch(tx: Tx, batchId: string, status: "pending" | "imported") {
  await tx.$queryRaw`SELECT id FROM "ImportBatch" WHERE id = ${batchId} FOR UPDATE`;
  const batch = await tx.importBatch.findUnique({ where: { id: batchId }, include: { publication: true } });
  if (!batch) throw new AppError("notFound", "batch", "importBatchNotFound");
  if (batch.status !== status) throw new AppError("conflict", `batch ${batch.status}`, "importBatchSettled");
  return batch;
}

async function targetOf(publicationId: string, template: unknown, draft: ImportDraft): Promise<ImportTarget> {
  const [issue] = await issuesMatching(getDb(), publicationId, draft.issue);
  return {
    issue: issue ? {
      id: issue.id,
      label: `${issue.date} 第${issue.number}期 总第${issue.totalNumber}期`,
      imported: issue.imported,
      pages: issue.pages,
    } : null,
    defaultPageName: templatePageName(template, draft.page.number ?? 1),
  };
}

type BatchRecord = Prisma.ImportBatchGetPayload<{ include: typeof batchInclude }>;

async function view(batch: BatchRecord): Promise<ImportBatchView> {
  const draft = batch.draft as unknown as ImportDraft;
  const page = batch.pages[0];
  const date = page ? isoDate(page.issue.date) : null;
  return {
    id: batch.id,
    status: batch.status,
    fileName: batch.fileName,
    format: batch.format as ImportFormat,
    publication: { id: batch.publication.id, slug: batch.publication.slug, name: batch.publication.name },
    draft,
    masthead: { ...emptyMasthead(), ...(batch.masthead as Partial<ParsedMasthead>) },
    warnings: [...(batch.warnings as string[]), ...draftNotices(draft)],
    problems: batch.status === "pending" ? draftProblems(normalizeDraft(draft)) : [],
    target: await targetOf(batch.publication.id, batch.publication.pageTemplate, draft),
    createdAt: batch.createdAt.toISOString(),
    createdBy: batch.createdBy?.name ?? null,
    importedAt: batch.importedAt?.toISOString() ?? null,
    undoneAt: batch.undoneAt?.toISOString() ?? null,
    undoneBy: batch.undoneBy?.name ?? null,
    landed:
      page && date
        ? {
            issueId: page.issueId,
            pageNumber: page.number,
            deskUrl: `/desk/issues/${page.issueId}`,
            readerUrl: page.issue.status === "published" ? readerUrls.page(batch.publication.slug, date, page.number) : null,
          }
        : null,
  };
}

/** A file read and parsed, before anything is written: what the command line's --dry-run prints. */
export async function prepareImport(fileName: string, bytes: Uint8Array) {
  const file = await readImportFile(fileName, bytes, messages.importer.landing.readAsGbk);
  const parsed = parsePage(file.text);
  if (nothingFound(parsed)) throw new AppError("validation", "nothing parsed", "importNothingFound");
  // The 农历 check is made again on the draft as the editor corrects its date (draftNotices), so it is not stored.
  const live = new Set(draftNotices(draftFromParsed(parsed)));
  return { file, parsed, draft: draftFromParsed(parsed), warnings: [...file.notes, ...parsed.warnings.filter((warning) => !live.has(warning))] };
}

export type Prepared = Awaited<ReturnType<typeof prepareImport>>;

async function publicationOf(where: { id: string } | { slug: string } | null) {
  const db = getDb();
  const publication = where
    ? await db.publication.findUnique({ where })
    : await db.publication.findFirst({ orderBy: [{ isDefault: "desc" }, { createdAt: "asc" }] });
  if (!publication) throw new AppError("notFound", "publication", "publicationNotFound");
  return publication;
}

/** A pending batch's row for a prepared file (the demo seed writes one too). */
export function pendingBatchData(publicationId: string, fileName: string, prepared: Prepared, draft: ImportDraft, createdById: string | null) {
  return {
    publicationId,
    fileName: fileName.slice(0, 200),
    format: prepared.file.format,
    sourceText: prepared.file.text,
    draft: draft as unknown as Prisma.InputJsonValue,
    masthead: prepared.parsed.masthead as unknown as Prisma.InputJsonValue,
    warnings: prepared.warnings,
    createdById,
  };
}

function createBatch(tx: Tx, importer: Importer, publicationId: string, fileName: string, prepared: Prepared, draft: ImportDraft) {
  return tx.importBatch.create({ data: pendingBatchData(publicationId, fileName, prepared, draft, importer?.id ?? null), include: batchInclude });
}

/** The publications an import may go to, the default first. */
export async function importablePublications() {
  return getDb().publication.findMany({ orderBy: [{ isDefault: "desc" }, { createdAt: "asc" }], select: { id: true, slug: true, name: true, isDefault: true } });
}

/** Reads and parses a file into a new pending batch. Refuses unreadable files (AppError with an import* reason). */
export async function startImport(importer: Importer, input: { publicationId: string; fileName: string; bytes: Uint8Array }): Promise<ImportBatchView> {
  const publication = await publicationOf({ id: input.publicationId });
  const prepared = await prepareImport(input.fileName, input.bytes);
  const batch = await getDb().$transaction(async (tx) => {
    const created = await createBatch(tx, importer, publication.id, input.fileName, prepared, prepared.draft);
    await recordAudit({ actorId: importer?.id ?? null, action: "import.start", objectType: "ImportBatch", objectId: created.id, after: { fileName: created.fileName, articles: prepared.parsed.articles.length } }, tx);
    return created;
  });
  return view(batch);
}

/**
 * The command line's import: parse, let the caller adjust the draft (dates
 * and numbers given as options), and write it in one transaction — or write
 * nothing and return the problems.
 */
export async function importAtOnce(
  importer: Importer,
  input: { publicationSlug: string | null; fileName: string; prepared: Prepared; adjust: (draft: ImportDraft) => ImportDraft },
): Promise<(ConfirmResult & { ok: false }) | { ok: true; batchId: string; issueId: string; pageNumber: number; articleIds: string[]; publication: { slug: string }; date: string; warnings: string[] }> {
  const { prepared } = input;
  const publication = await publicationOf(input.publicationSlug ? { slug: input.publicationSlug } : null);
  const draft = normalizeDraft(input.adjust(prepared.draft));
  const problems = draftProblems(draft);
  if (problems.length > 0) return { ok: false, problems };
  return getDb().$transaction(async (tx) => {
    const batch = await createBatch(tx, importer, publication.id, input.fileName, prepared, draft);
    const landed = await landPage(tx, { importer, batchId: batch.id, publication, draft });
    await tx.importBatch.update({ where: { id: batch.id }, data: { status: "imported", importedAt: new Date(), warnings: [...prepared.warnings, ...landed.warnings] } });
    return { ok: true as const, batchId: batch.id, ...landed, publication: { slug: publication.slug }, date: draft.issue.date!, warnings: [...prepared.warnings, ...landed.warnings] };
  });
}

export async function getImportBatch(batchId: string): Promise<ImportBatchView | null> {
  const batch = await getDb().importBatch.findUnique({ where: { id: batchId }, include: batchInclude });
  return batch ? view(batch) : null;
}

/** The latest batches first, pending ones included. */
export async function listImportBatches(take = 50): Promise<ImportBatchRow[]> {
  const batches = await getDb().importBatch.findMany({
    orderBy: { createdAt: "desc" },
    take,
    select: {
      id: true, status: true, fileName: true, draft: true, warnings: true, createdAt: true,
      publication: { select: { name: true } },
      createdBy: { select: { name: true } },
    },
  });
  return batches.map((batch) => {
    const draft = batch.draft as unknown as ImportDraft;
    const label = [
      draft.issue?.date,
      draft.issue?.number ? `第${draft.issue.number}期` : null,
      draft.page?.number ? `${pageNumberLabel(draft.page.number)}版` : null,
    ].filter(Boolean).join(" ");
    return {
      id: batch.id,
      status: batch.status,
      fileName: batch.fileName,
      publicationName: batch.publication.name,
      label,
      articles: draft.articles?.length ?? 0,
      warnings: (batch.warnings as string[]).length,
      createdAt: batch.createdAt.toISOString(),
      createdBy: batch.createdBy?.name ?? null,
    };
  });
}

async function savePending(tx: Tx, batchId: string, draft: ImportDraft) {
  await lockBatch(tx, batchId, "pending");
  await tx.importBatch.update({ where: { id: batchId }, data: { draft: draft as unknown as Prisma.InputJsonValue } });
}

/** Keeps the editor's corrections of a pending batch; returns it with its problems recomputed. */
export async function saveImportDraft(importer: Importer, batchId: string, draft: ImportDraft): Promise<ImportBatchView> {
  await getDb().$transaction(async (tx) => {
    await savePending(tx, batchId, draft);
    await recordAudit({ actorId: importer?.id ?? null, action: "import.save", objectType: "ImportBatch", objectId: batchId, after: { articles: draft.articles?.length ?? 0 } }, tx);
  });
  return (await getImportBatch(batchId))!;
}

/** Saves the draft (so that nothing typed is lost), then imports it when it has no problems. */
export async function confirmImport(importer: Importer, batchId: string, draft: ImportDraft): Promise<ConfirmResult> {
  const normalized = normalizeDraft(draft);
  const problems = draftProblems(normalized);
  // The draft is kept first, in its own transaction: neither its problems nor a refused landing (a page taken…) may lose it.
  await getDb().$transaction((tx) => savePending(tx, batchId, problems.length > 0 ? draft : normalized));
  if (problems.length > 0) return { ok: false, problems };
  const landed = await getDb().$transaction(async (tx) => {
    const batch = await lockBatch(tx, batchId, "pending");
    const result = await landPage(tx, { importer, batchId, publication: batch.publication, draft: normalized });
    await tx.importBatch.update({
      where: { id: batchId },
      data: { status: "imported", importedAt: new Date(), warnings: [...(batch.warnings as string[]), ...result.warnings] },
    });
    return result;
  });
  return { ok: true, issueId: landed.issueId, pageNumber: landed.pageNumber, articleIds: landed.articleIds };
}

/** Throws away a pending batch. */
export async function discardImport(importer: Importer, batchId: string): Promise<void> {
  await getDb().$transaction(async (tx) => {
    const batch = await lockBatch(tx, batchId, "pending");
    await tx.importBatch.delete({ where: { id: batchId } });
    await recordAudit({ actorId: importer?.id ?? null, action: "import.discard", objectType: "ImportBatch", objectId: batchId, before: { fileName: batch.fileName } }, tx);
  });
}

/** Removes what an imported batch created (page, articles, new contributors, the issue if it has no other page). */
export async function undoImport(importer: Importer, batchId: string): Promise<void> {
  await getDb().$transaction(async (tx) => {
    await lockBatch(tx, batchId, "imported");
    const removed = await undoLanding(tx, batchId);
    await tx.importBatch.update({ where: { id: batchId }, data: { status: "undone", undoneAt: new Date(), undoneById: importer?.id ?? null } });
    await recordAudit({ actorId: importer?.id ?? null, action: "import.undo", objectType: "ImportBatch", objectId: batchId, before: removed }, tx);
  });
}
