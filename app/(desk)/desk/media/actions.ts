"use server";
// The 图片库's server actions: validate (zod), check the session and the
// permission (deskAction), then one use case.
import { z } from "zod";
import { deskAction } from "@/lib/server/action-client";
import { addContributor, searchContributors } from "@/lib/server/contributors/contributors";
import { describeMedia, updateMedia } from "@/lib/server/media/update-media";

const fraction = z.number().min(0).max(1);

export const updateMediaAction = deskAction
  .metadata({ permission: "media.upload" })
  .inputSchema(
    z.object({
      id: z.string().regex(/^[a-z0-9]{1,40}$/i),
      caption: z.string().max(500),
      altText: z.string().max(300),
      creditContributorId: z.string().max(40).nullable(),
      creditRole: z.enum(["photo", "courtesy"]),
      focalX: fraction,
      focalY: fraction,
      crop: z.object({ x: fraction, y: fraction, width: fraction, height: fraction }).nullable(),
    }),
  )
  .action(async ({ parsedInput: { id, ...input }, ctx }) => {
    await updateMedia(ctx.user, id, input);
    return { ok: true };
  });

/** From the editor's figure form: fills the library's empty caption and alt text. */
export const describeMediaAction = deskAction
  .metadata({ permission: "media.upload" })
  .inputSchema(z.object({ id: z.string().regex(/^[a-z0-9]{1,40}$/i), caption: z.string().max(500), altText: z.string().max(300) }))
  .action(({ parsedInput: { id, ...input }, ctx }) => describeMedia(ctx.user, id, input));

export const searchCreditsAction = deskAction
  .metadata({ permission: "media.upload" })
  .inputSchema(z.object({ query: z.string().max(40) }))
  .action(({ parsedInput }) => searchContributors(parsedInput.query));

/** Layout uploads photos too, without the right to write articles: credits are theirs to add. */
export const addCreditAction = deskAction
  .metadata({ permission: "media.upload" })
  .inputSchema(z.object({ name: z.string().max(60), kind: z.enum(["person", "unit"]) }))
  .action(({ parsedInput, ctx }) => addContributor(ctx.user, parsedInput));

