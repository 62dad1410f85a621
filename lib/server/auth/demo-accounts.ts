// The demo accounts that exist in this database: the sign-in page lists them
// only when demo data was seeded.
import "server-only";
import { getDb } from "@/lib/db";
import { DEMO_ACCOUNTS } from "@/lib/domain/demo-accounts";
import type { Role } from "@/lib/domain/roles";

export interface DemoAccount {
  email: string;
  role: Role;
}

export async function listDemoAccounts(): Promise<DemoAccount[]> {
  const existing = await getDb().user.findMany({
    where: { email: { in: DEMO_ACCOUNTS.map((a) => a.email) }, active: true },
    select: { email: true },
  });
  const emails = new Set(existing.map((u) => u.email));
  return DEMO_ACCOUNTS.filter((a) => emails.has(a.email)).map(({ email, role }) => ({ email, role }));
}
