// 发布 and 撤回. Publishing writes an immutable snapshot of the issue, which
// is all readers ever see; an embargo (publishAt) keeps it off every reader
// surface until its time. The actions that call these revalidate the site.
import "server-only";
import { enforceVerdict } from "@/lib/server/errors";
import { getDb } from "@/lib/db";
import type { Tx } from "@/lib/db/client";
import { AppError } from "@/lib/domain/errors";
import { mayPublish, mayUnpublish, statusWhenPublished, type PublishVerdict } from "@/lib/domain/publishing";
import { recordAudit } from "@/lib/server/audit";
import type { SessionUser } from "@/lib/server/auth/session-user";
import { writeSnapshot } from "./snapshot";

function enforce(verdict: PublishVerdict) {
  enforceVerdict(verdict, ["withdrawReasonRequired", "publishTimeInvalid"]);
}

async function lockIssue(tx: Tx, issueId: string) {
  await tx.$queryRaw`SELECT id FROM "Issue" WHERE id = ${issueId} FOR UPDATE`;
  const issue = await tx.issue.findUnique({ where: { id: issueId }, include: { publication: { select: { slug: true } } } });
  if (!issue) throw new AppError("notFound", `issue ${issueId}`, "issueNotFound");
  return issue;
}

/** Publishes now, or at `publishAt` (定时发布). */
export async function publishIssue(user: SessionUser, issueId: string, publishAt: Date | null) {
  const now = new Date();
  return getDb().$transaction(
    async (tx) => {
      const issue = await lockIssue(tx, issueId);
      enforce(mayPublish(user, issue, publishAt, now));
      const { version } = await writeSnapshot(tx, issueId, user.id);
      const status = statusWhenPublished(publishAt, now);
      const at = status === "scheduled" ? publishAt! : now;
      await tx.issue.update({
        where: { id: issueId },
        data: { status, publishAt: at, publishedAt: now, withdrawnAt: null, withdrawnReason: null },
      });
      await recordAudit({ actorId: user.id, action: status === "scheduled" ? "issue.schedule" : "issue.publish", objectType: "Issue", objectId: issueId, before: { status: issue.status }, after: { status, version, publishAt: at.toISOString() } }, tx);
      return { status, publishAt: at, version, slug: issue.publication.slug };
    },
    { timeout: 60_000 },
  );
}

/** 撤回: off the reader site everywhere; the snapshots stay for the record. */
export async function unpublishIssue(user: SessionUser, issueId: string, reason: string) {
  return getDb().$transaction(async (tx) => {
    const issue = await lockIssue(tx, issueId);
    enforce(mayUnpublish(user, issue, reason));
    await tx.issue.update({ where: { id: issueId }, data: { status: "withdrawn", withdrawnAt: new Date(), withdrawnReason: reason.trim() } });
    await recordAudit({ actorId: user.id, action: "issue.withdraw", objectType: "Issue", objectId: issueId, before: { status: issue.status }, after: { status: "withdrawn", reason: reason.trim() } }, tx);
    return { status: "withdrawn" as const };
  });
}

/** A correction to a published issue: readers get a new snapshot version carrying it, with a note. */
export async function republishWithCorrection(tx: Tx, issueId: string, userId: string, note: string) {
  const issue = await tx.issue.findUniqueOrThrow({ where: { id: issueId }, select: { status: true } });
  if (issue.status !== "published" && issue.status !== "scheduled") return null;
  return writeSnapshot(tx, issueId, userId, note);
}
