// One rendition of a photo: thumb, web800, web1600 or print (and, for staff, the uncropped original).
import { isRenditionName } from "@/lib/domain/media";
import { serveMedia } from "@/lib/server/media/serve-media";

export async function GET(request: Request, { params }: { params: Promise<{ id: string; rendition: string }> }) {
  const { id, rendition } = await params;
  if (!isRenditionName(rendition) && rendition !== "original") return new Response(null, { status: 404 });
  return serveMedia(request, id, rendition);
}
