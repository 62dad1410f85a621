// 保存报纸设置. The form names the version it was based on (updatedAt): if
// someone saved in between, the save is refused and the form keeps what was
// typed. The audit trail gets the changed fields only, before and after.
import "server-only";
import { getDb } from "@/lib/db";
import { AppError } from "@/lib/domain/errors";
import { changedSettings, settingsOf, type PublicationSettings } from "@/lib/domain/publication-settings";
import { recordAudit } from "@/lib/server/audit";
import type { SessionUser } from "@/lib/server/auth/session-user";

export interface PublicationUpdate {
  id: string;
  /** The updatedAt the form was loaded with. */
  baseUpdatedAt: Date;
  settings: PublicationSettings;
}

export async function updatePublication(actor: SessionUser, { id, baseUpdatedAt, settings }: PublicationUpdate) {
  return getDb().$transaction(async (tx) => {
    await tx.$queryRaw`SELECT id FROM "Publication" WHERE id = ${id} FOR UPDATE`;
    const current = await tx.publication.findUnique({ where: { id } });
    if (!current) throw new AppError("notFound", `publication ${id}`, "publicationNotFound");
    if (current.updatedAt.getTime() !== baseUpdatedAt.getTime()) throw new AppError("conflict", "stale publication", "publicationStale");
    const changes = changedSettings(settingsOf(current), settings);
    if (changes.keys.length === 0) return { changed: [] as string[], updatedAt: current.updatedAt };
    const data = Object.fromEntries(changes.keys.map((key) => [key, settings[key]]));
    const saved = await tx.publication.update({ where: { id }, data, select: { updatedAt: true } });
    await recordAudit({ actorId: actor.id, action: "publication.update", objectType: "Publication", objectId: id, before: changes.before, after: changes.after }, tx);
    return { changed: changes.keys as string[], updatedAt: saved.updatedAt };
  });
}
