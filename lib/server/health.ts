// Is Folio able to serve? For load balancers, uptime checks and the operator:
// the database answers, every migration this code ships is applied, and the
// media storage accepts files.
import "server-only";
import { readdir } from "node:fs/promises";
import path from "node:path";
import type { Db } from "@/lib/db/client";
import type { Storage } from "./storage/storage";

export interface Health {
  status: "ok" | "degraded";
  db: "ok" | "down";
  /** "pending": migrations this code ships are not applied yet (run `npm run db:migrate`). */
  migrations: "ok" | "pending" | "unknown";
  pendingMigrations: number;
  storage: "ok" | "down";
}

const TIMEOUT_MS = 2000;

function withTimeout<T>(work: Promise<T>, what: string): Promise<T> {
  const timeout = new Promise<never>((_, reject) => setTimeout(() => reject(new Error(`${what} timed out`)), TIMEOUT_MS).unref());
  return Promise.race([work, timeout]);
}

/**
 * The migrations this code ships; null where the folder is not deployed beside
 * the app. Read once: they do not change while the process runs, and load
 * balancers ask every few seconds.
 */
let shipped: Promise<string[] | null> | undefined;
function shippedMigrations(): Promise<string[] | null> {
  shipped ??= readdir(path.join(process.cwd(), "prisma", "migrations"), { withFileTypes: true }).then(
    (entries) => entries.filter((entry) => entry.isDirectory()).map((entry) => entry.name),
    () => null,
  );
  return shipped;
}

async function appliedMigrations(db: Pick<Db, "$queryRaw">): Promise<Set<string>> {
  const rows = await db.$queryRaw<{ name: string }[]>`
    SELECT migration_name AS name FROM _prisma_migrations WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL`;
  return new Set(rows.map((row) => row.name));
}

export async function checkHealth(db: Pick<Db, "$queryRaw">, storage: Pick<Storage, "check">): Promise<Health> {
  const [applied, shipped, storageUp] = await Promise.all([
    withTimeout(appliedMigrations(db), "database check").catch(() => null),
    shippedMigrations(),
    withTimeout(storage.check(), "storage check").then(() => true, () => false),
  ]);
  const pending = applied && shipped ? shipped.filter((name) => !applied.has(name)).length : 0;
  const health: Health = {
    status: "ok",
    db: applied ? "ok" : "down",
    migrations: !applied || !shipped ? "unknown" : pending > 0 ? "pending" : "ok",
    pendingMigrations: pending,
    storage: storageUp ? "ok" : "down",
  };
  if (health.db === "down" || health.migrations === "pending" || health.storage === "down") health.status = "degraded";
  return health;
}
