// The 图片库: photos found by caption, credit or file name and by upload date,
// newest first, each with the articles it is used in (“用于”).
import "server-only";
import { getDb } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { MEDIA_PAGE_SIZE, type MediaQuery, type Renditions } from "@/lib/domain/media";

const select = {
  id: true, originalName: true, width: true, height: true, caption: true, altText: true, creditRole: true,
  focalX: true, focalY: true, crop: true, renditions: true, createdAt: true,
  creditContributor: { select: { id: true, name: true } },
  uploadedBy: { select: { name: true } },
  articles: { select: { article: { select: { id: true, headline: true, status: true } } }, take: 20 },
} satisfies Prisma.MediaSelect;

export type LibraryMedia = Prisma.MediaGetPayload<{ select: typeof select }> & { renditions: Renditions };

export async function listMedia(query: MediaQuery) {
  const where: Prisma.MediaWhereInput = {};
  const words = query.q.split(/\s+/).filter(Boolean);
  if (words.length > 0) {
    where.AND = words.map((word) => ({
      OR: [
        { caption: { contains: word, mode: "insensitive" } },
        { altText: { contains: word, mode: "insensitive" } },
        { originalName: { contains: word, mode: "insensitive" } },
        { creditContributor: { name: { contains: word, mode: "insensitive" } } },
      ],
    }));
  }
  if (query.from || query.to) {
    where.createdAt = {
      ...(query.from ? { gte: new Date(`${query.from}T00:00:00+08:00`) } : {}),
      // The whole of the last day, Beijing time (the newsroom's day).
      ...(query.to ? { lt: new Date(new Date(`${query.to}T00:00:00+08:00`).getTime() + 86_400_000) } : {}),
    };
  }
  const db = getDb();
  const [total, items] = await Promise.all([
    db.media.count({ where }),
    db.media.findMany({
      where, select, orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      skip: (query.page - 1) * MEDIA_PAGE_SIZE, take: MEDIA_PAGE_SIZE,
    }),
  ]);
  return { total, items: items as LibraryMedia[], page: query.page, pages: Math.max(1, Math.ceil(total / MEDIA_PAGE_SIZE)) };
}

export async function getMedia(id: string) {
  return (await getDb().media.findUnique({ where: { id }, select })) as LibraryMedia | null;
}
