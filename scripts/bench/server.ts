// The servers a benchmark measures. The app: the production build under
// `next start` on a fresh embedded PostgreSQL with the demo data, set up the
// way the end-to-end server does it (e2e/support/server.ts), on free ports.
// The baseline: a throwaway static server for one HTML file.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import http from "node:http";
import { createRequire } from "node:module";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { freePort, startEmbeddedPostgres } from "../db/embedded.ts";
import { migrate } from "../db/migrate.ts";
import { seedDemoInto } from "../db/seed-demo.ts";

const nextBin = createRequire(import.meta.url).resolve("next/dist/bin/next");

export interface RunningServer {
  origin: string;
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

/** `next start` on a fresh database seeded with the demo; stop() removes both. */
export async function startApp(log: (line: string) => void = () => {}): Promise<RunningServer> {
  const scratch = mkdtempSync(path.join(os.tmpdir(), "folio-bench-"));
  const storage = path.join(scratch, "storage");
  // The demo seed publishes an issue with server code, which may store files.
  process.env.FOLIO_STORAGE_DIR = storage;
  const db = await startEmbeddedPostgres({ dataDir: path.join(scratch, "db"), port: 0, persistent: false });
  let server: ChildProcess | undefined;
  const stop = async () => {
    if (server && server.exitCode === null && server.signalCode === null) {
      const exited = new Promise((resolve) => server!.once("exit", resolve));
      server.kill("SIGTERM");
      await Promise.race([exited, sleep(10_000)]);
      if (server.exitCode === null && server.signalCode === null) server.kill("SIGKILL");
    }
    await db.stop().catch(() => {});
    rmSync(scratch, { recursive: true, force: true });
  };
  try {
    await db.createDatabase("folio_bench");
    const databaseUrl = db.url("folio_bench");
    log("Migrating and seeding the demo data…");
    migrate(databaseUrl);
    await seedDemoInto(databaseUrl);

    const port = await freePort();
    const origin = `http://127.0.0.1:${port}`;
    server = spawn(process.execPath, [nextBin, "start", "--port", String(port), "--hostname", "127.0.0.1"], {
      stdio: ["ignore", "ignore", "pipe"],
      env: {
        ...process.env,
        NODE_ENV: "production",
        PORT: String(port),
        DATABASE_URL: databaseUrl,
        NEXTAUTH_SECRET: randomBytes(32).toString("base64url"),
        NEXTAUTH_URL: origin,
        NEXT_TELEMETRY_DISABLED: "1",
        FOLIO_STORAGE_DIR: storage,
      },
    });
    server.stderr?.on("data", (chunk: Buffer) => log(`[next] ${chunk.toString().trimEnd()}`));
    await waitUntilUp(`${origin}/api/health`, server);
    return { origin, stop };
  } catch (error) {
    await stop();
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


const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
