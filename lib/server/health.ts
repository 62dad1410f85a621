// Is Folio able to serve? For load balancers and uptime checks.
import "server-only";
import type { Db } from "@/lib/db/client";

export interface Health {
  status: "ok" | "degraded";
  db: "ok" | "down";
}

const DB_TIMEOUT_MS = 2000;

export async function checkHealth(db: Pick<Db, "$queryRaw">): Promise<Health> {
  const timeout = new Promise<never>((_, reject) =>
    setTimeout(() => reject(new Error("database check timed out")), DB_TIMEOUT_MS).unref(),
  );
  try {
    await Promise.race([db.$queryRaw`SELECT 1`, timeout]);
    return { status: "ok", db: "ok" };
  } catch {
    return { status: "degraded", db: "down" };
  }
}
