// 新建用户: a name, an email and roles make an account that cannot sign in
// until its person opens the invite link and sets a password.
import "server-only";
import { randomBytes } from "node:crypto";
import { getDb } from "@/lib/db";
import { AppError } from "@/lib/domain/errors";
import type { Role } from "@/lib/domain/roles";
import { normalizeRoles } from "@/lib/domain/user-admin";
import { Prisma } from "@/lib/generated/prisma/client";
import { recordAudit } from "@/lib/server/audit";
import { hashPassword } from "@/lib/server/auth/password";
import type { SessionUser } from "@/lib/server/auth/session-user";
import { issueLinkToken } from "./user-links";

export interface NewUser {
  name: string;
  email: string;
  roles: Role[];
}

export async function createUser(actor: SessionUser, input: NewUser) {
  const roles = normalizeRoles(input.roles);
  if (roles.length === 0) throw new AppError("validation", "no roles", "rolesRequired");
  const email = input.email.trim().toLowerCase();
  const name = input.name.trim();
  // The hash of a secret nobody knows: no password opens the account, and
  // checking one takes as long as for any other account.
  const passwordHash = await hashPassword(randomBytes(32).toString("hex"));
  try {
    return await getDb().$transaction(async (tx) => {
      const user = await tx.user.create({ data: { name, email, roles, passwordHash }, select: { id: true, name: true, email: true } });
      const link = await issueLinkToken(tx, user.id, "invite");
      await recordAudit({ actorId: actor.id, action: "user.create", objectType: "User", objectId: user.id, after: { name, email, roles } }, tx);
      await recordAudit({ actorId: actor.id, action: "user.invite", objectType: "User", objectId: user.id, after: { expiresAt: link.expiresAt.toISOString() } }, tx);
      return { user, link: { path: link.path, expiresAt: link.expiresAt } };
    });
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      throw new AppError("conflict", "email taken", "userEmailTaken");
    }
    throw error;
  }
}
