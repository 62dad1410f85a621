"use server";
// 合并作者: zod input, session and admin.contributors (deskAction), one use case.
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { deskAction } from "@/lib/server/action-client";
import { mergeContributors } from "@/lib/server/admin/merge-contributors";

const id = z.string().min(1).max(40);

export const mergeContributorsAction = deskAction
  .metadata({ permission: "admin.contributors" })
  .inputSchema(z.object({ targetId: id, duplicateIds: z.array(id).max(50) }))
  .action(async ({ parsedInput, ctx }) => {
    const result = await mergeContributors(ctx.user, parsedInput);
    revalidatePath("/desk/admin", "layout");
    return result;
  });
