// 导入往期: a file becomes a pending batch (parsed, reviewable, kept across
// reloads), the editor corrects and confirms it into an issue's page, and an
// imported batch can be undone while its issue is not on the reader site.
import "server-only";
import type { ImportDraft } from "@/lib/domain/import/draft";
import type { ConfirmResult, ImportBatchRow, ImportBatchView, Importer } from "./types";

/** Reads and parses a file into a new pending batch. Refuses unreadable files (AppError with an import* reason). */
export async function startImport(importer: Importer, input: { publicationId: string; fileName: string; bytes: Uint8Array }): Promise<ImportBatchView> {
  throw new Error(`todo ${importer?.id} ${input.fileName}`);
}

export async function getImportBatch(batchId: string): Promise<ImportBatchView | null> {
  throw new Error(`todo ${batchId}`);
}

/** The latest batches first, pending ones included. */
export async function listImportBatches(): Promise<ImportBatchRow[]> {
  throw new Error("todo");
}

/** Keeps the editor's corrections of a pending batch; returns it with its problems recomputed. */
export async function saveImportDraft(importer: Importer, batchId: string, draft: ImportDraft): Promise<ImportBatchView> {
  throw new Error(`todo ${importer?.id} ${batchId} ${draft.articles.length}`);
}

/** Saves the draft, then imports it when it has no problems. */
export async function confirmImport(importer: Importer, batchId: string, draft: ImportDraft): Promise<ConfirmResult> {
  throw new Error(`todo ${importer?.id} ${batchId} ${draft.articles.length}`);
}

/** Throws away a pending batch. */
export async function discardImport(importer: Importer, batchId: string): Promise<void> {
  throw new Error(`todo ${importer?.id} ${batchId}`);
}

/** Removes what an imported batch created (page, articles, new contributors, the issue if it has no other page). */
export async function undoImport(importer: Importer, batchId: string): Promise<void> {
  throw new Error(`todo ${importer?.id} ${batchId}`);
}
