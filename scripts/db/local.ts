// The database a script works on: DATABASE_URL when set, else the embedded
// PostgreSQL in .folio/db — started (and on its first start migrated and
// seeded with the demo), or joined when `npm run dev` already runs it.
import net from "node:net";
import { databaseExists, embeddedUrl, startEmbeddedPostgres, type EmbeddedServer } from "./embedded.ts";
import { migrate } from "./migrate.ts";
import { seedDemoInto } from "./seed-demo.ts";

export interface LocalDatabase {
  url: string;
  /** Set when this process started the embedded server and must stop it. */
  embedded: EmbeddedServer | null;
}

const listening = (port: number) =>
  new Promise<boolean>((resolve) => {
    const socket = net.connect({ port, host: "127.0.0.1" });
    socket.once("connect", () => resolve(!!socket.end()));
    socket.once("error", () => resolve(false));
  });

interface Options {
  /** Use the embedded server of a running `npm run dev` rather than failing to start a second. */
  join?: boolean;
  /** Migrate (and, on a new embedded database, seed the demo). Off for a restore, which builds its own schema. */
  prepare?: boolean;
  log?: (line: string) => void;
}

export async function openLocalDatabase({ join = false, prepare = true, log = console.log }: Options = {}): Promise<LocalDatabase> {
  if (process.env.DATABASE_URL) {
    if (prepare) migrate(process.env.DATABASE_URL);
    return { url: process.env.DATABASE_URL, embedded: null };
  }
  const port = Number(process.env.FOLIO_DB_PORT ?? 54329);
  if (join && (await listening(port))) return { url: embeddedUrl(port, "folio"), embedded: null };
  const embedded = await startEmbeddedPostgres({ dataDir: ".folio/db", port });
  if (!(await databaseExists(embedded.url("postgres"), "folio"))) await embedded.createDatabase("folio");
  const url = embedded.url("folio");
  log(`Embedded PostgreSQL is running on port ${port} (data: ${embedded.dataDir}).`);
  if (!prepare) return { url, embedded };
  migrate(url);
  if (await seedDemoInto(url)) log("Seeded the demo data: sign in as chief@folio.local with password folio-demo.");
  return { url, embedded };
}
