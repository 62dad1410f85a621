// The files a backup carries besides the database: every stored file that a
// media row names (the original and each rendition).
import type pg from "pg";

export async function mediaKeys(client: pg.ClientBase): Promise<string[]> {
  const { rows } = await client.query<{ storageKey: string; renditions: Record<string, { key?: unknown }> | null }>(
    `SELECT "storageKey", renditions FROM "Media" ORDER BY id`,
  );
  const keys = new Set<string>();
  for (const row of rows) {
    keys.add(row.storageKey);
    for (const rendition of Object.values(row.renditions ?? {})) {
      if (typeof rendition?.key === "string") keys.add(rendition.key);
    }
  }
  return [...keys];
}

const TYPES: Record<string, string> = { jpg: "image/jpeg", jpeg: "image/jpeg", png: "image/png", webp: "image/webp", avif: "image/avif", gif: "image/gif" };

export function contentTypeOf(key: string): string {
  return TYPES[key.split(".").at(-1)?.toLowerCase() ?? ""] ?? "application/octet-stream";
}
