// Generates a realistic archive into a database: a second paper, 《伊滨周报》
// (slug `zhoubao`), weekly since 2004, `issues` published issues of 8 pages ×
// 8 articles (1,000 → 64,000 articles of ~1,500 characters), with contributors,
// bylines, a revision per article, photo metadata, placements and the
// published snapshots that the reader site serves. A paper of its own, so the
// demo's 《伊滨新闻》 numbering and its default place at / stay as they are.
//
// Speed: rows are built in memory and sent by bulk insert (tables.ts). The
// secondary indexes of the filled tables are dropped first and built once at
// the end (one sorted build of a trigram GIN index is many times faster than
// 64k incremental inserts into it), then ANALYZE gives the planner real figures.
//
// CLI: `tsx scripts/bench/archive/generate.ts --issues 40` (DATABASE_URL names the database).
import pg from "pg";
import { DEMO_ACCOUNTS } from "../../../lib/domain/demo-accounts.ts";
import { issueRows, ARTICLES_PER_PAGE, PAGES_PER_ISSUE, type ArchiveContext, type Rows } from "./issue-rows.ts";
import { INSERT_ORDER, insertRows } from "./tables.ts";
import { loadCorpus, makeNames, seededRandom } from "./text.ts";

export const ARCHIVE_SLUG = "zhoubao";
const FIRST_ISSUE = Date.UTC(2004, 0, 7); // a Wednesday
const WEEK = 7 * 24 * 3600_000;

/** The n-th generated issue (1-based): its id and date, and the id of article `a` (0–7) of page `p`. */
export const archiveIssue = (n: number) => ({
  id: `zb${String(n).padStart(5, "0")}`,
  date: new Date(FIRST_ISSUE + (n - 1) * WEEK).toISOString().slice(0, 10),
  article: (p: number, a: number) => `zb${String(n).padStart(5, "0")}a${p}${a}`,
});
const ISSUES_PER_BATCH = 10;

export interface ArchiveStats {
  issues: number;
  articles: number;
  seconds: number;
  /** Of which building the indexes and ANALYZE. */
  indexSeconds: number;
  databaseBytes: number;
}

/**
 * `issues` published issues, then `locked` more that are 已付印 and wait to be
 * published (the bench times publishing one).
 */
export async function generateArchive(databaseUrl: string, issues: number, log: (line: string) => void = () => {}, locked = 0): Promise<ArchiveStats> {
  const started = performance.now();
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    await client.query("SET synchronous_commit = off; SET maintenance_work_mem = '512MB'");
    const ctx = await context(client);
    const dropped = await dropSecondaryIndexes(client);
    let rows: Rows = {};
    let year = 0;
    let number = 0;
    const total = issues + locked;
    for (let i = 0; i < total; i++) {
      const date = new Date(FIRST_ISSUE + i * WEEK); // archiveIssue(i + 1).date
      if (date.getUTCFullYear() !== year) [year, number] = [date.getUTCFullYear(), 0];
      issueRows(ctx, { id: archiveIssue(i + 1).id, date, number: ++number, totalNumber: i + 1, published: i < issues }, rows);
      if ((i + 1) % ISSUES_PER_BATCH === 0 || i === total - 1) {
        await client.query("BEGIN");
        for (const table of INSERT_ORDER) await insertRows(client, table, rows[table] ?? []);
        await client.query("COMMIT");
        rows = {};
        if ((i + 1) % 100 === 0) log(`  archive: ${i + 1}/${total} issues`);
      }
    }
    const indexStarted = performance.now();
    for (const definition of dropped) await client.query(definition);
    await client.query("ANALYZE");
    const { rows: size } = await client.query<{ bytes: string }>("SELECT pg_database_size(current_database()) AS bytes");
    return {
      issues,
      articles: total * PAGES_PER_ISSUE * ARTICLES_PER_PAGE,
      seconds: (performance.now() - started) / 1000,
      indexSeconds: (performance.now() - indexStarted) / 1000,
      databaseBytes: Number(size[0]!.bytes),
    };
  } finally {
    await client.end();
  }
}

