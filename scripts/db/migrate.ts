// Brings a database up to the latest migration (prisma migrate deploy).
import { runPrisma } from "../prisma.ts";

export function migrate(databaseUrl: string): void {
  runPrisma(["migrate", "deploy"], { DATABASE_URL: databaseUrl }, true);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const url = process.env.DATABASE_URL;
  if (!url) {
    console.error("Set DATABASE_URL to the database to migrate.");
    process.exit(1);
  }
  migrate(url);
  console.log("Database is up to date.");
}
