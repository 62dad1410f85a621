// The last-admin guard needs the other admins counted under a lock: two admins
// removing each other's role at the same moment must not both succeed.
import "server-only";
import type { Tx } from "@/lib/db/client";

/** Locks every active admin row until the transaction ends; returns their ids. */
export async function lockActiveAdmins(tx: Tx): Promise<string[]> {
  const rows = await tx.$queryRaw<{ id: string }[]>`SELECT id FROM "User" WHERE active AND 'admin'::"Role" = ANY("roles") ORDER BY id FOR UPDATE`;
  return rows.map((row) => row.id);
}
