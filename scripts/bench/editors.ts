// Editors and readers together: `editors` people each autosave their own
// draft every 2 s (PUT /api/articles/{id}, what the editor sends after a pause),
// for `seconds`, while readers load a cached article at full speed. Reports the
// autosave round trip p50/p99 and the readers' requests/s.
import pg from "pg";
import { loadRun, type LoadOptions, type LoadResult } from "./load.ts";

export interface AutosaveResult {
  editors: number;
  saves: number;
  failures: number;
  p50Ms: number;
  p99Ms: number;
}

/** Drafts by the demo editor, one per simulated editor; `prefix` keeps each run's apart. */
export async function createDrafts(databaseUrl: string, count: number, prefix = "benchdraft"): Promise<string[]> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const { rows } = await client.query<{ id: string; publicationId: string }>(
      `SELECT u.id, (SELECT id FROM "Publication" ORDER BY "isDefault" DESC LIMIT 1) AS "publicationId" FROM "User" u WHERE u.email = 'editor@folio.local'`,
    );
    const { id: editorId, publicationId } = rows[0]!;
    const ids = Array.from({ length: count }, (_, i) => `${prefix}${i}`);
    for (const id of ids) {
      await client.query(
        `INSERT INTO "Article" (id, "publicationId", headline, body, "bodyText", status, "createdById", "updatedAt") VALUES ($1, $2, '自动保存测试', '{"type":"doc","content":[]}', '', 'draft', $3, now())`,
        [id, publicationId, editorId],
      );
    }
    return ids;
  } finally {
    await client.end();
  }
}

const SENTENCE = "伊滨区持续优化营商环境，推动重点项目建设提速增效。";

async function editor(origin: string, cookie: string, articleId: string, until: number, latencies: number[], failures: { n: number }): Promise<void> {
  let version = 1;
  let text = "";
  // Spread the editors over the 2 s interval, as real people are.
  await new Promise((r) => setTimeout(r, Math.random() * 2000));
  while (Date.now() < until) {
    const started = performance.now();
    text += SENTENCE;
    const body = { type: "doc", content: [{ type: "paragraph", content: [{ type: "text", text }] }] };
    try {
      const response = await fetch(`${origin}/api/articles/${articleId}`, {
        method: "PUT",
        headers: { "Content-Type": "application/json", Cookie: cookie, Origin: origin },
        body: JSON.stringify({ baseVersion: version, fields: { kicker: "", headline: "自动保存测试", subheadline: "", column: "", dateline: "" }, body, bylines: [] }),
      });
      const json = (await response.json()) as { ok?: boolean; version?: number };
      if (response.ok && json.version) version = json.version;
      else failures.n++;
    } catch {
      failures.n++;
    }
    latencies.push(performance.now() - started);
    await new Promise((r) => setTimeout(r, Math.max(0, 2000 - (performance.now() - started))));
  }
}

export interface Together {
  autosave: AutosaveResult;
  readers: LoadResult;
  /** The run the readers' throughput is compared with: the same page, idle. */
  idle: string;
}

export async function editorsAndReaders(
  name: string, origin: string, cookie: string, drafts: string[], readerPath: string, options: LoadOptions, idle: string,
): Promise<Together> {
  const latencies: number[] = [];
  const failures = { n: 0 };
  const until = Date.now() + (options.warmupSeconds + options.seconds) * 1000;
  const editing = Promise.all(drafts.map((id) => editor(origin, cookie, id, until, latencies, failures)));
  const readers = await loadRun(name, origin, readerPath, options);
  await editing;
  latencies.sort((a, b) => a - b);
  const at = (q: number) => latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))] ?? Number.NaN;
  return { autosave: { editors: drafts.length, saves: latencies.length, failures: failures.n, p50Ms: at(0.5), p99Ms: at(0.99) }, readers, idle };
}
