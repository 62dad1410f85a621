// Changes to a page's layout: place, move, resize, reorder, remove, jump.
// Each names the page version it was based on; a stale change is refused
// (like a stale article save), so no one's layout is silently undone.
import "server-only";
import { getDb } from "@/lib/db";
import type { Tx } from "@/lib/db/client";
import { clampBox, mayComposePage, suggestColumnStart } from "@/lib/domain/composition-rules";
import { AppError } from "@/lib/domain/errors";
import { pageGrid } from "@/lib/domain/page-grid";
import { recordAudit } from "@/lib/server/audit";
import type { SessionUser } from "@/lib/server/auth/session-user";

type PageRow = NonNullable<Awaited<ReturnType<typeof findPage>>>;

function findPage(tx: Pick<Tx, "page">, pageId: string) {
  return tx.page.findUnique({ where: { id: pageId }, include: { issue: { include: { publication: true } } } });
}

/** Runs `change` on the page if the user may compose it and `baseVersion` is current; returns the new version. */
async function changePage(
  user: SessionUser,
  pageId: string,
  baseVersion: number,
  action: string,
  change: (tx: Tx, page: PageRow) => Promise<Record<string, unknown>>,
): Promise<{ version: number } & Record<string, unknown>> {
  return getDb().$transaction(async (tx) => {
    const page = await findPage(tx, pageId);
    if (!page) throw new AppError("notFound", "page", "pageNotFound");
    assertComposable(user, page);
    const bumped = await tx.page.updateMany({ where: { id: pageId, version: baseVersion }, data: { version: { increment: 1 } } });
    if (bumped.count === 0) throw new AppError("conflict", "stale page", "pageStale");
    const after = await change(tx, page);
    await recordAudit({ actorId: user.id, action, objectType: "Page", objectId: pageId, before: { version: baseVersion }, after: { ...after, version: baseVersion + 1 } as object }, tx);
    return { ...after, version: baseVersion + 1 };
  });
}

function assertComposable(user: SessionUser, page: { pageEditorId: string | null; layoutId: string | null; signedAt: Date | null }) {
  if (page.signedAt) throw new AppError("forbidden", "signed page", "pageLocked");
  if (!mayComposePage(user, { pageEditorId: page.pageEditorId, layoutId: page.layoutId, signed: false })) {
    throw new AppError("forbidden", "not this page's staff", "notAllowed");
  }
}

async function placementOn(tx: Tx, pageId: string, placementId: string) {
  const placement = await tx.placement.findFirst({ where: { id: placementId, pageId }, include: { continuedOn: true } });
  if (!placement) throw new AppError("notFound", "placement", "pageStale");
  return placement;
}

async function nextPosition(tx: Tx, pageId: string) {
  const last = await tx.placement.findFirst({ where: { pageId }, orderBy: { position: "desc" }, select: { position: true } });
  return (last?.position ?? 0) + 1;
}

/** 上版: a released article from the publication's pool onto the page. */
export function placeArticle(user: SessionUser, { pageId, baseVersion, articleId }: { pageId: string; baseVersion: number; articleId: string }) {
  return changePage(user, pageId, baseVersion, "placement.create", async (tx, page) => {
    const article = await tx.article.findUnique({ where: { id: articleId }, select: { status: true, publicationId: true, version: true } });
    if (!article || article.status !== "released" || article.publicationId !== page.issue.publicationId) {
      throw new AppError("validation", "not released", "notReleased");
    }
    // An article is printed once: it must not stand on any page yet.
    const placed = await tx.placement.count({ where: { articleId } });
    if (placed > 0) throw new AppError("conflict", "already placed", "alreadyPlaced");
    const grid = pageGrid({ widthMm: page.issue.publication.pageWidthMm, heightMm: page.issue.publication.pageHeightMm, columns: page.columns }, page.number);
    const span = Math.min(4, page.columns);
    const existing = await tx.placement.findMany({ where: { pageId }, select: { columnStart: true, columnSpan: true, height: true } });
    const placement = await tx.placement.create({
      data: {
        pageId, articleId, position: await nextPosition(tx, pageId), placedVersion: article.version, placedById: user.id,
        ...clampBox({ columnStart: suggestColumnStart(existing, span, page.columns), columnSpan: span, height: 24, headlineSize: 28 }, page.columns, grid.rows),
      },
    });
    return { placementId: placement.id, articleId };
  });
}

export interface BoxChange {
  columnStart: number;
  columnSpan: number;
  height: number;
  headlineSize: number;
}

/** 组版: the box on the column grid: where it starts, how wide and tall, the headline size. */
export function changeBox(user: SessionUser, { pageId, baseVersion, placementId, box }: { pageId: string; baseVersion: number; placementId: string; box: BoxChange }) {
  return changePage(user, pageId, baseVersion, "placement.box", async (tx, page) => {
    await placementOn(tx, pageId, placementId);
    const grid = pageGrid({ widthMm: page.issue.publication.pageWidthMm, heightMm: page.issue.publication.pageHeightMm, columns: page.columns }, page.number);
    const clamped = clampBox(box, page.columns, grid.rows);
    await tx.placement.update({ where: { id: placementId }, data: clamped });
    return { placementId, ...clamped };
  });
}

/**
 * 配图: which of the article's photos its box prints (null: the body's first
 * figure). Only a photo the article itself uses may stand in its box.
 */
