// JavaScript a view ships: every <script src> of its HTML (Next's chunks),
// fetched and gzipped at level 9 the way a CDN would serve them, plus inline
// scripts (the RSC payload Next inlines into every page). Zero-JavaScript
// figure: what the inline RSC payload alone weighs, which a page served as
// plain markup would drop along with the chunks.
import { gzipSync } from "node:zlib";

export interface JsBytes {
  view: string;
  path: string;
  scripts: number;
  /** Gzipped bytes of the external chunks. */
  chunksGzip: number;
  /** Gzipped bytes of inline scripts (self.__next_f RSC payload and the like). */
  inlineGzip: number;
}

const gz = (text: string | Uint8Array) => gzipSync(text, { level: 9 }).length;

export async function jsBytes(view: string, origin: string, path: string): Promise<JsBytes> {
  const html = await (await fetch(origin + path)).text();
  const sources = [...html.matchAll(/<script[^>]*\ssrc="([^"]+)"/g)].map((m) => m[1]!.replace(/&amp;/g, "&"));
  const inline = [...html.matchAll(/<script(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]!).filter((s) => s.trim() && !s.trim().startsWith("{"));
  let chunksGzip = 0;
  for (const src of new Set(sources)) {
    const body = new Uint8Array(await (await fetch(new URL(src, origin + path))).arrayBuffer());
    chunksGzip += gz(body);
  }
  return { view, path, scripts: new Set(sources).size, chunksGzip, inlineGzip: inline.length ? gz(inline.join("\n")) : 0 };
}
