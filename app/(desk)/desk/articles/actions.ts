"use server";
// The article desk's server actions. Each one: zod input, session and
// permission (deskAction), then one use case, which applies the workflow rules.
import { redirect } from "next/navigation";
import { z } from "zod";
import { REVIEW_LEVELS, REVIEW_OUTCOMES } from "@/lib/domain/article-workflow";
import { createArticle } from "@/lib/server/articles/create-article";
import { restoreRevision } from "@/lib/server/articles/restore-revision";
import { reviewArticle } from "@/lib/server/articles/review-article";
import { submitArticle } from "@/lib/server/articles/submit-article";
import { deskAction } from "@/lib/server/action-client";
import { addComment, setCommentResolved } from "@/lib/server/comments/comments";
import { addContributor, searchContributors } from "@/lib/server/contributors/contributors";
import { markNotificationsRead } from "@/lib/server/notifications/notifications";

const id = z.string().min(1).max(40);

export const createArticleAction = deskAction
  .metadata({ permission: "article.create" })
  .inputSchema(z.object({ publicationId: id.optional() }))
  .action(async ({ parsedInput, ctx }) => {
    const article = await createArticle({ user: ctx.user, publicationId: parsedInput.publicationId });
    redirect(`/desk/articles/${article.id}` as "/desk");
  });

export const submitArticleAction = deskAction
  .metadata({ permission: "article.submit" })
  .inputSchema(z.object({ articleId: id }))
  .action(({ parsedInput, ctx }) => submitArticle(ctx.user, parsedInput.articleId));

export const reviewArticleAction = deskAction
  .metadata({ permission: "desk.enter" }) // the level's own permission is checked by the workflow rules
  .inputSchema(
    z.object({ articleId: id, level: z.enum(REVIEW_LEVELS), outcome: z.enum(REVIEW_OUTCOMES), opinion: z.string().max(2000) }),
  )
  .action(({ parsedInput, ctx }) => reviewArticle(ctx.user, parsedInput));

export const restoreRevisionAction = deskAction
  .metadata({ permission: "desk.enter" }) // editing rights are checked per article
  .inputSchema(z.object({ articleId: id, revisionId: id, baseVersion: z.number().int().positive() }))
  .action(({ parsedInput, ctx }) => restoreRevision(ctx.user, parsedInput));

export const addCommentAction = deskAction
  .metadata({ permission: "desk.enter" }) // seeing the article is checked per article
  .inputSchema(
    z.object({
      articleId: id,
      body: z.string().trim().min(1).max(2000),
      quote: z.string().max(500).optional(),
      parentId: id.optional(),
      mentionIds: z.array(id).max(20),
    }),
  )
  .action(async ({ parsedInput, ctx }) => {
    const comment = await addComment(ctx.user, parsedInput);
    return { id: comment.id };
  });

export const resolveCommentAction = deskAction
  .metadata({ permission: "desk.enter" })
  .inputSchema(z.object({ commentId: id, resolved: z.boolean() }))
  .action(({ parsedInput, ctx }) => setCommentResolved(ctx.user, parsedInput));

export const searchContributorsAction = deskAction
  .metadata({ permission: "desk.enter" })
  .inputSchema(z.object({ query: z.string().max(40) }))
  .action(({ parsedInput }) => searchContributors(parsedInput.query));

export const addContributorAction = deskAction
  .metadata({ permission: "article.create" })
  .inputSchema(z.object({ name: z.string().max(60), kind: z.enum(["person", "unit"]) }))
  .action(({ parsedInput, ctx }) => addContributor(ctx.user, parsedInput));

export const markNotificationsReadAction = deskAction
  .metadata({ permission: "desk.enter" })
  .inputSchema(z.object({ ids: z.union([z.array(id).max(100), z.literal("all")]) }))
  .action(({ parsedInput, ctx }) => markNotificationsRead(ctx.user, parsedInput.ids));
