// The bench's generated archive (《伊滨周报》, slug zhoubao) in the run's
// database, made once for every test file that reads it: the generator adds
// to a database, it does not replace what it made before.
import { generateArchive } from "../../scripts/bench/archive/generate";
import { getDb } from "@/lib/db";

export const ARCHIVE_SLUG = "zhoubao";
export const ARCHIVE_ISSUES = 24;

export async function useArchive(): Promise<{ id: string; slug: string }> {
  const existing = await getDb().publication.findUnique({ where: { slug: ARCHIVE_SLUG }, select: { id: true, slug: true } });
  if (existing) return existing;
  await generateArchive(process.env.DATABASE_URL!, ARCHIVE_ISSUES);
  return getDb().publication.findUniqueOrThrow({ where: { slug: ARCHIVE_SLUG }, select: { id: true, slug: true } });
}
