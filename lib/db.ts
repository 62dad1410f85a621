// The only PrismaClient of the running app.
import "server-only";
import { createPrismaClient, type Db } from "@/lib/db/client";

const globalForDb = globalThis as unknown as { folioDb?: Db };

function connectionString(): string {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error("DATABASE_URL is not set; start Folio with `npm run dev` or `npm start`.");
  return url;
}

/** Created on first use, so that `next build` needs no database. */
export function getDb(): Db {
  // Reused across hot reloads in development, which would otherwise open a pool each time.
  globalForDb.folioDb ??= createPrismaClient(connectionString());
  return globalForDb.folioDb;
}
