// 作者库: contributors not merged into another, by name, with what credits them.
import "server-only";
import { getDb } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";

export const CONTRIBUTORS_SHOWN = 100;

export async function listContributors(query: string) {
  const q = query.trim();
  const where: Prisma.ContributorWhereInput = { mergedIntoId: null, ...(q ? { name: { contains: q, mode: "insensitive" } } : {}) };
  const db = getDb();
  const [total, contributors] = await Promise.all([
    db.contributor.count({ where }),
    db.contributor.findMany({
      where,
      orderBy: [{ name: "asc" }, { createdAt: "asc" }],
      take: CONTRIBUTORS_SHOWN,
      select: {
        id: true,
        name: true,
        kind: true,
        user: { select: { id: true, name: true, active: true } },
        _count: { select: { bylines: true, mediaCredits: true, mergedFrom: true } },
      },
    }),
  ]);
  return {
    total,
    contributors: contributors.map(({ _count, ...contributor }) => ({ ...contributor, bylines: _count.bylines, photos: _count.mediaCredits, mergedFrom: _count.mergedFrom })),
  };
}
export type ContributorRow = Awaited<ReturnType<typeof listContributors>>["contributors"][number];
