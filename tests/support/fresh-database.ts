// A fresh, migrated database for one test run: on the embedded PostgreSQL when
// DATABASE_URL is unset, else a new database on the server DATABASE_URL names.
import { randomBytes } from "node:crypto";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { startEmbeddedPostgres } from "../../scripts/db/embedded.ts";
import { migrate } from "../../scripts/db/migrate.ts";

export interface FreshDatabase {
  url: string;
  /** Another fresh, empty database on the same server. */
  createScratch(): Promise<{ url: string; drop(): Promise<void> }>;
  dispose(): Promise<void>;
}

export async function freshDatabase(label: string): Promise<FreshDatabase> {
  const given = process.env.DATABASE_URL;
  const embedded = given
    ? null
    : await startEmbeddedPostgres({
        dataDir: path.join(os.tmpdir(), `folio-${label}-${randomBytes(4).toString("hex")}`),
        port: 0,
        persistent: false,
      });
  const adminUrl = given ? withDatabase(given, "postgres") : embedded!.url("postgres");
  const admin = async (sql: string) => {
    const client = new pg.Client({ connectionString: adminUrl });
    await client.connect();
    try {
      await client.query(sql);
    } finally {
      await client.end();
    }
  };
  const create = async () => {
    const name = `folio_${label}_${randomBytes(5).toString("hex")}`;
    await admin(`CREATE DATABASE ${pg.escapeIdentifier(name)}`);
    return {
      url: withDatabase(adminUrl, name),
      drop: () => admin(`DROP DATABASE IF EXISTS ${pg.escapeIdentifier(name)} WITH (FORCE)`),
    };
  };

  let main: Awaited<ReturnType<typeof create>>;
  try {
    main = await create();
    migrate(main.url);
  } catch (error) {
    await embedded?.stop();
    throw error;
  }
  return {
    url: main.url,
    createScratch: create,
    async dispose() {
      if (embedded) return embedded.stop();
      await main.drop();
    },
  };
}

function withDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}
