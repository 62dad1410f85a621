// What the reader site's front shows: the default publication and its latest
// published issue. Readers never see an issue before it is published.
import "server-only";
import { getDb } from "@/lib/db";

export async function loadFrontPage() {
  const db = getDb();
  const publication = await db.publication.findFirst({ orderBy: [{ isDefault: "desc" }, { createdAt: "asc" }] });
  if (!publication) return null;
  const issue = await db.issue.findFirst({
    where: {
      publicationId: publication.id,
      status: "published",
      OR: [{ publishAt: null }, { publishAt: { lte: new Date() } }],
    },
    orderBy: { date: "desc" },
    include: {
      pages: {
        orderBy: { number: "asc" },
        include: {
          placements: {
            where: { continuesFromId: null },
            orderBy: { position: "asc" },
            select: { article: { select: { id: true, kicker: true, headline: true, subheadline: true } } },
          },
        },
      },
    },
  });
  return { publication, issue };
}

export type FrontPage = NonNullable<Awaited<ReturnType<typeof loadFrontPage>>>;
