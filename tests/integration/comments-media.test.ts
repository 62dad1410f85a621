import { describe, expect, it } from "vitest";
import type { Role } from "@/lib/domain/roles";
import type { SessionUser } from "@/lib/server/auth/session-user";
import { addComment, listComments, setCommentResolved } from "@/lib/server/comments/comments";
import { addContributor, searchContributors } from "@/lib/server/contributors/contributors";
import { listNotifications, markNotificationsRead, unreadCount } from "@/lib/server/notifications/notifications";
import { buildArticle, buildUser } from "../support/factories";

async function staff(...roles: Role[]): Promise<SessionUser> {
  const user = await buildUser({ roles });
  return { id: user.id, name: user.name, email: user.email, roles };
}

describe("comments", () => {
  it("threads a reply, notifies the mentioned and resolves", async () => {
    const reporter = await staff("reporter");
    const editor = await staff("editor");
    const article = await buildArticle({ authorId: reporter.id, status: "submitted" });

    const thread = await addComment(editor, { articleId: article.id, body: `@${reporter.name} 这里数据请核实`, quote: "140亿元", mentionIds: [reporter.id] });
    await addComment(reporter, { articleId: article.id, parentId: thread.id, body: "已核实，无误。", mentionIds: [] });
    await setCommentResolved(editor, { commentId: thread.id, resolved: true });

    const [listed] = await listComments(editor, article.id);
    expect(listed).toMatchObject({ quote: "140亿元", resolvedAt: expect.any(Date), replies: [expect.objectContaining({ body: "已核实，无误。" })] });
    expect(await unreadCount(reporter)).toBe(1);
    const [note] = await listNotifications(reporter);
    expect(note).toMatchObject({ kind: "comment.mention", payload: { articleId: article.id, byName: editor.name } });
    await markNotificationsRead(reporter, "all");
    expect(await unreadCount(reporter)).toBe(0);
  });

  it("hides comments of an article the user may not see", async () => {
    const reporter = await staff("reporter");
    const other = await staff("reporter");
    const article = await buildArticle({ authorId: reporter.id });
    await expect(addComment(other, { articleId: article.id, body: "看看", mentionIds: [] })).rejects.toMatchObject({ code: "notFound" });
    await expect(listComments(other, article.id)).rejects.toMatchObject({ code: "notFound" });
  });
});

describe("contributors", () => {
  it("finds by part of a name and never adds the same one twice", async () => {
    const user = await staff("reporter");
    const first = await addContributor(user, { name: " 董洁 ", kind: "person" });
    const again = await addContributor(user, { name: "董洁", kind: "person" });
    expect(again.id).toBe(first.id);
    expect((await searchContributors("董")).map((c) => c.id)).toContain(first.id);
    await expect(addContributor(user, { name: "  ", kind: "unit" })).rejects.toMatchObject({ reason: "contributorNameRequired" });
  });
});
