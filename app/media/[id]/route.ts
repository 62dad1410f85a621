// Uploaded images, for staff pages only until the reader site publishes them.
import { getSessionUser } from "@/lib/server/auth/session";
import { readImage } from "@/lib/server/media/upload-image";

export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  if (!(await getSessionUser())) return new Response(null, { status: 401 });
  const image = await readImage((await params).id);
  if (!image) return new Response(null, { status: 404 });
  return new Response(new Uint8Array(image.data), {
    headers: {
      "Content-Type": image.mimeType,
      "Cache-Control": "private, max-age=3600",
      "Content-Security-Policy": "default-src 'none'",
    },
  });
}
