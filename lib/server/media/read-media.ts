// The bytes of a photo's rendition, for the media route. Who may see it is the
// route's decision (staff, or readers of a published article).
import "server-only";
import { getDb } from "@/lib/db";
import type { RenditionName, Renditions } from "@/lib/domain/media";
import { getStorage } from "@/lib/server/storage/storage";

export async function readRendition(id: string, name: RenditionName | "original") {
  if (!/^[a-z0-9]{1,40}$/i.test(id)) return null;
  const media = await getDb().media.findUnique({ where: { id }, select: { storageKey: true, mimeType: true, renditions: true } });
  if (!media) return null;
  const rendition = name === "original" ? null : (media.renditions as Renditions)[name];
  // Photos uploaded before renditions existed have their master only.
  const key = rendition?.key ?? media.storageKey;
  const data = await getStorage().get(key);
  return data ? { data, mimeType: rendition?.mimeType ?? media.mimeType, key } : null;
}