/** The archive's publication, contributors and the demo staff who sign its pages (when seeded). */
async function context(client: pg.Client): Promise<ArchiveContext> {
  const random = seededRandom(20040107);
  const now = new Date();
  const publication = {
    slug: ARCHIVE_SLUG, name: "伊滨周报", registrationLine: "河南省连续性内部资料[审洛阳连]00019号", supervisor: "洛阳伊滨区管委会",
    sponsor: "洛阳伊滨区管委会", publisher: "区融媒体中心", circulationNote: "内部资料 免费交流", address: "伊滨区科技大道1号",
    hotline: "0379-00000000", submissionEmail: "zhoubao@folio.local", printRun: 5000, distribution: "区内机关、企事业单位", printer: "洛阳日报印刷厂",
  };
  const publicationId = "zbpublication";
  await client.query(
    `INSERT INTO "Publication" (id, slug, name, "registrationLine", supervisor, sponsor, publisher, "circulationNote", address, hotline, "submissionEmail", "printRun", distribution, printer, dateline, "internalCirculation", "updatedAt")
     VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10,$11,$12,$13,$14,'伊滨讯',true,now())`,
    [publicationId, publication.slug, publication.name, publication.registrationLine, publication.supervisor, publication.sponsor, publication.publisher,
      publication.circulationNote, publication.address, publication.hotline, publication.submissionEmail, publication.printRun, publication.distribution, publication.printer],
  );
  const contributors = makeNames(random, 400).map((name, i) => ({ id: `zbc${i}`, name }));
  await insertRows(client, "Contributor", contributors.map((c) => [c.id, c.name, "person", now, now]));

  const { rows: users } = await client.query<{ id: string; email: string }>(`SELECT id, email FROM "User" WHERE email = ANY($1)`, [DEMO_ACCOUNTS.map((a) => a.email)]);
  const idOf = (email: string) => users.find((u) => u.email === email)?.id ?? null;
  const nameOf = (email: string) => DEMO_ACCOUNTS.find((a) => a.email === email)?.name ?? "";
  return {
    publicationId,
    publication,
    format: { widthMm: 380, heightMm: 530, columns: 8 },
    corpus: loadCorpus(),
    contributors,
    staff: {
      reporterId: idOf("reporter@folio.local")!,
      chiefId: idOf("chief@folio.local")!,
      editorName: nameOf("editor@folio.local"),
      layoutName: nameOf("layout@folio.local"),
      proofName: nameOf("proof@folio.local"),
    },
    random,
  };
}

const FILLED_TABLES = INSERT_ORDER;

/**
 * Drops the filled tables' indexes other than primary keys; returns the
 * statements that make them again, with their columns' statistics targets
 * (search's pair indexes gather none: see their migration).
 */
async function dropSecondaryIndexes(client: pg.Client): Promise<string[]> {
  const { rows } = await client.query<{ name: string; definition: string; statistics: string[] }>(
    `SELECT i.indexname AS name, i.indexdef AS definition,
       ARRAY(SELECT format('ALTER INDEX %I ALTER COLUMN %s SET STATISTICS %s', i.indexname, a.attnum, a.attstattarget)
             FROM pg_attribute a WHERE a.attrelid = format('%I', i.indexname)::regclass AND a.attstattarget >= 0) AS statistics
     FROM pg_indexes i
     WHERE i.schemaname = current_schema() AND i.tablename = ANY($1)
       AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conname = i.indexname)`,
    [FILLED_TABLES],
  );
  for (const row of rows) await client.query(`DROP INDEX "${row.name}"`);
  return rows.flatMap((row) => [row.definition, ...row.statistics]);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const issues = Number(process.argv[process.argv.indexOf("--issues") + 1] ?? 40) || 40;
  if (!process.env.DATABASE_URL) throw new Error("Set DATABASE_URL to the database to fill.");
  const stats = await generateArchive(process.env.DATABASE_URL, issues, console.error);
  console.log(JSON.stringify(stats));
}
