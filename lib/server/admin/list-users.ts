// 用户列表: everyone, active first, with their roles, last sign-in and the
// state of their newest one-time link.
import "server-only";
import { getDb } from "@/lib/db";
import { isRole } from "@/lib/domain/roles";
import { linkState, normalizeRoles } from "@/lib/domain/user-admin";
import type { Prisma } from "@/lib/generated/prisma/client";
import { awaitingInvite } from "./user-links";

const userRow = {
  id: true,
  name: true,
  email: true,
  roles: true,
  active: true,
  lastSignInAt: true,
  createdAt: true,
  tokens: { orderBy: { createdAt: "desc" }, select: { kind: true, usedAt: true, expiresAt: true } },
} satisfies Prisma.UserSelect;

type Row = Prisma.UserGetPayload<{ select: typeof userRow }>;

function present(user: Row, now: Date) {
  const latest = user.tokens[0] ?? null;
  return {
    id: user.id,
    name: user.name,
    email: user.email,
    roles: normalizeRoles(user.roles.filter(isRole)),
    active: user.active,
    lastSignInAt: user.lastSignInAt,
    createdAt: user.createdAt,
    awaitingInvite: awaitingInvite(user),
    /** The newest link: its kind, whether it still works, and until when. */
    link: latest ? { kind: latest.kind, state: linkState(latest, now), expiresAt: latest.expiresAt } : null,
  };
}
export type UserListRow = ReturnType<typeof present>;

export async function listUsers(now = new Date()): Promise<UserListRow[]> {
  const users = await getDb().user.findMany({ select: userRow, orderBy: [{ active: "desc" }, { createdAt: "asc" }] });
  return users.map((user) => present(user, now));
}

export async function getUser(userId: string, now = new Date()): Promise<UserListRow | null> {
  const user = await getDb().user.findUnique({ where: { id: userId }, select: userRow });
  return user ? present(user, now) : null;
}
