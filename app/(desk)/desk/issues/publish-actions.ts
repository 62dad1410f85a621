"use server";
// 发布 / 定时发布 / 撤回. Each action: zod input, session and issue.publish
// (deskAction), one use case, then the reader site is revalidated: every
// cached reader page, feed and sitemap is rebuilt on its next request.
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { beijingLocalTime } from "@/lib/domain/publishing";
import { deskAction } from "@/lib/server/action-client";
import { publishIssue, unpublishIssue } from "@/lib/server/publishing/publish";
import { refreshProxyAfterResponse } from "@/lib/server/publishing/refresh-proxy";
import { mergeSearchIndexAfterResponse } from "@/lib/server/site/search-index";

const id = z.string().min(1).max(40);

function refreshReaderSite(issueId: string) {
  revalidatePath("/", "layout");
  revalidatePath(`/desk/issues/${issueId}`);
  refreshProxyAfterResponse(issueId);
  mergeSearchIndexAfterResponse();
}

export const publishIssueAction = deskAction
  .metadata({ permission: "issue.publish" })
  .inputSchema(z.object({ issueId: id, publishAt: z.string().max(20).nullable() }))
  .action(async ({ parsedInput, ctx }) => {
    // An unreadable time is refused by the rules with a message, not silently published now.
    const at = parsedInput.publishAt ? (beijingLocalTime(parsedInput.publishAt) ?? new Date(Number.NaN)) : null;
    const result = await publishIssue(ctx.user, parsedInput.issueId, at);
    refreshReaderSite(parsedInput.issueId);
    return { status: result.status, publishAt: result.publishAt.toISOString(), version: result.version };
  });

export const unpublishIssueAction = deskAction
  .metadata({ permission: "issue.publish" })
  .inputSchema(z.object({ issueId: id, reason: z.string().max(500) }))
  .action(async ({ parsedInput, ctx }) => {
    const result = await unpublishIssue(ctx.user, parsedInput.issueId, parsedInput.reason);
    refreshReaderSite(parsedInput.issueId);
    return result;
  });
