// 签付印: the chief signs each page after its read-through; a signed page is
// frozen, and when every page of the issue is signed the issue is 已付印
// (locked) and may be published. Unsigning needs a reason, kept in the audit.
import "server-only";
import { getDb } from "@/lib/db";
import type { Tx } from "@/lib/db/client";
import { allPagesSigned, maySign, mayUnsign } from "@/lib/domain/proofreading";
import { AppError } from "@/lib/domain/errors";
import { displayStatus } from "@/lib/domain/publishing";
import { recordAudit } from "@/lib/server/audit";
import type { SessionUser } from "@/lib/server/auth/session-user";
import { notifyUsers, pageHeadline } from "@/lib/server/notifications/notify";
import { lockPage } from "./page-facts";
import { enforceProof } from "./rounds";

/** Locks the issue first: the last two pages signed at once must still lock it. */
async function lockIssueOf(tx: Tx, pageId: string) {
  const page = await tx.page.findUnique({ where: { id: pageId }, select: { issueId: true } });
  if (!page) throw new AppError("notFound", `page ${pageId}`, "pageNotFound");
  await tx.$queryRaw`SELECT id FROM "Issue" WHERE id = ${page.issueId} FOR UPDATE`;
  return page.issueId;
}

async function settleIssueStatus(tx: Tx, issueId: string) {
  const issue = await tx.issue.findUniqueOrThrow({ where: { id: issueId }, select: { status: true, pages: { select: { signedAt: true } } } });
  const locked = allPagesSigned(issue.pages.map((p) => ({ signed: p.signedAt !== null })));
  if (locked && issue.status !== "locked" && issue.status !== "scheduled" && issue.status !== "published") {
    await tx.issue.update({ where: { id: issueId }, data: { status: "locked", lockedAt: new Date() } });
    return "locked" as const;
  }
  // An unsigned page takes the issue back to 校对, whatever it was waiting for: a
  // scheduled or withdrawn issue must be signed again before it goes out.
  if (!locked && (issue.status === "locked" || issue.status === "scheduled" || issue.status === "withdrawn")) {
    await tx.issue.update({ where: { id: issueId }, data: { status: "proofing", lockedAt: null } });
    return "proofing" as const;
  }
  return issue.status;
}

export async function signPage(user: SessionUser, pageId: string) {
  return getDb().$transaction(async (tx) => {
    const issueId = await lockIssueOf(tx, pageId);
    const { page, facts } = await lockPage(tx, pageId);
    enforceProof(maySign(user, facts));
    await tx.page.update({ where: { id: pageId }, data: { signedAt: new Date(), signedById: user.id } });
    const issueStatus = await settleIssueStatus(tx, issueId);
    await recordAudit({ actorId: user.id, action: "page.sign", objectType: "Page", objectId: pageId, before: { signed: false, issueStatus: page.issue.status }, after: { signed: true, issueStatus } }, tx);
    return { issueStatus };
  });
}

export async function unsignPage(user: SessionUser, pageId: string, reason: string) {
  return getDb().$transaction(async (tx) => {
    const issueId = await lockIssueOf(tx, pageId);
    const { page, facts } = await lockPage(tx, pageId);
    enforceProof(mayUnsign(user, facts, { published: displayStatus(page.issue, new Date()) === "published" }, reason));
    await tx.page.update({ where: { id: pageId }, data: { signedAt: null, signedById: null, unsignedAt: new Date() } });
    const issueStatus = await settleIssueStatus(tx, issueId);
    await recordAudit(
      {
        actorId: user.id, action: "page.unsign", objectType: "Page", objectId: pageId,
        before: { signedAt: page.signedAt?.toISOString() ?? null, signedById: page.signedById },
        after: { reason: reason.trim(), issueStatus },
      },
      tx,
    );
    const staff = [page.pageEditorId, page.layoutId, page.proofreaderId].filter((id): id is string => Boolean(id) && id !== user.id);
    await notifyUsers(tx, staff, "page.unsigned", {
      articleId: "", issueId, pageNumber: page.number,
      headline: pageHeadline(page.issue.number, page),
      byName: user.name, detail: reason.trim(),
    });
    return { issueStatus };
  });
}
