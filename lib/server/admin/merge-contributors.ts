// 合并作者: duplicates' bylines and photo credits move to the contributor kept,
// and each duplicate points at it (mergedIntoId), so that the importer, which
// matches names, lands later back issues on the one kept. One transaction.
import "server-only";
import { getDb } from "@/lib/db";
import { mergedUserId, mergeVerdict } from "@/lib/domain/contributor-merge";
import { recordAudit } from "@/lib/server/audit";
import type { SessionUser } from "@/lib/server/auth/session-user";
import { enforceVerdict } from "@/lib/server/errors";

export interface ContributorMerge {
  targetId: string;
  duplicateIds: string[];
}

const facts = { id: true, name: true, kind: true, userId: true, mergedIntoId: true, _count: { select: { bylines: true, mediaCredits: true } } } as const;

export async function mergeContributors(actor: SessionUser, { targetId, duplicateIds }: ContributorMerge) {
  const ids = [...new Set(duplicateIds)];
  return getDb().$transaction(async (tx) => {
    await tx.$queryRaw`SELECT id FROM "Contributor" WHERE id = ANY(${[targetId, ...ids]}) ORDER BY id FOR UPDATE`;
    const rows = await tx.contributor.findMany({ where: { id: { in: [targetId, ...ids] } }, select: facts });
    const target = rows.find((row) => row.id === targetId) ?? null;
    // The target listed among the duplicates is a merge into itself, not a missing row.
    const duplicates = ids.map((id) => rows.find((row) => row.id === id) ?? null);
    enforceVerdict(mergeVerdict(target, duplicates, ids.length), ["mergeNothing"]);
    const kept = target!;
    const merged = duplicates as NonNullable<(typeof duplicates)[number]>[];

    const bylines = await tx.byline.updateMany({ where: { contributorId: { in: ids } }, data: { contributorId: kept.id } });
    const photos = await tx.media.updateMany({ where: { creditContributorId: { in: ids } }, data: { creditContributorId: kept.id } });
    // Earlier merges into a duplicate now point straight at the one kept.
    await tx.contributor.updateMany({ where: { mergedIntoId: { in: ids } }, data: { mergedIntoId: kept.id } });
    const userId = mergedUserId(kept, merged);
    await tx.contributor.updateMany({ where: { id: { in: ids } }, data: { mergedIntoId: kept.id, userId: null } });
    if (userId !== kept.userId) await tx.contributor.update({ where: { id: kept.id }, data: { userId } });

    const describe = ({ _count, mergedIntoId: _merged, ...row }: (typeof rows)[number]) => ({ ...row, bylines: _count.bylines, photos: _count.mediaCredits });
    await recordAudit(
      {
        actorId: actor.id,
        action: "contributor.merge",
        objectType: "Contributor",
        objectId: kept.id,
        before: { target: describe(kept), duplicates: merged.map(describe) },
        after: { target: { ...describe(kept), userId, bylines: kept._count.bylines + bylines.count, photos: kept._count.mediaCredits + photos.count }, mergedIds: ids },
      },
      tx,
    );
    return { name: kept.name, merged: ids.length, bylines: bylines.count, photos: photos.count };
  });
}
