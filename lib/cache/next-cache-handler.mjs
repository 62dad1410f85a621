// Next's cache (ISR pages, route handler responses) for several app instances
// behind one PostgreSQL. Plain JavaScript: Next imports this file at run time
// (next.config.ts `cacheHandler`), outside its bundler.
//
// Why this shape: each instance keeps what it rendered in its own memory (a
// read never leaves the process, so cached throughput is that of Next's own
// memory cache), and invalidation is shared: revalidatePath / revalidateTag on
// any instance writes the tags to "CacheTagRevalidation" and NOTIFYs every
// instance in the same transaction. Each instance LISTENs and marks the tags
// revalidated at the moment it hears of them (its own clock: no cross-machine
// clock comparison), so an entry cached before that moment is a miss from then
// on — an unpublished issue is not served by any instance. Stricter than
// Next's default, which may serve a revalidated page once more while it
// re-renders: here the next request renders. The table is re-read every few
// seconds as well, in case a notification was lost while a connection was down.
//
// A shared store of the rendered pages themselves (every instance serving what
// one rendered) would save renders but put a database read in every cached
// request; the nginx cache in front (deploy/nginx/folio.conf) already shares
// rendered pages between instances.
import pg from "pg";

const CHANNEL = "folio_next_cache";
const RESYNC_MS = 5_000;
const MAX_BYTES = Number(process.env.FOLIO_CACHE_MAX_BYTES ?? 256 * 1024 * 1024);

/** @typedef {{ value: unknown, lastModified: number, cacheControl?: unknown, tags: string[], bytes: number }} Entry */

/** One state per process, however many handler objects Next makes (one per request). */
const state = (globalThis.__folioNextCache ??= {
  /** @type {Map<string, Entry>} insertion order = least recently used first */
  entries: new Map(),
  bytes: 0,
  /** tag → local time (ms) at which this instance learned it was revalidated */
  revalidated: new Map(),
  /** tag → the database's revalidatedAt as last read, to spot changes on resync */
  seen: new Map(),
  started: null,
  pool: null,
});

/** Is an entry made at `lastModified` with these tags stale, given when each tag was revalidated? */
export function isStale(tags, lastModified, revalidated) {
  for (const tag of tags) {
    const at = revalidated.get(tag);
    if (at !== undefined && at >= lastModified) return true;
  }
  return false;
}

/** The tags of an entry: the ones Next wrote into a page's headers, and those it asks with. */
export function tagsOf(value, ctx) {
  const header = value?.headers?.["x-next-cache-tags"];
  const own = typeof header === "string" && header ? header.split(",") : [];
  return [...own, ...(ctx?.tags ?? []), ...(ctx?.softTags ?? [])];
}

function sizeOf(value) {
  if (!value || typeof value !== "object") return 64;
  let bytes = 256;
  for (const part of [value.html, value.rscData, value.body, value.data?.body]) {
    if (typeof part === "string") bytes += part.length * 2;
    else if (part && typeof part.byteLength === "number") bytes += part.byteLength;
  }
  if (value.segmentData instanceof Map) for (const segment of value.segmentData.values()) bytes += segment.byteLength ?? 0;
  return bytes;
}

function markRevalidated(tags, now = Date.now()) {
  for (const tag of tags) state.revalidated.set(tag, now);
}

async function resync() {
  const { rows } = await state.pool.query(`SELECT tag, "revalidatedAt" FROM "CacheTagRevalidation"`);
  const changed = [];
  for (const row of rows) {
    const at = String(row.revalidatedAt);
    if (state.seen.get(row.tag) !== at) changed.push(row.tag);
    state.seen.set(row.tag, at);
  }
  markRevalidated(changed);
}

async function listen(url) {
  const client = new pg.Client({ connectionString: url });
  client.on("notification", (message) => {
    try {
      markRevalidated(JSON.parse(message.payload ?? "[]"));
    } catch {
      // A payload of another version: the resync catches up.
    }
  });
  client.on("error", () => {
    // Reconnect; the resync covers what was missed meanwhile.
    client.end().catch(() => {});
    setTimeout(() => listen(url).catch(() => {}), 1_000).unref();
  });
  await client.connect();
  await client.query(`LISTEN ${CHANNEL}`);
}

/** Connects once per process. Without DATABASE_URL (next build) the cache is this process's alone. */
function start() {
  const url = process.env.DATABASE_URL;
  if (!url) return (state.started = Promise.resolve());
  state.started = (async () => {
    state.pool = new pg.Pool({ connectionString: url, max: 2 });
    await listen(url);
    // What was revalidated before this instance started concerns no entry of it yet.
    const { rows } = await state.pool.query(`SELECT tag, "revalidatedAt" FROM "CacheTagRevalidation"`);
    for (const row of rows) state.seen.set(row.tag, String(row.revalidatedAt));
    setInterval(() => resync().catch(() => {}), RESYNC_MS).unref();
  })().catch((error) => {
    // No shared invalidation without the database: cache nothing rather than serve stale pages.
    state.failed = error;
  });
  return state.started;
}

export default class FolioCacheHandler {
  constructor() {
    if (!state.started) start();
  }

  async get(key, ctx) {
    await state.started;
    if (state.failed) return null;
    const entry = state.entries.get(key);
    if (!entry) return null;
    if (isStale([...entry.tags, ...tagsOf(entry.value, ctx)], entry.lastModified, state.revalidated)) {
      this.#drop(key);
      return null;
    }
    // Most recently used last.
    state.entries.delete(key);
    state.entries.set(key, entry);
    return { value: entry.value, lastModified: entry.lastModified, cacheControl: entry.cacheControl };
  }

  async set(key, value, ctx) {
    await state.started;
    if (state.failed) return;
    this.#drop(key);
    if (value === null) return;
    const entry = { value, lastModified: Date.now(), cacheControl: ctx?.cacheControl, tags: ctx?.tags ?? [], bytes: sizeOf(value) };
    state.entries.set(key, entry);
    state.bytes += entry.bytes;
    for (const [oldest] of state.entries) {
      if (state.bytes <= MAX_BYTES) break;
      this.#drop(oldest);
    }
  }

  async revalidateTag(tags) {
    const list = [...new Set(typeof tags === "string" ? [tags] : tags)];
    if (list.length === 0) return;
    markRevalidated(list);
    await state.started;
    if (!state.pool) return;
    const client = await state.pool.connect();
    try {
      // One transaction: the NOTIFY goes out when the rows are committed.
      await client.query("BEGIN");
      await client.query(
        `INSERT INTO "CacheTagRevalidation" (tag, "revalidatedAt") SELECT unnest($1::text[]), $2
         ON CONFLICT (tag) DO UPDATE SET "revalidatedAt" = GREATEST("CacheTagRevalidation"."revalidatedAt", EXCLUDED."revalidatedAt")`,
        [list, Date.now()],
      );
      await client.query("SELECT pg_notify($1, $2)", [CHANNEL, JSON.stringify(list)]);
      await client.query("COMMIT");
    } catch (error) {
      await client.query("ROLLBACK").catch(() => {});
      throw error;
    } finally {
      client.release();
    }
  }

  resetRequestCache() {}

  #drop(key) {
    const entry = state.entries.get(key);
    if (!entry) return;
    state.entries.delete(key);
    state.bytes -= entry.bytes;
  }
}
