"use server";
// Issue planning and page composition. Each action: zod input, session and
// permission (deskAction), one use case; page rules are checked per page.
import { redirect } from "next/navigation";
import { z } from "zod";
import { acknowledgeArticleChange, changeBox, jumpPlacement, placeArticle, removePlacement, reorderPlacements, setPlacementPhoto, touchPresence } from "@/lib/server/composition/layout";
import { assignPageStaff } from "@/lib/server/composition/assign-staff";
import { editIssuePages } from "@/lib/server/composition/edit-pages";
import { planIssue, previewIssue } from "@/lib/server/composition/plan-issue";
import { deskAction } from "@/lib/server/action-client";

const id = z.string().min(1).max(40);
const version = z.number().int().positive();
const day = z.iso.date().transform((value) => new Date(`${value}T00:00:00Z`));

export const previewIssueAction = deskAction
  .metadata({ permission: "issue.plan" })
  .inputSchema(z.object({ publicationId: id, date: day }))
  .action(async ({ parsedInput }) => {
    const preview = await previewIssue(parsedInput.publicationId, parsedInput.date);
    return { numbers: preview.numbers, lunarDate: preview.lunarDate };
  });

export const planIssueAction = deskAction
  .metadata({ permission: "issue.plan" })
  .inputSchema(
    z.object({
      publicationId: id,
      date: day,
      number: z.number().int().min(1).max(999),
      totalNumber: z.number().int().min(1).max(99_999),
      overrideReason: z.string().max(200).optional(),
      pages: z.array(z.string().max(20)).min(1).max(32),
    }),
  )
  .action(async ({ parsedInput: input, ctx }) => {
    const issue = await planIssue(ctx.user, { ...input, numbers: { number: input.number, totalNumber: input.totalNumber } });
    redirect(`/desk/issues/${issue.id}` as "/desk");
  });

export const assignStaffAction = deskAction
  .metadata({ permission: "page.assignStaff" })
  .inputSchema(z.object({ pageId: id, pageEditorId: id.nullable(), layoutId: id.nullable(), proofreaderId: id.nullable() }))
  .action(({ parsedInput, ctx }) => assignPageStaff(ctx.user, parsedInput));

export const placeArticleAction = deskAction
  .metadata({ permission: "page.compose" })
  .inputSchema(z.object({ pageId: id, baseVersion: version, articleId: id }))
  .action(({ parsedInput, ctx }) => placeArticle(ctx.user, parsedInput));

export const changeBoxAction = deskAction
  .metadata({ permission: "page.compose" })
  .inputSchema(
    z.object({
      pageId: id, baseVersion: version, placementId: id,
      box: z.object({ columnStart: z.number().int(), columnSpan: z.number().int(), height: z.number().int(), headlineSize: z.number().int() }),
    }),
  )
  .action(({ parsedInput, ctx }) => changeBox(ctx.user, parsedInput));

export const setPlacementPhotoAction = deskAction
  .metadata({ permission: "page.compose" })
  .inputSchema(z.object({ pageId: id, baseVersion: version, placementId: id, mediaId: z.string().regex(/^[a-z0-9]{1,40}$/i).nullable() }))
  .action(({ parsedInput, ctx }) => setPlacementPhoto(ctx.user, parsedInput));

export const reorderPlacementsAction = deskAction
  .metadata({ permission: "page.compose" })
  .inputSchema(z.object({ pageId: id, baseVersion: version, order: z.array(id).max(60) }))
  .action(({ parsedInput, ctx }) => reorderPlacements(ctx.user, parsedInput));

export const removePlacementAction = deskAction
  .metadata({ permission: "page.compose" })
  .inputSchema(z.object({ pageId: id, baseVersion: version, placementId: id }))
  .action(({ parsedInput, ctx }) => removePlacement(ctx.user, parsedInput));

export const jumpPlacementAction = deskAction
  .metadata({ permission: "page.compose" })
  .inputSchema(z.object({ pageId: id, baseVersion: version, placementId: id, toPageId: id }))
  .action(({ parsedInput, ctx }) => jumpPlacement(ctx.user, parsedInput));

export const acknowledgeChangeAction = deskAction
  .metadata({ permission: "page.compose" })
  .inputSchema(z.object({ pageId: id, baseVersion: version, placementId: id }))
  .action(({ parsedInput, ctx }) => acknowledgeArticleChange(ctx.user, parsedInput));

export const touchPresenceAction = deskAction
  .metadata({ permission: "desk.enter" })
  .inputSchema(z.object({ pageId: id }))
  .action(({ parsedInput, ctx }) => touchPresence(ctx.user, parsedInput.pageId));

export const editIssuePagesAction = deskAction
  .metadata({ permission: "issue.plan" })
  .inputSchema(z.object({ issueId: id, pages: z.array(z.object({ id: id.optional(), name: z.string().max(20) })).min(1).max(32) }))
  .action(({ parsedInput, ctx }) => editIssuePages(ctx.user, parsedInput.issueId, parsedInput.pages));
