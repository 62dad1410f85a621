"use server";
// 登记更正: zod input, session and article.correct (deskAction), one use case.
// The limits here only stop abuse; the use case says precisely what is wrong.
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { calendarDay } from "@/lib/domain/corrections";
import { deskAction } from "@/lib/server/action-client";
import { createCorrection } from "@/lib/server/corrections/corrections";
import { refreshProxyAfterResponse } from "@/lib/server/publishing/refresh-proxy";
import { mergeSearchIndexAfterResponse } from "@/lib/server/site/search-index";

const id = z.string().min(1).max(40);
const text = z.string().max(2000);

export const createCorrectionAction = deskAction
  .metadata({ permission: "article.correct" })
  .inputSchema(
    z.object({
      articleId: id,
      wrong: text,
      corrected: text,
      note: text.optional(),
      correctedOn: z.iso.date().transform(calendarDay).optional(),
    }),
  )
  .action(async ({ parsedInput, ctx }) => {
    const correction = await createCorrection(ctx.user, parsedInput);
    revalidatePath(`/desk/articles/${parsedInput.articleId}`);
    revalidatePath(`/desk/articles/${parsedInput.articleId}/preview`);
    // The reader site shows the correction with a new snapshot version.
    revalidatePath("/", "layout");
    if (correction.issueId) {
      refreshProxyAfterResponse(correction.issueId);
      mergeSearchIndexAfterResponse();
    }
    return { id: correction.id };
  });
