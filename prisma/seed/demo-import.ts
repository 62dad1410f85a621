// A back issue's page waiting in 导入往期: the OCR text of an 《伊滨新闻》 page
// (sample 000), uploaded by the desk and not yet reviewed. It prints no date
// or numbers, so the review screen asks for them, as it would for real.
import { readFileSync } from "node:fs";
import path from "node:path";
import type { Db } from "@/lib/db/client";

const SAMPLE = path.join(import.meta.dirname, "../../lib/domain/import/fixtures/000_cab728b4c453d922.txt");

export async function seedPendingImport(db: Db, publicationId: string, deskId: string) {
  // Imported after server-context (see scripts/db/seed-demo.ts): the importer is server code.
  const { pendingBatchData, prepareImport } = await import("@/lib/server/import/batches");
  const fileName = "伊滨新闻-往期-第2版.txt";
  const prepared = await prepareImport(fileName, readFileSync(SAMPLE));
  await db.importBatch.create({ data: pendingBatchData(publicationId, fileName, prepared, prepared.draft, deskId) });
}
