"use server";
// Proofreading and 签付印. Each action: zod input, session and permission
// (deskAction), one use case; the page rules (whose round, whose page, open
// marks) are checked by the use case inside its transaction.
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { deskAction } from "@/lib/server/action-client";
import { addMark, resolveMark, withdrawMark } from "@/lib/server/proofing/marks";
import { handOverRound, startRound } from "@/lib/server/proofing/rounds";
import { signPage, unsignPage } from "@/lib/server/proofing/signing";

const id = z.string().min(1).max(40);
const offset = z.number().int().min(0).max(1_000_000);
const MARK_TYPES = ["typo", "omission", "extra", "punctuation", "number_usage", "format", "fact", "headline", "other"] as const;
const FIELDS = ["kicker", "headline", "subheadline", "dateline", "body", "byline", "masthead"] as const;

/** The proof desk and the composer of every page of the issue show rounds, marks and signatures. */
const refresh = () => revalidatePath("/desk/issues/[id]", "layout");

export const startRoundAction = deskAction
  .metadata({ permission: "proof.mark" })
  .inputSchema(z.object({ pageId: id }))
  .action(async ({ parsedInput, ctx }) => {
    const result = await startRound(ctx.user, parsedInput.pageId);
    refresh();
    return result;
  });

export const addMarkAction = deskAction
  .metadata({ permission: "proof.mark" })
  .inputSchema(
    z.object({
      pageId: id,
      articleId: id.nullable(),
      field: z.enum(FIELDS),
      from: offset,
      to: offset,
      original: z.string().max(200),
      correction: z.string().max(200),
      type: z.enum(MARK_TYPES),
      note: z.string().max(500).nullable().optional(),
      fromCheck: z.string().max(40).nullable().optional(),
    }),
  )
  .action(async ({ parsedInput, ctx }) => {
    const result = await addMark(ctx.user, parsedInput);
    refresh();
    return result;
  });

export const withdrawMarkAction = deskAction
  .metadata({ permission: "proof.mark" })
  .inputSchema(z.object({ markId: id }))
  .action(async ({ parsedInput, ctx }) => {
    const result = await withdrawMark(ctx.user, parsedInput.markId);
    refresh();
    return result;
  });

export const handOverRoundAction = deskAction
  .metadata({ permission: "proof.mark" })
  .inputSchema(z.object({ pageId: id }))
  .action(async ({ parsedInput, ctx }) => {
    const result = await handOverRound(ctx.user, parsedInput.pageId);
    refresh();
    return result;
  });

export const resolveMarkAction = deskAction
  .metadata({ permission: "proof.resolve" })
  .inputSchema(
    z.discriminatedUnion("decision", [
      z.object({ markId: id, decision: z.literal("accept"), note: z.string().max(500).nullable().optional() }),
      z.object({ markId: id, decision: z.literal("reject"), reason: z.string().max(500) }),
    ]),
  )
  .action(async ({ parsedInput: { markId, ...resolution }, ctx }) => {
    const result = await resolveMark(ctx.user, markId, resolution);
    refresh();
    return result;
  });

export const signPageAction = deskAction
  .metadata({ permission: "page.sign" })
  .inputSchema(z.object({ pageId: id }))
  .action(async ({ parsedInput, ctx }) => {
    const result = await signPage(ctx.user, parsedInput.pageId);
    refresh();
    return result;
  });

export const unsignPageAction = deskAction
  .metadata({ permission: "page.sign" })
  .inputSchema(z.object({ pageId: id, reason: z.string().max(500) }))
  .action(async ({ parsedInput, ctx }) => {
    const result = await unsignPage(ctx.user, parsedInput.pageId, parsedInput.reason);
    refresh();
    return result;
  });
