// `npm run backup`'s work: one archive holding a consistent dump of every
// table and the media files the dump names.
//
// PostgreSQL's pg_dump is not available everywhere Folio runs: the embedded
// server ships only initdb, pg_ctl and postgres, and Debian's client (15)
// refuses to dump a newer server (18). So the dump is PostgreSQL's own COPY
// text of each table, taken inside one REPEATABLE READ transaction so that
// every table is read from the same snapshot; the schema is not dumped but
// rebuilt from the migrations the manifest lists.
import { createHash } from "node:crypto";
import { createWriteStream, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { pipeline } from "node:stream/promises";
import pg from "pg";
import { to as copyTo } from "pg-copy-streams";
import * as tar from "tar";
import { BACKUP_FORMAT, BACKUP_VERSION, type BackupManifest, type BackupMediaFile, type BackupTable } from "../../lib/domain/backup.ts";
import type { Storage } from "../../lib/server/storage/storage.ts";
import { appliedMigrations, columnsOf, countRows, quote, singleValue, tablesOf } from "./catalog.ts";
import { contentTypeOf, mediaKeys } from "./media-files.ts";

export interface BackupOptions {
  databaseUrl: string;
  storage: Storage;
  /** The archive to write (.tar.gz). */
  out: string;
  log?: (line: string) => void;
}

export async function writeBackup({ databaseUrl, storage, out, log = () => {} }: BackupOptions): Promise<BackupManifest> {
  const scratch = mkdtempSync(path.join(os.tmpdir(), "folio-backup-"));
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    await client.query("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY");
    const migrations = await appliedMigrations(client);
    if (migrations.length === 0) throw new Error("This database has no Folio schema (no migrations applied): nothing to back up.");
    const serverVersion = await singleValue(client, "SELECT current_setting('server_version') AS value");

    mkdirSync(path.join(scratch, "tables"));
    const tables: BackupTable[] = [];
    for (const name of await tablesOf(client)) {
      const columns = await columnsOf(client, name);
      const file = `tables/${name}.copy`;
      const list = columns.map(quote).join(", ");
      await pipeline(client.query(copyTo(`COPY ${quote(name)} (${list}) TO STDOUT`)), createWriteStream(path.join(scratch, file)));
      const rows = await countRows(client, name);
      tables.push({ name, columns, rows, file });
    }
    const keys = await mediaKeys(client);
    await client.query("COMMIT");
    log(`Dumped ${tables.length} tables (${tables.reduce((sum, t) => sum + t.rows, 0)} rows).`);

    // Files are read after the snapshot: a file the snapshot names but a later
    // re-crop removed is reported as missing, never silently dropped.
    const media: BackupMediaFile[] = [];
    const mediaMissing: string[] = [];
    for (const [index, key] of keys.entries()) {
      const data = await storage.get(key);
      if (!data) {
        mediaMissing.push(key);
        continue;
      }
      const file = `media/${String(index).padStart(6, "0")}`;
      mkdirSync(path.join(scratch, "media"), { recursive: true });
      writeFileSync(path.join(scratch, file), data);
      media.push({ key, contentType: contentTypeOf(key), bytes: data.length, sha256: createHash("sha256").update(data).digest("hex"), file });
    }
    log(`Copied ${media.length} media files${mediaMissing.length ? `; ${mediaMissing.length} named by the database were missing from storage` : ""}.`);

    const manifest: BackupManifest = {
      format: BACKUP_FORMAT,
      version: BACKUP_VERSION,
      createdAt: new Date().toISOString(),
      serverVersion,
      migrations,
      tables,
      media,
      mediaMissing,
    };
    writeFileSync(path.join(scratch, "manifest.json"), JSON.stringify(manifest, null, 2));
    mkdirSync(path.dirname(path.resolve(out)), { recursive: true });
    const entries = ["manifest.json", "tables", ...(media.length ? ["media"] : [])];
    await tar.create({ gzip: true, file: out, cwd: scratch, portable: true }, entries);
    return manifest;
  } catch (error) {
    await client.query("ROLLBACK").catch(() => {});
    throw error;
  } finally {
    await client.end();
    rmSync(scratch, { recursive: true, force: true });
  }
}
