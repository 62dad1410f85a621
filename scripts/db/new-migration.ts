// Authors a migration without a live database (Prisma's JS engine cannot
// introspect one): diff the schema the last migration was made from against
// prisma/schema.prisma. Each migration folder keeps that schema as schema.prisma.
// Usage: npm run db:migration -- <name>
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync } from "node:fs";
import path from "node:path";
import { runPrisma } from "../prisma.ts";
import { startEmbeddedPostgres } from "./embedded.ts";

const name = process.argv[2];
if (!name || !/^[a-z0-9_]+$/.test(name)) {
  console.error("Usage: npm run db:migration -- <name in snake_case>");
  process.exit(1);
}

const migrationsDir = path.resolve("prisma/migrations");
const schema = path.resolve("prisma/schema.prisma");
const previous = readdirSync(migrationsDir, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name)
  .sort()
  .at(-1);
const from = previous
  ? ["--from-schema-datamodel", path.join(migrationsDir, previous, "schema.prisma")]
  : ["--from-empty"];

const stamp = new Date().toISOString().replace(/\D/g, "").slice(0, 14);
const dir = path.join(migrationsDir, `${stamp}_${name}`);
mkdirSync(dir, { recursive: true });
const sql = path.join(dir, "migration.sql");
// The JS schema engine connects before it diffs, though the diff reads only the two files.
const scratch = process.env.DATABASE_URL
  ? null
  : await startEmbeddedPostgres({ dataDir: ".folio/scratch-db", port: 0, persistent: false });
try {
  runPrisma(["migrate", "diff", ...from, "--to-schema-datamodel", schema, "--script", "--output", sql], {
    DATABASE_URL: process.env.DATABASE_URL ?? scratch!.url("postgres"),
  });
} finally {
  await scratch?.stop();
}

if (!existsSync(sql) || /^-- This is an empty migration\.\s*$/.test(readFileSync(sql, "utf8"))) {
  rmSync(dir, { recursive: true });
  console.log("No schema changes: no migration written.");
} else {
  copyFileSync(schema, path.join(dir, "schema.prisma"));
  console.log(`Wrote ${path.relative(process.cwd(), sql)}; review it before committing.`);
}
