// Test data with random names, so that tests never depend on each other's rows.
import { randomBytes } from "node:crypto";
import { getDb } from "@/lib/db";
import type { Role } from "@/lib/domain/roles";
import { hashPassword } from "@/lib/server/auth/password";

const suffix = () => randomBytes(4).toString("hex");

export async function buildUser(options: { roles?: Role[]; password?: string; active?: boolean } = {}) {
  const password = options.password ?? "correct horse battery";
  const user = await getDb().user.create({
    data: {
      email: `user-${suffix()}@example.test`,
      name: `测试用户${suffix()}`,
      roles: options.roles ?? ["reporter"],
      active: options.active ?? true,
      passwordHash: await hashPassword(password),
    },
  });
  return { ...user, password };
}
