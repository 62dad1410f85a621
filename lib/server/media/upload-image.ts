// A photo uploaded from the editor: its real type is read from its bytes (not
// its name), it is re-encoded by sharp (which drops EXIF, GPS included, after
// applying the orientation) and stored. Renditions come with the media library.
import "server-only";
import { randomUUID } from "node:crypto";
import { fileTypeFromBuffer } from "file-type";
import sharp, { type OutputInfo } from "sharp";
import { getDb } from "@/lib/db";
import { AppError } from "@/lib/domain/errors";
import type { SessionUser } from "@/lib/server/auth/session-user";
import { getStorage } from "@/lib/server/storage/storage";

export const MAX_IMAGE_BYTES = 20 * 1024 * 1024;
const MAX_EDGE = 3000;
const FORMATS = { "image/jpeg": "jpeg", "image/png": "png", "image/webp": "webp" } as const;
type Mime = keyof typeof FORMATS;

export async function uploadImage(user: SessionUser, file: { name: string; bytes: Buffer }) {
  if (file.bytes.length > MAX_IMAGE_BYTES) throw new AppError("validation", "too large", "imageTooLarge");
  const detected = await fileTypeFromBuffer(file.bytes);
  if (!detected || !(detected.mime in FORMATS)) throw new AppError("validation", `type ${detected?.mime}`, "imageType");
  const mime = detected.mime as Mime;

  let output: { data: Buffer; info: OutputInfo };
  try {
    output = await sharp(file.bytes, { failOn: "error" })
      .rotate()
      .resize({ width: MAX_EDGE, height: MAX_EDGE, fit: "inside", withoutEnlargement: true })
      .toFormat(FORMATS[mime], { quality: 85 })
      .toBuffer({ resolveWithObject: true });
  } catch {
    throw new AppError("validation", "undecodable image", "imageCorrupt");
  }

  const id = randomUUID();
  const storageKey = `media/${id.slice(0, 2)}/${id}.${detected.ext}`;
  await getStorage().put(storageKey, output.data);
  const media = await getDb().media.create({
    data: {
      id,
      storageKey,
      originalName: file.name.slice(0, 200),
      mimeType: mime,
      bytes: output.data.length,
      width: output.info.width,
      height: output.info.height,
      uploadedById: user.id,
    },
  });
  return { id: media.id, src: `/media/${media.id}` };
}

/** A stored image for staff pages (readers get published files with the reader site). */
export async function readImage(id: string) {
  const media = await getDb().media.findUnique({ where: { id }, select: { storageKey: true, mimeType: true } });
  if (!media) return null;
  const data = await getStorage().get(media.storageKey);
  return data ? { data, mimeType: media.mimeType } : null;
}
