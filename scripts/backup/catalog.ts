// What a backup reads of the database's own catalog: its tables and columns,
// the foreign keys between them, and the migrations applied to it.
import { readdirSync, statSync } from "node:fs";
import path from "node:path";
import type pg from "pg";

/** Prisma's bookkeeping: a restore rebuilds it by applying migrations, never from the dump. */
const MIGRATIONS_TABLE = "_prisma_migrations";

export const quote = (name: string) => `"${name.replaceAll('"', '""')}"`;

export async function tablesOf(client: pg.ClientBase): Promise<string[]> {
  const { rows } = await client.query<{ name: string }>(
    `SELECT tablename AS name FROM pg_tables WHERE schemaname = current_schema() AND tablename <> $1 ORDER BY tablename`,
    [MIGRATIONS_TABLE],
  );
  return rows.map((row) => row.name);
}

/** Columns a COPY can write back: generated columns are computed again on load. */
export async function columnsOf(client: pg.ClientBase, table: string): Promise<string[]> {
  const { rows } = await client.query<{ name: string }>(
    `SELECT column_name AS name FROM information_schema.columns
      WHERE table_schema = current_schema() AND table_name = $1 AND is_generated = 'NEVER'
      ORDER BY ordinal_position`,
    [table],
  );
  return rows.map((row) => row.name);
}

export async function foreignKeys(client: pg.ClientBase): Promise<[string, string][]> {
  const { rows } = await client.query<{ from: string; to: string }>(
    `SELECT child.relname AS "from", parent.relname AS "to"
       FROM pg_constraint c
       JOIN pg_class child ON child.oid = c.conrelid
       JOIN pg_class parent ON parent.oid = c.confrelid
      WHERE c.contype = 'f' AND c.connamespace = current_schema()::regnamespace`,
  );
  return rows.map((row) => [row.from, row.to]);
}

export async function appliedMigrations(client: pg.ClientBase): Promise<string[]> {
  const exists = await client.query(`SELECT 1 FROM pg_tables WHERE schemaname = current_schema() AND tablename = $1`, [MIGRATIONS_TABLE]);
  if (exists.rowCount === 0) return [];
  const { rows } = await client.query<{ name: string }>(
    `SELECT migration_name AS name FROM ${quote(MIGRATIONS_TABLE)}
      WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL ORDER BY migration_name`,
  );
  return rows.map((row) => row.name);
}

/** Does any table hold a row? A restore never overwrites data without --force. */
export async function holdsData(client: pg.ClientBase): Promise<boolean> {
  for (const table of await tablesOf(client)) {
    const { rowCount } = await client.query(`SELECT 1 FROM ${quote(table)} LIMIT 1`);
    if (rowCount) return true;
  }
  return false;
}

/** The migrations this code ships, oldest first (their names start with a timestamp). */
export function codeMigrations(dir = path.resolve("prisma/migrations")): string[] {
  return readdirSync(dir)
    .filter((name) => statSync(path.join(dir, name)).isDirectory())
    .sort();
}

export async function countRows(client: pg.ClientBase, table: string): Promise<number> {
  const { rows } = await client.query<{ n: string }>(`SELECT count(*) AS n FROM ${quote(table)}`);
  return Number(rows[0]?.n ?? 0);
}

export async function singleValue(client: pg.ClientBase, sql: string): Promise<string> {
  const { rows } = await client.query<{ value: string }>(sql);
  return String(rows[0]?.value ?? "");
}
