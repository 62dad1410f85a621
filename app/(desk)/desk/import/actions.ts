"use server";
// 导入往期. Each action: zod input, session and import.run (deskAction), one
// use case of lib/server/import/batches, then the import screens are refreshed.
import type { Route } from "next";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { AppError } from "@/lib/domain/errors";
import { importDraftSchema } from "@/lib/domain/import/draft";
import { deskAction } from "@/lib/server/action-client";
import { confirmImport, discardImport, importablePublications, saveImportDraft, startImport, undoImport } from "@/lib/server/import/batches";

const id = z.string().min(1).max(40);
const metadata = { permission: "import.run" } as const;
const batchHref = (batchId: string) => `/desk/import/${batchId}` as Route;

// The upload form posts FormData: the publication's slug and one file.
const uploadSchema = z
  .instanceof(FormData)
  .transform((form) => ({ publication: form.get("publication"), file: form.get("file") }))
  .pipe(z.object({ publication: z.string().min(1).max(80), file: z.instanceof(File) }));

export const startImportAction = deskAction
  .metadata(metadata)
  .inputSchema(uploadSchema)
  .action(async ({ parsedInput: { publication: slug, file }, ctx }) => {
    const publication = (await importablePublications()).find((candidate) => candidate.slug === slug);
    if (!publication) throw new AppError("notFound", `no publication ${slug}`, "publicationNotFound");
    const bytes = new Uint8Array(await file.arrayBuffer());
    const batch = await startImport(ctx.user, { publicationId: publication.id, fileName: file.name, bytes });
    revalidatePath("/desk/import");
    redirect(batchHref(batch.id));
  });

const draftInput = z.object({ batchId: id, draft: importDraftSchema });

export const saveImportDraftAction = deskAction
  .metadata(metadata)
  .inputSchema(draftInput)
  .action(async ({ parsedInput: { batchId, draft }, ctx }) => {
    const batch = await saveImportDraft(ctx.user, batchId, draft);
    revalidatePath(batchHref(batchId));
    return { problems: batch.problems, target: batch.target };
  });

export const confirmImportAction = deskAction
  .metadata(metadata)
  .inputSchema(draftInput)
  .action(async ({ parsedInput: { batchId, draft }, ctx }) => {
    const result = await confirmImport(ctx.user, batchId, draft);
    revalidatePath("/desk/import");
    revalidatePath(batchHref(batchId));
    if (result.ok) revalidatePath("/desk/issues", "layout");
    return result;
  });

export const discardImportAction = deskAction
  .metadata(metadata)
  .inputSchema(z.object({ batchId: id }))
  .action(async ({ parsedInput: { batchId }, ctx }) => {
    await discardImport(ctx.user, batchId);
    revalidatePath("/desk/import");
    redirect("/desk/import");
  });

export const undoImportAction = deskAction
  .metadata(metadata)
  .inputSchema(z.object({ batchId: id }))
  .action(async ({ parsedInput: { batchId }, ctx }) => {
    await undoImport(ctx.user, batchId);
    revalidatePath("/desk/import");
    revalidatePath(batchHref(batchId));
    revalidatePath("/desk/issues", "layout");
  });
