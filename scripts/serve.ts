// `npm run dev` and `npm start`. With DATABASE_URL unset, Folio brings its own
// PostgreSQL (data in .folio/db), migrates it and seeds the demo on first
// start. With DATABASE_URL set, that database is migrated and used as it is.
import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { checkConfig } from "./check-config.ts";
import { openLocalDatabase } from "./db/local.ts";

const mode = process.argv[2];
if (mode !== "dev" && mode !== "start") {
  console.error("Usage: tsx scripts/serve.ts dev|start");
  process.exit(1);
}
const port = process.env.PORT ?? "3000";
const host = process.env.HOSTNAME ?? "localhost";

// This script brings its own database and signing secret when they are unset.
await checkConfig({ production: false, embeddedDatabase: true });
const { url: databaseUrl, embedded } = await openLocalDatabase();

const next = createRequire(import.meta.url).resolve("next/dist/bin/next");
const child = spawn(process.execPath, [next, mode, "--port", port, "--hostname", host], {
  stdio: "inherit",
  env: {
    ...process.env,
    DATABASE_URL: databaseUrl,
    // The PDF renderer opens the print view on this server (lib/server/print).
    PORT: port,
    NEXTAUTH_SECRET: process.env.NEXTAUTH_SECRET ?? localSecret(),
    NEXTAUTH_URL: process.env.NEXTAUTH_URL ?? `http://${host}:${port}`,
    NEXT_TELEMETRY_DISABLED: "1",
  },
});

// Ctrl-C reaches Next and PostgreSQL by themselves (same process group); a
// service manager's SIGTERM reaches only this process, so pass it on.
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, () => child.kill(signal));
}
child.on("exit", async (code, signal) => {
  await embedded?.stop();
  process.exit(code ?? (signal ? 0 : 1));
});

/** A signing secret kept beside the embedded data, so sessions survive restarts. */
function localSecret(): string {
  const file = ".folio/auth-secret";
  if (existsSync(file)) return readFileSync(file, "utf8").trim();
  if (process.env.NODE_ENV === "production" && process.env.DATABASE_URL) {
    console.warn("NEXTAUTH_SECRET is not set: using a secret generated in .folio/auth-secret.");
  }
  mkdirSync(".folio", { recursive: true });
  const secret = randomBytes(32).toString("base64url");
  writeFileSync(file, secret, { mode: 0o600 });
  return secret;
}
