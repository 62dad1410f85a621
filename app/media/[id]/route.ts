// A photo at its larger web size (bodies saved before renditions point here).
import { serveMedia } from "@/lib/server/media/serve-media";

export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  return serveMedia(request, id, "web1600");
}
