import { AppError } from "@/lib/domain/errors";
import { MAX_IMAGE_BYTES, uploadImage } from "@/lib/server/media/upload-image";
import { deskRoute } from "@/lib/server/route";

export const POST = deskRoute("media.upload", async (request, user) => {
  // Refuse an oversize upload before reading it into memory.
  if (Number(request.headers.get("content-length") ?? 0) > MAX_IMAGE_BYTES + 64 * 1024) {
    throw new AppError("validation", "upload too large", "imageTooLarge");
  }
  const form = await request.formData().catch(() => null);
  const file = form?.get("file");
  if (!(file instanceof File)) throw new AppError("validation", "no file", "imageType");
  const uploaded = await uploadImage(user, { name: file.name, bytes: Buffer.from(await file.arrayBuffer()) });
  return Response.json({ mediaId: uploaded.id, src: uploaded.src }, { status: 201 });
});
