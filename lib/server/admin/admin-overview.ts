// 系统管理 at a glance: how many accounts, papers and contributors there are.
import "server-only";
import { getDb } from "@/lib/db";

export async function adminOverview(now = new Date()) {
  const db = getDb();
  const [active, inactive, pending, publications, contributors, merged] = await Promise.all([
    db.user.count({ where: { active: true } }),
    db.user.count({ where: { active: false } }),
    db.user.count({ where: { active: true, lastSignInAt: null, tokens: { some: { kind: "invite", usedAt: null, expiresAt: { gt: now } } }, NOT: { tokens: { some: { kind: "invite", usedAt: { not: null } } } } } }),
    db.publication.count(),
    db.contributor.count({ where: { mergedIntoId: null } }),
    db.contributor.count({ where: { mergedIntoId: { not: null } } }),
  ]);
  return { users: { active, inactive, pending }, publications, contributors: { count: contributors, merged } };
}
