// The servers a benchmark measures. The app: the production build under
// `next start` on a fresh embedded PostgreSQL (or a new database on the server
// DATABASE_URL names), set up the way the end-to-end server does it
// (e2e/support/server.ts), on ports from FOLIO_BENCH_PORTS.
// Also a throwaway static server for one HTML file (Lighthouse's baseline).
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import http from "node:http";
import { createRequire } from "node:module";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { startEmbeddedPostgres } from "../db/embedded.ts";
import { migrate } from "../db/migrate.ts";
import { seedDemoInto } from "../db/seed-demo.ts";
import { benchPort } from "./ports.ts";

const nextBin = createRequire(import.meta.url).resolve("next/dist/bin/next");

export interface RunningServer {
  origin: string;
  stop(): Promise<void>;
}

export interface BenchDatabase {
  url: string;
  storageDir: string;
  stop(): Promise<void>;
}

/** Is there a finished production build in .next? */
export function hasProductionBuild(): boolean {
  return existsSync(".next/BUILD_ID") && existsSync(".next/prerender-manifest.json");
}

/** `next build`, as `npm run build` does it. */
export function buildApp(): void {
  const result = spawnSync(process.execPath, [nextBin, "build"], {
    stdio: "inherit",
    env: { ...process.env, NODE_ENV: "production", NEXT_TELEMETRY_DISABLED: "1" },
  });
  if (result.status !== 0) throw new Error(`next build failed (exit ${result.status ?? result.signal}).`);
}

/**
 * A fresh, migrated database with the demo seeded: a new database on the
 * server DATABASE_URL names (dropped afterwards), else an embedded PostgreSQL.
 */
export async function startBenchDatabase(log: (line: string) => void = () => {}): Promise<BenchDatabase> {
  const scratch = mkdtempSync(path.join(os.tmpdir(), "folio-bench-"));
  const storageDir = path.join(scratch, "storage");
  // The demo seed publishes an issue with server code, which may store files.
  process.env.FOLIO_STORAGE_DIR = storageDir;
  const given = process.env.DATABASE_URL;
  const name = `folio_bench_${randomBytes(4).toString("hex")}`;
  let url: string;
  let dropDatabase: () => Promise<void>;
  if (given) {
    const admin = new URL(given);
    admin.pathname = "/postgres";
    const run = async (sql: string) => {
      const client = new pg.Client({ connectionString: admin.toString() });
      await client.connect();
      await client.query(sql).finally(() => client.end());
    };
    await run(`CREATE DATABASE ${name}`);
    const own = new URL(given);
    own.pathname = `/${name}`;
    url = own.toString();
    dropDatabase = () => run(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  } else {
    const db = await startEmbeddedPostgres({ dataDir: path.join(scratch, "db"), port: await benchPort(), persistent: false });
    await db.createDatabase(name);
    url = db.url(name);
    dropDatabase = () => db.stop();
  }
  const stop = async () => {
    await dropDatabase().catch(() => {});
    rmSync(scratch, { recursive: true, force: true });
  };
  try {
    log("Migrating and seeding the demo data…");
    migrate(url);
    await seedDemoInto(url);
    return { url, storageDir, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}

/** `next start` of the app in `cwd` on a bench port, waiting until it answers. */
export async function startNextServer(options: { cwd?: string; env: Record<string, string>; log?: (line: string) => void; healthPath?: string }): Promise<RunningServer> {
  const port = await benchPort();
  const origin = `http://127.0.0.1:${port}`;
  const server: ChildProcess = spawn(process.execPath, [nextBin, "start", "--port", String(port), "--hostname", "127.0.0.1"], {
    cwd: options.cwd,
    stdio: ["ignore", "ignore", "pipe"],
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1", PORT: String(port), NEXTAUTH_URL: origin, ...options.env, NODE_ENV: "production" },
  });
  server.stderr?.on("data", (chunk: Buffer) => options.log?.(`[next :${port}] ${chunk.toString().trimEnd()}`));
  const stop = async () => {
    if (server.exitCode === null && server.signalCode === null) {
      const exited = new Promise((resolve) => server.once("exit", resolve));
      server.kill("SIGTERM");
      await Promise.race([exited, sleep(10_000)]);
      if (server.exitCode === null && server.signalCode === null) server.kill("SIGKILL");
    }
  };
  try {
    await waitUntilUp(origin + (options.healthPath ?? "/"), server);
  } catch (error) {
    await stop();
    throw error;
  }
  return { origin, stop };
}

/** Folio's `next start` on the given database. */
export function startFolio(database: BenchDatabase, env: Record<string, string>, log?: (line: string) => void): Promise<RunningServer> {
  return startNextServer({
    env: { DATABASE_URL: database.url, FOLIO_STORAGE_DIR: database.storageDir, ...env },
    log,
    healthPath: "/api/health",
  });
}

/** `next start` on a fresh database seeded with the demo; stop() removes both. */
export async function startApp(log: (line: string) => void = () => {}): Promise<RunningServer> {
  const database = await startBenchDatabase(log);
  try {
    const app = await startFolio(database, { NEXTAUTH_SECRET: randomBytes(32).toString("base64url") }, log);
    return {
      origin: app.origin,
      stop: async () => {
        await app.stop();
        await database.stop();
      },
    };
  } catch (error) {
    await database.stop();
    throw error;
  }
}

/** Serves one file at / (and nothing else) on a free port. */
export async function startStaticPage(file: string): Promise<RunningServer> {
  const body = readFileSync(file);
  const server = http.createServer((request, response) => {
    if (request.url === "/" || request.url === "/index.html") {
      response.writeHead(200, {
        "Content-Type": "text/html; charset=utf-8",
        "Content-Length": body.length,
        "Cache-Control": "no-cache",
      });
      response.end(request.method === "HEAD" ? undefined : body);
    } else if (request.url === "/robots.txt") {
      response.writeHead(200, { "Content-Type": "text/plain; charset=utf-8" });
      response.end("User-agent: *\nAllow: /\n");
    } else {
      response.writeHead(404, { "Content-Type": "text/plain; charset=utf-8" });
      response.end("Not found\n");
    }
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => resolve());
  });
  const { port } = server.address() as net.AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

async function waitUntilUp(url: string, child: ChildProcess, timeoutMs = 120_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null || child.signalCode !== null) {
      throw new Error(`next start exited (${child.exitCode ?? child.signalCode}) before answering ${url}.`);
    }
    try {
      const response = await fetch(url);
      if (response.ok) return;
    } catch {
      // Not listening yet.
    }
    await sleep(250);
  }
  throw new Error(`next start did not answer ${url} within ${timeoutMs / 1000} s.`);
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
