// The server the end-to-end tests drive: `next start` (the production build)
// on a fresh database with the demo data, torn down when Playwright stops it.
import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { createRequire } from "node:module";
import { freshDatabase } from "../../tests/support/fresh-database.ts";
import { seedDemoInto } from "../../scripts/db/seed-demo.ts";
import { E2E_DATABASE_FILE } from "./db.ts";

const port = process.env.E2E_PORT ?? "3100";
const database = await freshDatabase("e2e");
await seedDemoInto(database.url);
// Journeys build their own fixtures in the same database (e2e/support/db.ts).
mkdirSync("test-results", { recursive: true });
writeFileSync(E2E_DATABASE_FILE, database.url);

const next = createRequire(import.meta.url).resolve("next/dist/bin/next");
const server = spawn(process.execPath, [next, "start", "--port", port, "--hostname", "127.0.0.1"], {
  stdio: "inherit",
  env: {
    ...process.env,
    NODE_ENV: "production",
    // The PDF renderer opens the print view on this server (lib/server/print).
    PORT: port,
    DATABASE_URL: database.url,
    NEXTAUTH_SECRET: randomBytes(32).toString("base64url"),
    NEXTAUTH_URL: `http://127.0.0.1:${port}`,
    NEXT_TELEMETRY_DISABLED: "1",
    FOLIO_STORAGE_DIR: mkdtempSync(path.join(os.tmpdir(), "folio-e2e-storage-")),
  },
});

let stopping = false;
async function stop(code: number) {
  if (stopping) return;
  stopping = true;
  server.kill("SIGTERM");
  await database.dispose();
  process.exit(code);
}
process.on("SIGTERM", () => void stop(0));
process.on("SIGINT", () => void stop(0));
server.on("exit", (code) => void stop(code ?? 1));
