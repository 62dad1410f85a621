// `npm run restore`'s work: brings a database and the media storage to the
// state an archive of `npm run backup` holds.
import { createHash } from "node:crypto";
import { copyFileSync, cpSync, createReadStream, existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { pipeline } from "node:stream/promises";
import pg from "pg";
import { from as copyFrom } from "pg-copy-streams";
import * as tar from "tar";
import { manifestSchema, planMigrations, restoreOrder, type BackupManifest } from "../../lib/domain/backup.ts";
import type { Storage } from "../../lib/server/storage/storage.ts";
import { runPrisma } from "../prisma.ts";
import { codeMigrations, countRows, foreignKeys, holdsData, quote, singleValue } from "./catalog.ts";

export interface RestoreOptions {
  databaseUrl: string;
  storage: Storage;
  archive: string;
  /** Replace a database that holds data. */
  force?: boolean;
  log?: (line: string) => void;
}

/** Why a restore did not start; scripts/restore.ts says each in Chinese. */
export class RestoreRefusal extends Error {
  constructor(
    readonly problem: "archiveMissing" | "archiveUnreadable" | "newerBackup" | "divergent" | "databaseNotEmpty",
    readonly details: string[] = [],
  ) {
    super(`${problem}${details.length ? `: ${details.join(", ")}` : ""}`);
    this.name = "RestoreRefusal";
  }
}

export async function restoreBackup({ databaseUrl, storage, archive, force = false, log = () => {} }: RestoreOptions): Promise<BackupManifest> {
  if (!existsSync(archive)) throw new RestoreRefusal("archiveMissing", [archive]);
  const scratch = mkdtempSync(path.join(os.tmpdir(), "folio-restore-"));
  try {
    const manifest = await unpack(archive, scratch);
    const plan = planMigrations(manifest.migrations, codeMigrations());
    if (!plan.ok) throw new RestoreRefusal(plan.problem, plan.migrations);

    const client = new pg.Client({ connectionString: databaseUrl });
    await client.connect();
    try {
      if ((await holdsData(client)) && !force) throw new RestoreRefusal("databaseNotEmpty");
      await resetSchema(client);
      migrateTo(databaseUrl, plan.before, scratch);
      await loadTables(client, manifest, scratch);
      log(`Restored ${manifest.tables.length} tables (${manifest.tables.reduce((sum, t) => sum + t.rows, 0)} rows).`);
    } finally {
      await client.end();
    }
    if (plan.after.length > 0) {
      runPrisma(["migrate", "deploy"], { DATABASE_URL: databaseUrl }, true);
      log(`Upgraded the restored data with ${plan.after.length} later migrations.`);
    }
    await putMedia(manifest, scratch, storage);
    log(`Restored ${manifest.media.length} media files.`);
    return manifest;
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

async function unpack(archive: string, scratch: string): Promise<BackupManifest> {
  try {
    await tar.extract({ file: archive, cwd: scratch, strict: true });
    const parsed = manifestSchema.safeParse(JSON.parse(readFileSync(path.join(scratch, "manifest.json"), "utf8")));
    if (!parsed.success) throw new Error(parsed.error.message);
    return parsed.data;
  } catch (error) {
    throw new RestoreRefusal("archiveUnreadable", [(error as Error).message.slice(0, 200)]);
  }
}

/** Empty (or, with --force, replaced): the schema is rebuilt from the archive's migrations. */
async function resetSchema(client: pg.Client): Promise<void> {
  const schema = await singleValue(client, "SELECT current_schema() AS value");
  await client.query(`DROP SCHEMA IF EXISTS ${quote(schema)} CASCADE`);
  await client.query(`CREATE SCHEMA ${quote(schema)}`);
}

/** `prisma migrate deploy` over a folder holding only the given migrations. */
function migrateTo(databaseUrl: string, migrations: string[], scratch: string): void {
  const source = path.resolve("prisma/migrations");
  const folder = path.join(scratch, "migrations");
  for (const name of migrations) cpSync(path.join(source, name), path.join(folder, name), { recursive: true });
  copyFileSync(path.join(source, "migration_lock.toml"), path.join(folder, "migration_lock.toml"));
  runPrisma(["migrate", "deploy"], { DATABASE_URL: databaseUrl, FOLIO_MIGRATIONS_DIR: folder }, true);
}

/** Every table in one transaction, parents before children, each checked against the manifest's row count. */
async function loadTables(client: pg.Client, manifest: BackupManifest, scratch: string): Promise<void> {
  const byName = new Map(manifest.tables.map((table) => [table.name, table]));
  const order = restoreOrder([...byName.keys()], await foreignKeys(client));
  await client.query("BEGIN");
  try {
    for (const name of order) {
      const table = byName.get(name)!;
      const list = table.columns.map(quote).join(", ");
      await pipeline(createReadStream(path.join(scratch, table.file)), client.query(copyFrom(`COPY ${quote(name)} (${list}) FROM STDIN`)));
      const rows = await countRows(client, name);
      if (rows !== table.rows) throw new Error(`${name}: loaded ${rows} rows, the archive holds ${table.rows}`);
    }
    await client.query("COMMIT");
  } catch (error) {
    await client.query("ROLLBACK");
    throw error;
  }
}

async function putMedia(manifest: BackupManifest, scratch: string, storage: Storage): Promise<void> {
  for (const file of manifest.media) {
    const data = readFileSync(path.join(scratch, file.file));
    if (createHash("sha256").update(data).digest("hex") !== file.sha256) throw new Error(`The archive's copy of ${file.key} is damaged.`);
    await storage.put(file.key, data, file.contentType);
  }
}
