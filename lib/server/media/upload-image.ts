// A photo uploaded by staff: its real type is read from its bytes (never its
// name), it is decoded and re-encoded by sharp (orientation applied to the
// pixels, EXIF, GPS and every other metadata dropped) into a master, and the
// renditions (缩略图, web, print) are made from that master.
import "server-only";
import { randomUUID } from "node:crypto";
import { fileTypeFromBuffer } from "file-type";
import sharp from "sharp";
import { getDb } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { AppError } from "@/lib/domain/errors";
import { isAcceptedType, MAX_PIXELS, MAX_UPLOAD_BYTES, type AcceptedType } from "@/lib/domain/media";
import { recordAudit } from "@/lib/server/audit";
import type { SessionUser } from "@/lib/server/auth/session-user";
import { getStorage } from "@/lib/server/storage/storage";
import { makeRenditions, mediaFolder } from "./renditions";

/** The master is kept at most this size on its longest edge. */
const MASTER_EDGE = 4000;

/** PNG keeps its lossless master; photos (JPEG, WebP, phone HEIC) become JPEG. */
const MASTER_FORMAT: Record<AcceptedType, "jpeg" | "png"> = {
  "image/jpeg": "jpeg", "image/png": "png", "image/webp": "jpeg", "image/heic": "jpeg", "image/heif": "jpeg",
};

export async function uploadImage(user: SessionUser, file: { name: string; bytes: Buffer }) {
  if (file.bytes.length > MAX_UPLOAD_BYTES) throw new AppError("validation", "too large", "imageTooLarge");
  const detected = await fileTypeFromBuffer(file.bytes);
  if (!isAcceptedType(detected?.mime)) throw new AppError("validation", `type ${detected?.mime}`, "imageType");
  const mime = detected.mime;
  const heif = mime === "image/heic" || mime === "image/heif";

  const master = await decodeToMaster(file.bytes, MASTER_FORMAT[mime], heif);
  // Hex only: media ids appear in paths and URLs.
  const id = randomUUID().replaceAll("-", "");
  const storageKey = `${mediaFolder(id)}/original.${master.info.format === "png" ? "png" : "jpg"}`;
  await getStorage().put(storageKey, master.data, `image/${master.info.format}`);
  const renditions = await makeRenditions({
    id, master: master.data, width: master.info.width, height: master.info.height, crop: null, focalX: 0.5, focalY: 0.5,
  });
  const media = await getDb().media.create({
    data: {
      id,
      storageKey,
      originalName: cleanName(file.name),
      mimeType: `image/${master.info.format}`,
      bytes: master.data.length,
      width: master.info.width,
      height: master.info.height,
      renditions: renditions as Prisma.InputJsonValue,
      uploadedById: user.id,
    },
  });
  await recordAudit({ actorId: user.id, action: "media.upload", objectType: "Media", objectId: media.id, after: { mimeType: media.mimeType, bytes: media.bytes, width: media.width, height: media.height } });
  return { id: media.id, src: `/media/${media.id}`, width: media.width, height: media.height, originalName: media.originalName };
}

async function decodeToMaster(bytes: Buffer, format: "jpeg" | "png", heif: boolean) {
  try {
    const meta = await sharp(bytes).metadata();
    if ((meta.width ?? 0) * (meta.height ?? 0) > MAX_PIXELS) throw new AppError("validation", "too many pixels", "imageTooManyPixels");
    const image = sharp(bytes, { failOn: "error", limitInputPixels: MAX_PIXELS })
      .rotate() // apply the EXIF orientation to the pixels; the tag itself is not written again
      .resize({ width: MASTER_EDGE, height: MASTER_EDGE, fit: "inside", withoutEnlargement: true })
      .toColourspace("srgb");
    const encoded = format === "png" ? image.png({ compressionLevel: 9 }) : image.jpeg({ quality: 92, mozjpeg: true });
    return await encoded.toBuffer({ resolveWithObject: true });
  } catch (error) {
    if (error instanceof AppError) throw error;
    // sharp's prebuilt libvips reads AV1-coded HEIF, not the HEVC most phones write.
    if (heif) throw new AppError("validation", `heif: ${(error as Error).message}`, "imageHeicUnsupported");
    throw new AppError("validation", `undecodable: ${(error as Error).message}`, "imageCorrupt");
  }
}

/** The file name as the uploader knew it, for the library; never used as a path. */
function cleanName(name: string): string {
  return (name.replace(/[\u0000-\u001f\u007f]/g, "").trim() || "image").slice(0, 200);
}
