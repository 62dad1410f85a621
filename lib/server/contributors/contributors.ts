// Contributors (作者): the people and units bylines credit. One person is one
// contributor, so new names are checked against existing ones first.
import "server-only";
import { getDb } from "@/lib/db";
import { AppError } from "@/lib/domain/errors";
import type { SessionUser } from "@/lib/server/auth/session-user";
import { recordAudit } from "@/lib/server/audit";

export async function searchContributors(query: string, take = 10) {
  const q = query.trim();
  return getDb().contributor.findMany({
    where: { mergedIntoId: null, ...(q ? { name: { contains: q, mode: "insensitive" } } : {}) },
    select: { id: true, name: true, kind: true },
    orderBy: { name: "asc" },
    take,
  });
}

/** Adds a contributor, or returns the existing one of that exact name and kind. */
export async function addContributor(user: SessionUser, { name, kind }: { name: string; kind: "person" | "unit" }) {
  const trimmed = name.trim();
  if (!trimmed) throw new AppError("validation", "empty name", "contributorNameRequired");
  const db = getDb();
  const existing = await db.contributor.findFirst({ where: { name: trimmed, kind, mergedIntoId: null }, select: { id: true, name: true, kind: true } });
  if (existing) return existing;
  const created = await db.contributor.create({ data: { name: trimmed, kind }, select: { id: true, name: true, kind: true } });
  await recordAudit({ actorId: user.id, action: "contributor.create", objectType: "Contributor", objectId: created.id, after: { name: trimmed, kind } });
  return created;
}
