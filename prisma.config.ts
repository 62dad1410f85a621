// Prisma CLI configuration. Prisma's native engines cannot be downloaded on the
// machines that build Folio, so the CLI runs its JavaScript schema engine over
// the same pg driver adapter the app uses (see ../shared/toolchain.md).
import path from "node:path";
import { defineConfig } from "prisma/config";
import { PrismaPg } from "@prisma/adapter-pg";

export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  schema: path.join("prisma", "schema.prisma"),
  // A restore builds the schema a backup was taken with, from a folder holding
  // only that backup's migrations (scripts/backup/restore-backup.ts).
  migrations: { path: process.env.FOLIO_MIGRATIONS_DIR ?? path.join("prisma", "migrations") },
  async adapter() {
    const connectionString = process.env.DATABASE_URL;
    if (!connectionString) throw new Error("DATABASE_URL is not set");
    // allowExitOnIdle: the CLI exits when done instead of waiting out idle connections.
    return new PrismaPg({ connectionString, allowExitOnIdle: true });
  },
});
