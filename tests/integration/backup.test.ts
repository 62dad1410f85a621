// npm run backup / npm run restore against real PostgreSQL databases and real
// storage folders: a database holding the demo's issues and articles and a
// photo is backed up, restored into an empty database, and found equal.
import { spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdtempSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import sharp from "sharp";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createPrismaClient } from "@/lib/db/client";
import { localStorage } from "@/lib/server/storage/local-storage";
import { seedDemoInto } from "../../scripts/db/seed-demo";
import { migrate } from "../../scripts/db/migrate";
import { writeBackup } from "../../scripts/backup/write-backup";
import { restoreBackup, RestoreRefusal } from "../../scripts/backup/restore-backup";
import { countRows, tablesOf } from "../../scripts/backup/catalog";

const serverUrl = (database: string) => {
  const url = new URL(process.env.DATABASE_URL!);
  url.pathname = `/${database}`;
  return url.toString();
};
const created: string[] = [];
async function newDatabase(label: string): Promise<string> {
  const name = `folio_${label}_${randomBytes(4).toString("hex")}`;
  await withClient(serverUrl("postgres"), (client) => client.query(`CREATE DATABASE ${pg.escapeIdentifier(name)}`));
  created.push(name);
  return serverUrl(name);
}
async function withClient<T>(url: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** Every table's rows, as one fingerprint per table. */
async function fingerprint(url: string): Promise<Record<string, string>> {
  return withClient(url, async (client) => {
    const out: Record<string, string> = {};
    for (const table of await tablesOf(client)) {
      const { rows } = await client.query<{ md5: string; n: string }>(
        `SELECT md5(coalesce(string_agg(t::text, E'\\n' ORDER BY t::text), '')) AS md5, count(*) AS n FROM ${pg.escapeIdentifier(table)} t`,
      );
      out[table] = `${rows[0]!.n}:${rows[0]!.md5}`;
    }
    out._migrations = (await client.query<{ names: string }>(`SELECT string_agg(migration_name, ',' ORDER BY migration_name) AS names FROM _prisma_migrations`)).rows[0]!.names;
    return out;
  });
}

const scratchDir = (label: string) => mkdtempSync(path.join(os.tmpdir(), `folio-${label}-`));
let source: string;
const sourceStorage = localStorage(scratchDir("backup-src-storage"));
const photo = { key: "", bytes: Buffer.alloc(0) };

beforeAll(async () => {
  source = await newDatabase("backup_src");
  migrate(source);
  await seedDemoInto(source);
  // A photo with its renditions, in the database and in storage, used by an article.
  const db = createPrismaClient(source);
  try {
    photo.bytes = await sharp({ create: { width: 64, height: 48, channels: 3, background: "#c8372d" } }).jpeg().toBuffer();
    const id = `backuptest${randomBytes(4).toString("hex")}`;
    photo.key = `media/${id.slice(-2)}/${id}/original.jpg`;
    const thumb = `media/${id.slice(-2)}/${id}/thumb-1.webp`;
    await sourceStorage.put(photo.key, photo.bytes, "image/jpeg");
    await sourceStorage.put(thumb, Buffer.from("webp bytes"), "image/webp");
    const article = await db.article.findFirstOrThrow({ where: { status: "released" } });
    await db.media.create({
      data: {
        id, storageKey: photo.key, originalName: "伊滨.jpg", mimeType: "image/jpeg", bytes: photo.bytes.length, width: 64, height: 48,
        renditions: { thumb: { key: thumb, width: 32, height: 24, mimeType: "image/webp" } }, caption: "伊滨区新貌", altText: "伊滨区新貌",
        articles: { create: { articleId: article.id } },
      },
    });
  } finally {
    await db.$disconnect();
  }
}, 180_000);

afterAll(async () => {
  for (const name of created) {
    await withClient(serverUrl("postgres"), (client) => client.query(`DROP DATABASE IF EXISTS ${pg.escapeIdentifier(name)} WITH (FORCE)`));
  }
});

describe("backup and restore", () => {
  it("restores a database with issues, articles and media into an empty one, everything equal", async () => {
    const archive = path.join(scratchDir("backup-out"), "folio.tar.gz");
    const manifest = await writeBackup({ databaseUrl: source, storage: sourceStorage, out: archive });
    expect(manifest.mediaMissing).toEqual([]);
    expect(manifest.media.map((file) => file.key)).toContain(photo.key);
    const issues = manifest.tables.find((table) => table.name === "Issue")!;
    const articles = manifest.tables.find((table) => table.name === "Article")!;
    expect(issues.rows).toBeGreaterThan(0);
    expect(articles.rows).toBeGreaterThan(0);

    const target = await newDatabase("backup_dst");
    const targetStorage = localStorage(scratchDir("backup-dst-storage"));
    await restoreBackup({ databaseUrl: target, storage: targetStorage, archive });

    expect(await fingerprint(target)).toEqual(await fingerprint(source));
    expect(await targetStorage.get(photo.key)).toEqual(photo.bytes);
    for (const file of manifest.media) expect(await targetStorage.get(file.key)).toEqual(await sourceStorage.get(file.key));

    // The append-only rules came back with the schema.
    await expect(withClient(target, (client) => client.query(`DELETE FROM "AuditEvent"`))).resolves.toMatchObject({ rowCount: 0 });
    expect(await withClient(target, (client) => countRows(client, "AuditEvent"))).toBe(manifest.tables.find((t) => t.name === "AuditEvent")!.rows);

    // A database that holds data is replaced only with --force.
    await expect(restoreBackup({ databaseUrl: target, storage: targetStorage, archive })).rejects.toMatchObject({ problem: "databaseNotEmpty" });
    await withClient(target, (client) => client.query(`UPDATE "Publication" SET name = '改过的报名'`));
    await restoreBackup({ databaseUrl: target, storage: targetStorage, archive, force: true });
    expect(await fingerprint(target)).toEqual(await fingerprint(source));
  }, 180_000);

  it("refuses a damaged archive and a backup from a newer Folio, touching nothing", async () => {
    const target = await newDatabase("backup_bad");
    const storage = localStorage(scratchDir("backup-bad-storage"));
    const junk = path.join(scratchDir("backup-junk"), "junk.tar.gz");
    writeFileSync(junk, "not an archive");
    const refusal = await restoreBackup({ databaseUrl: target, storage, archive: junk }).catch((error: unknown) => error);
    expect(refusal).toBeInstanceOf(RestoreRefusal);
    expect((refusal as RestoreRefusal).problem).toBe("archiveUnreadable");
    await expect(restoreBackup({ databaseUrl: target, storage, archive: "/nowhere.tar.gz" })).rejects.toMatchObject({ problem: "archiveMissing" });
  });

  it("runs as npm run backup and npm run restore, in Chinese, refusing a non-empty database without --force", async () => {
    const tsx = createRequire(import.meta.url).resolve("tsx/cli");
    const storageDir = scratchDir("backup-cli-storage");
    const archive = path.join(scratchDir("backup-cli"), "cli.tar.gz");
    const run = (script: string, args: string[]) =>
      spawnSync(process.execPath, [tsx, `scripts/${script}.ts`, ...args], {
        encoding: "utf8",
        env: { ...process.env, DATABASE_URL: source, FOLIO_STORAGE_DIR: storageDir },
      });
    const backup = run("backup", ["--out", archive]);
    expect(backup.status, backup.stderr).toBe(0);
    expect(backup.stdout).toContain("备份完成");

    const refused = run("restore", [archive]);
    expect(refused.status).toBe(1);
    expect(refused.stderr).toContain("--force");
    expect(refused.stderr).toContain("已有数据");
  }, 120_000);
});
