// Edits a photo's metadata in the 图片库: 图片说明, credit (a contributor, 摄影
// or 供图), alt text, and the crop and focal point; a new crop or focal point
// makes new renditions from the master, under new keys.
import "server-only";
import { getDb } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { AppError } from "@/lib/domain/errors";
import { normalizeCrop, type Crop, type CreditRole, type Renditions } from "@/lib/domain/media";
import { recordAudit } from "@/lib/server/audit";
import type { SessionUser } from "@/lib/server/auth/session-user";
import { getStorage } from "@/lib/server/storage/storage";
import { isPublishedMedia } from "@/lib/server/site/reader";
import { makeRenditions } from "./renditions";

export interface MediaMetadata {
  caption: string;
  altText: string;
  creditContributorId: string | null;
  creditRole: CreditRole;
  focalX: number;
  focalY: number;
  crop: Crop | null;
}

export async function updateMedia(user: SessionUser, id: string, input: MediaMetadata) {
  const db = getDb();
  const media = await db.media.findUnique({ where: { id } });
  if (!media) throw new AppError("notFound", `media ${id}`, "mediaNotFound");
  if (input.creditContributorId) {
    const found = await db.contributor.count({ where: { id: input.creditContributorId } });
    if (!found) throw new AppError("validation", "unknown contributor");
  }
  const crop = input.crop ? normalizeCrop(input.crop) : null;
  const focalX = clamp01(input.focalX);
  const focalY = clamp01(input.focalY);
  const pixelsChanged =
    JSON.stringify(crop) !== JSON.stringify(media.crop ?? null) || focalX !== media.focalX || focalY !== media.focalY;

  let renditions = media.renditions as Renditions;
  // Readers' caches keep a published photo for a year: its pixels are settled.
  if (pixelsChanged && (await isPublishedMedia(id))) throw new AppError("validation", "published photo", "mediaPublishedCrop");
  if (pixelsChanged) {
    const master = await getStorage().get(media.storageKey);
    if (!master) throw new AppError("internal", `master missing for ${id}`);
    const old = Object.values(renditions).map((r) => r.key);
    renditions = await makeRenditions({ id, master, width: media.width, height: media.height, crop, focalX, focalY });
    const kept = new Set(Object.values(renditions).map((r) => r.key));
    await Promise.all(old.filter((key) => !kept.has(key)).map((key) => getStorage().delete(key)));
  }

  const data = {
    caption: input.caption.trim() || null,
    altText: input.altText.trim() || null,
    creditContributorId: input.creditContributorId,
    creditRole: input.creditRole,
    focalX,
    focalY,
    crop: crop ? (crop as unknown as Prisma.InputJsonValue) : Prisma.DbNull,
    renditions: renditions as Prisma.InputJsonValue,
  };
  const updated = await db.media.update({ where: { id }, data });
  await recordAudit({
    actorId: user.id, action: "media.update", objectType: "Media", objectId: id,
    before: { caption: media.caption, creditContributorId: media.creditContributorId, altText: media.altText },
    after: { caption: data.caption, creditContributorId: data.creditContributorId, altText: data.altText, pixelsChanged },
  });
  return updated;
}

function clamp01(v: number): number {
  return Number.isFinite(v) ? Math.min(1, Math.max(0, v)) : 0.5;
}

/**
 * A photo uploaded inside an article: the caption and alt text written there
 * also describe it in the 图片库, where it had none yet. Never overwrites.
 */
export async function describeMedia(user: SessionUser, id: string, input: { caption: string; altText: string }) {
  const db = getDb();
  const media = await db.media.findUnique({ where: { id }, select: { caption: true, altText: true, uploadedById: true } });
  if (!media) throw new AppError("notFound", `media ${id}`, "mediaNotFound");
  const data = {
    ...(!media.caption && input.caption.trim() ? { caption: input.caption.trim() } : {}),
    ...(!media.altText && input.altText.trim() ? { altText: input.altText.trim() } : {}),
  };
  if (Object.keys(data).length === 0) return { changed: false };
  await db.media.update({ where: { id }, data });
  await recordAudit({ actorId: user.id, action: "media.describe", objectType: "Media", objectId: id, after: data });
  return { changed: true };
}
