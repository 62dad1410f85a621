"use server";
// 报纸设置: zod input (the same schema the form checks with), session and
// admin.publications (deskAction), one use case.
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { publicationSettingsSchema } from "@/lib/domain/publication-settings";
import { deskAction } from "@/lib/server/action-client";
import { updatePublication } from "@/lib/server/admin/update-publication";

export const updatePublicationAction = deskAction
  .metadata({ permission: "admin.publications" })
  .inputSchema(z.object({ id: z.string().min(1).max(40), baseUpdatedAt: z.iso.datetime(), settings: publicationSettingsSchema }))
  .action(async ({ parsedInput: { id, baseUpdatedAt, settings }, ctx }) => {
    const result = await updatePublication(ctx.user, { id, baseUpdatedAt: new Date(baseUpdatedAt), settings });
    // Proofs and the issue screens read the publication at request time; published issues are snapshots.
    if (result.changed.length > 0) revalidatePath("/desk/admin", "layout");
    return { changed: result.changed, updatedAt: result.updatedAt.toISOString() };
  });
