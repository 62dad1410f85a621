// A CSV download: UTF-8, never cached, named in Chinese (RFC 6266's
// filename*, with a plain ASCII name for clients that read only filename).
import "server-only";

/** RFC 5987 ext-value: percent-encoded UTF-8, with the characters encodeURIComponent leaves alone but the RFC does not. */
function encodeRfc5987(value: string): string {
  return encodeURIComponent(value).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

export function csvResponse(body: BodyInit, fileName: string, asciiName: string): Response {
  return new Response(body, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="${asciiName}"; filename*=UTF-8''${encodeRfc5987(fileName)}`,
      "Cache-Control": "no-store",
      "X-Content-Type-Options": "nosniff",
    },
  });
}
