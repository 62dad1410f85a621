// 报纸: every title the centre prints, with its settings for the edit form.
import "server-only";
import { getDb } from "@/lib/db";
import { settingsOf } from "@/lib/domain/publication-settings";

export async function listPublications() {
  const publications = await getDb().publication.findMany({ orderBy: [{ isDefault: "desc" }, { name: "asc" }] });
  return publications.map((publication) => ({ id: publication.id, slug: publication.slug, updatedAt: publication.updatedAt, settings: settingsOf(publication) }));
}

export async function getPublicationSettings(id: string) {
  const publication = await getDb().publication.findUnique({ where: { id } });
  return publication ? { id: publication.id, slug: publication.slug, updatedAt: publication.updatedAt, settings: settingsOf(publication) } : null;
}
