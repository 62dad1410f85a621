// The 图片库 over HTTP for the desk's own pages: POST uploads one photo (a
// route, not a server action, so the browser can report upload progress); GET
// searches the library for the editor's picker.
import { AppError } from "@/lib/domain/errors";
import { MAX_UPLOAD_BYTES, parseMediaQuery } from "@/lib/domain/media";
import { toLibraryItem } from "@/lib/server/media/library-item";
import { listMedia } from "@/lib/server/media/list-media";
import { uploadImage } from "@/lib/server/media/upload-image";
import { deskRoute } from "@/lib/server/route";

export const POST = deskRoute("media.upload", async (request, user) => {
  // Refuse an oversize upload before reading it into memory.
  if (Number(request.headers.get("content-length") ?? 0) > MAX_UPLOAD_BYTES + 64 * 1024) {
    throw new AppError("validation", "upload too large", "imageTooLarge");
  }
  const form = await request.formData().catch(() => null);
  const file = form?.get("file");
  if (!(file instanceof File)) throw new AppError("validation", "no file", "imageType");
  const uploaded = await uploadImage(user, { name: file.name, bytes: Buffer.from(await file.arrayBuffer()) });
  return Response.json({ mediaId: uploaded.id, src: uploaded.src, width: uploaded.width, height: uploaded.height }, { status: 201 });
});

export const GET = deskRoute("media.upload", async (request) => {
  const params = Object.fromEntries(new URL(request.url).searchParams);
  const result = await listMedia(parseMediaQuery(params));
  return Response.json(
    { total: result.total, page: result.page, pages: result.pages, items: result.items.map(toLibraryItem) },
    { headers: { "Cache-Control": "private, no-store" } },
  );
});
