// The migrations must build exactly the schema that prisma/schema.prisma
// describes: the run's database was built by `migrate deploy`; a scratch
// database is built straight from the schema; their catalogs must agree,
// but for what a Prisma schema cannot say, written in migrations by hand.
import { mkdtempSync, readFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, expect, inject, it } from "vitest";
import { runPrisma } from "../../scripts/prisma";

const QUERIES = {
  columns: `SELECT table_name, column_name, data_type, udt_name, is_nullable, column_default
            FROM information_schema.columns
            WHERE table_schema = 'public' AND table_name <> '_prisma_migrations' ORDER BY 1, 2`,
  constraints: `SELECT conrelid::regclass::text AS table_name, conname, pg_get_constraintdef(oid) AS definition
                FROM pg_constraint WHERE connamespace = 'public'::regnamespace
                AND conrelid::regclass::text <> '_prisma_migrations' ORDER BY 1, 2`,
  indexes: `SELECT tablename, indexname, indexdef FROM pg_indexes
            WHERE schemaname = 'public' AND tablename <> '_prisma_migrations' ORDER BY 1, 2`,
  enums: `SELECT t.typname, e.enumlabel, e.enumsortorder FROM pg_type t JOIN pg_enum e ON e.enumtypid = t.oid
          ORDER BY 1, 3`,
};

async function catalog(url: string) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const entries = await Promise.all(
      Object.entries(QUERIES).map(async ([name, sql]) => [name, (await client.query(sql)).rows] as const),
    );
    return Object.fromEntries(entries);
  } finally {
    await client.end();
  }
}

/** Indexes on expressions (search's character pairs, migration 20261121213500_search_bigrams). */
const BEYOND_SCHEMA = ["PublishedArticle_headline_bigrams_idx", "PublishedArticle_search_bigrams_idx"];

const cleanups: (() => Promise<void>)[] = [];
afterAll(async () => {
  for (const cleanup of cleanups) await cleanup();
});

it("the migrations build the schema that schema.prisma describes", async () => {
  const migratedUrl = inject("databaseUrl");
  const scratchName = `folio_schema_${Date.now()}`;
  const adminUrl = new URL(migratedUrl);
  adminUrl.pathname = "/postgres";
  const admin = new pg.Client({ connectionString: adminUrl.toString() });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${pg.escapeIdentifier(scratchName)}`);
  cleanups.push(async () => {
    await admin.query(`DROP DATABASE IF EXISTS ${pg.escapeIdentifier(scratchName)} WITH (FORCE)`);
    await admin.end();
  });

  const sqlFile = path.join(mkdtempSync(path.join(os.tmpdir(), "folio-schema-")), "schema.sql");
  runPrisma(
    ["migrate", "diff", "--from-empty", "--to-schema-datamodel", "prisma/schema.prisma", "--script", "--output", sqlFile],
    { DATABASE_URL: migratedUrl },
    true,
  );
  const scratchUrl = new URL(migratedUrl);
  scratchUrl.pathname = `/${scratchName}`;
  const scratch = new pg.Client({ connectionString: scratchUrl.toString() });
  await scratch.connect();
  await scratch.query(readFileSync(sqlFile, "utf8"));
  await scratch.end();

  const migrated = await catalog(migratedUrl);
  const handWritten = (migrated.indexes as { indexname: string }[]).filter((index) => BEYOND_SCHEMA.includes(index.indexname));
  expect(handWritten.map((index) => index.indexname)).toEqual(BEYOND_SCHEMA);
  migrated.indexes = migrated.indexes!.filter((index: { indexname: string }) => !BEYOND_SCHEMA.includes(index.indexname));
  expect(migrated).toEqual(await catalog(scratchUrl.toString()));
}, 60_000);