export function setPlacementPhoto(user: SessionUser, { pageId, baseVersion, placementId, mediaId }: { pageId: string; baseVersion: number; placementId: string; mediaId: string | null }) {
  return changePage(user, pageId, baseVersion, "placement.photo", async (tx) => {
    const placement = await placementOn(tx, pageId, placementId);
    if (mediaId) {
      const used = await tx.articleMedia.findUnique({ where: { articleId_mediaId: { articleId: placement.articleId, mediaId } } });
      if (!used) throw new AppError("validation", "photo not in the article", "mediaNotFound");
    }
    await tx.placement.update({ where: { id: placementId }, data: { mediaId } });
    return { placementId, mediaId };
  });
}

/** The order of the page's articles, top to bottom. */
export function reorderPlacements(user: SessionUser, { pageId, baseVersion, order }: { pageId: string; baseVersion: number; order: string[] }) {
  return changePage(user, pageId, baseVersion, "placement.reorder", async (tx) => {
    const current = await tx.placement.findMany({ where: { pageId }, select: { id: true } });
    if (current.length !== order.length || !current.every((p) => order.includes(p.id))) throw new AppError("conflict", "order", "pageStale");
    for (const [index, id] of order.entries()) await tx.placement.update({ where: { id }, data: { position: index + 1 } });
    return { order };
  });
}

/** 撤稿: off the page; a first part takes its continuation with it. */
export function removePlacement(user: SessionUser, { pageId, baseVersion, placementId }: { pageId: string; baseVersion: number; placementId: string }) {
  return changePage(user, pageId, baseVersion, "placement.remove", async (tx) => {
    const placement = await placementOn(tx, pageId, placementId);
    // The other part's page changes too (its part goes, or loses its 下转 line).
    const otherPart = placement.continuedOn ?? (placement.continuesFromId ? await tx.placement.findUnique({ where: { id: placement.continuesFromId } }) : null);
    if (otherPart) {
      const otherPage = await tx.page.findUniqueOrThrow({ where: { id: otherPart.pageId }, select: { signedAt: true } });
      if (otherPage.signedAt) throw new AppError("forbidden", "other part on a signed page", "pageLocked");
      await tx.page.update({ where: { id: otherPart.pageId }, data: { version: { increment: 1 } } });
    }
    if (placement.continuedOn) await tx.placement.delete({ where: { id: placement.continuedOn.id } });
    await tx.placement.delete({ where: { id: placementId } });
    return { placementId, articleId: placement.articleId };
  });
}

/** 转版: the rest of the article continues on another page of the issue. */
export function jumpPlacement(user: SessionUser, { pageId, baseVersion, placementId, toPageId }: { pageId: string; baseVersion: number; placementId: string; toPageId: string }) {
  return changePage(user, pageId, baseVersion, "placement.jump", async (tx, page) => {
    const placement = await placementOn(tx, pageId, placementId);
    const target = await findPage(tx, toPageId);
    if (!target || target.issueId !== page.issueId || target.id === pageId || placement.continuesFromId || placement.continuedOn) {
      throw new AppError("validation", "jump target", "jumpTarget");
    }
    assertComposable(user, target);
    const continuation = await tx.placement.create({
      data: {
        pageId: toPageId, articleId: placement.articleId, position: await nextPosition(tx, toPageId), continuesFromId: placement.id,
        columnStart: 1, columnSpan: placement.columnSpan, height: 16, headlineSize: 18, placedVersion: placement.placedVersion, placedById: user.id,
      },
    });
    // The other page changed too: whoever has it open must reload before changing it.
    await tx.page.update({ where: { id: toPageId }, data: { version: { increment: 1 } } });
    return { placementId, continuationId: continuation.id, toPage: target.number };
  });
}

/** 确认改动: layout has seen what changed in the article since it was placed. */
export function acknowledgeArticleChange(user: SessionUser, { pageId, baseVersion, placementId }: { pageId: string; baseVersion: number; placementId: string }) {
  return changePage(user, pageId, baseVersion, "placement.acknowledge", async (tx) => {
    const placement = await placementOn(tx, pageId, placementId);
    const article = await tx.article.findUniqueOrThrow({ where: { id: placement.articleId }, select: { version: true } });
    await tx.placement.update({ where: { id: placementId }, data: { placedVersion: article.version } });
    return { placementId, placedVersion: article.version };
  });
}

const PRESENCE_WINDOW_MS = 60_000;

/** Marks the user as having the page open; returns who else does. */
export async function touchPresence(user: SessionUser, pageId: string) {
  const db = getDb();
  const page = await db.page.findUnique({ where: { id: pageId }, select: { version: true, pageEditorId: true, layoutId: true, signedAt: true } });
  if (!page) throw new AppError("notFound", "page", "pageNotFound");
  // Only those who can change the page count as "also editing"; readers just read.
  if (mayComposePage(user, { pageEditorId: page.pageEditorId, layoutId: page.layoutId, signed: page.signedAt !== null })) await db.pagePresence.upsert({ where: { pageId_userId: { pageId, userId: user.id } }, create: { pageId, userId: user.id }, update: { seenAt: new Date() } });
  const others = await db.pagePresence.findMany({
    where: { pageId, userId: { not: user.id }, seenAt: { gte: new Date(Date.now() - PRESENCE_WINDOW_MS) } },
    select: { user: { select: { id: true, name: true } } },
  });
  return { others: others.map((o) => o.user), version: page.version };
}
