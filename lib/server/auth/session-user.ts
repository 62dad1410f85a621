// Who a session belongs to, read fresh from the database on every check, so
// that a role change, a deactivation or a revocation takes effect at once.
import "server-only";
import { getDb } from "@/lib/db";
import { isRole, type Role } from "@/lib/domain/roles";

export interface SessionUser {
  id: string;
  name: string;
  email: string;
  roles: Role[];
}

/** The user a token names, or null when it no longer grants a session. */
export async function loadSessionUser(id: string, sessionVersion: number): Promise<SessionUser | null> {
  const user = await getDb().user.findUnique({
    where: { id },
    select: { id: true, name: true, email: true, roles: true, active: true, sessionVersion: true },
  });
  if (!user || !user.active || user.sessionVersion !== sessionVersion) return null;
  return { id: user.id, name: user.name, email: user.email, roles: user.roles.filter(isRole) };
}
