// Uploaded images: for staff, and for readers once an article using the image
// is published in an issue they may see.
import { getSessionUser } from "@/lib/server/auth/session";
import { readImage } from "@/lib/server/media/upload-image";
import { isPublishedMedia } from "@/lib/server/site/reader";

export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const staff = Boolean(await getSessionUser());
  if (!staff && !(await isPublishedMedia(id))) return new Response(null, { status: staff ? 404 : 401 });
  const image = await readImage(id);
  if (!image) return new Response(null, { status: 404 });
  return new Response(new Uint8Array(image.data), {
    headers: {
      "Content-Type": image.mimeType,
      // Short for readers: a withdrawn issue's pictures must leave shared caches soon.
      "Cache-Control": staff ? "private, max-age=3600" : "public, max-age=300",
      "Content-Security-Policy": "default-src 'none'",
    },
  });
}
