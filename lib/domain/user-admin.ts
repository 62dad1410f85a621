// Who may change whose roles and status: an admin never locks themselves out,
// and the newsroom always keeps at least one active admin. Pure rules; the use
// cases in lib/server/admin count the other admins under a lock.
import type { Reason } from "./errors";
import { ROLES, type Role } from "./roles";

export type UserAdminRefusal = Extract<Reason, "rolesRequired" | "ownAdminRole" | "ownDeactivation" | "lastAdmin">;
export type UserAdminVerdict = { ok: true } | { ok: false; refusal: UserAdminRefusal };
const ok: UserAdminVerdict = { ok: true };
const no = (refusal: UserAdminRefusal): UserAdminVerdict => ({ ok: false, refusal });

export interface UserChange {
  actorId: string;
  targetId: string;
  /** Whether the user is active and holds the admin role before the change. */
  targetActiveAdmin: boolean;
  /** Active admins other than the target, counted under a lock. */
  otherActiveAdmins: number;
}

/** Roles in the table's order, each once. */
export function normalizeRoles(roles: readonly Role[]): Role[] {
  return ROLES.filter((role) => roles.includes(role));
}

export function roleChangeVerdict(change: UserChange, roles: readonly Role[]): UserAdminVerdict {
  if (roles.length === 0) return no("rolesRequired");
  if (roles.includes("admin") || !change.targetActiveAdmin) return ok;
  if (change.actorId === change.targetId) return no("ownAdminRole");
  return change.otherActiveAdmins > 0 ? ok : no("lastAdmin");
}

export function deactivationVerdict(change: UserChange): UserAdminVerdict {
  if (change.actorId === change.targetId) return no("ownDeactivation");
  if (!change.targetActiveAdmin) return ok;
  return change.otherActiveAdmins > 0 ? ok : no("lastAdmin");
}

/** A one-time link's state as the user list shows it. */
export type LinkState = "none" | "pending" | "expired";

export function linkState(link: { expiresAt: Date; usedAt: Date | null } | null, now: Date): LinkState {
  if (!link || link.usedAt) return "none";
  return link.expiresAt > now ? "pending" : "expired";
}
