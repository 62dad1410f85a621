// The response for a photo's rendition: staff see every photo; readers only
// those of an article they can read now (a published, not withdrawn issue).
import "server-only";
import type { RenditionName } from "@/lib/domain/media";
import { getDb } from "@/lib/db";
import { getSessionUser } from "@/lib/server/auth/session";
import { verifyPrintToken } from "@/lib/server/print/print-token";
import { isPublishedMedia } from "@/lib/server/site/reader";
import { readRendition } from "./read-media";

/** `original`, the uncropped master, is for staff only: they set crops and focal points on it. */
export async function serveMedia(request: Request, id: string, name: RenditionName | "original"): Promise<Response> {
  const staff = Boolean(await getSessionUser());
  if (!staff && name === "original") return new Response(null, { status: 404, headers: { "Cache-Control": "no-store" } });
  const printing = !staff && (await isForPrint(request, id));
  // Unpublished photos do not exist for readers: 404, not 401, so nothing is confirmed.
  if (!staff && !printing && !(await isPublishedMedia(id))) return new Response(null, { status: 404, headers: { "Cache-Control": "no-store" } });
  const image = await readRendition(id, name);
  if (!image) return new Response(null, { status: 404, headers: { "Cache-Control": "no-store" } });
  // A rendition's key changes with its pixels (a re-crop writes new keys), so the key is its ETag.
  const etag = `"${Buffer.from(image.key).toString("base64url").slice(-40)}"`;
  const headers = {
    "Content-Type": image.mimeType,
    ETag: etag,
    // Readers: published photos do not change, so caches keep them for a year.
    // Staff: always revalidate (cheap with the ETag), since crops change before publication.
    "Cache-Control": staff || printing ? "private, no-cache" : "public, max-age=31536000, immutable",
    "Content-Security-Policy": "default-src 'none'",
    "X-Content-Type-Options": "nosniff",
  };
  if (request.headers.get("if-none-match") === etag) return new Response(null, { status: 304, headers });
  return new Response(new Uint8Array(image.data), { headers });
}

/** The server's own Chromium printing a proof: a valid print token for an issue whose pages show this photo. */
async function isForPrint(request: Request, mediaId: string): Promise<boolean> {
  const params = new URL(request.url).searchParams;
  const issueId = params.get("issue");
  const token = params.get("token");
  if (!issueId || !token || !verifyPrintToken(token, issueId)) return false;
  const used = await getDb().placement.findFirst({
    where: { page: { issueId }, OR: [{ mediaId }, { article: { media: { some: { mediaId } } } }] },
    select: { id: true },
  });
  return used !== null;
}
