// Loads an issue's pages as page proofs (大样): the rows, then the pure model
// (lib/domain/proof-model) decides what is drawn where.
import "server-only";
import { getDb } from "@/lib/db";
import { figuresOf, focalWithinCrop, creditLine, type Crop, type Renditions } from "@/lib/domain/media";
import { jumpBreak, buildPageProof, type ProofArticle, type ProofPhoto, type ProofPlacementInput } from "@/lib/domain/proof-model";
import type { PageFormat } from "@/lib/domain/page-grid";

const placementInclude = {
  article: {
    select: {
      id: true, kicker: true, headline: true, subheadline: true, column: true, dateline: true, bodyText: true, version: true, body: true,
      bylines: { orderBy: { position: "asc" as const }, select: { role: true, contributor: { select: { name: true } } } },
    },
  },
  media: { select: { id: true } },
  page: { select: { number: true } },
  continuesFrom: { include: { page: { select: { number: true } } } },
  continuedOn: { include: { page: { select: { number: true } } } },
};

type PlacementRow = Awaited<ReturnType<typeof loadPlacements>>[number];

type Reader = Pick<ReturnType<typeof getDb>, "issue" | "placement" | "media">;

function loadPlacements(pageIds: string[], db: Reader = getDb()) {
  return db.placement.findMany({ where: { pageId: { in: pageIds } }, orderBy: [{ pageId: "asc" }, { position: "asc" }], include: placementInclude });
}

export function proofArticle(row: PlacementRow["article"], photo: ProofPhoto | null = null): ProofArticle {
  return {
    id: row.id, kicker: row.kicker, headline: row.headline, subheadline: row.subheadline, column: row.column, dateline: row.dateline,
    bodyText: row.bodyText, bylines: row.bylines.map((b) => ({ name: b.contributor.name, role: b.role })), photo,
  };
}

const photoSelect = {
  id: true, caption: true, altText: true, focalX: true, focalY: true, crop: true, renditions: true, width: true, height: true,
  creditRole: true, creditContributor: { select: { name: true } },
} as const;

/**
 * The photo of each placement's box: the one layout placed in the box, else the
 * article's first figure (with the caption and credit as edited in the article).
 */
async function photosOf(rows: PlacementRow[], db: Reader): Promise<Map<string, ProofPhoto | null>> {
  const wanted = rows.map((row) => {
    const figure = figuresOf(row.article.body).find((f) => f.mediaId);
    return { row, mediaId: row.media?.id ?? figure?.mediaId ?? null, figure: row.media ? null : figure ?? null };
  });
  const ids = [...new Set(wanted.map((w) => w.mediaId).filter((id): id is string => Boolean(id)))];
  const media = ids.length ? await db.media.findMany({ where: { id: { in: ids } }, select: photoSelect }) : [];
  const byId = new Map(media.map((m) => [m.id, m]));
  return new Map(
    wanted.map(({ row, mediaId, figure }) => {
      const m = mediaId ? byId.get(mediaId) : undefined;
      if (!m) return [row.id, null];
      const print = (m.renditions as Renditions).print;
      const focal = focalWithinCrop(m.focalX, m.focalY, (m.crop as Crop | null) ?? null);
      return [
        row.id,
        {
          mediaId: m.id,
          caption: figure ? figure.caption : (m.caption ?? ""),
          credit: figure ? figure.credit : m.creditContributor ? creditLine(m.creditContributor.name, m.creditRole) : "",
          alt: figure ? figure.alt : (m.altText ?? ""),
          aspect: print ? print.width / print.height : m.width / m.height,
          objectPosition: `${Math.round(focal.x * 100)}% ${Math.round(focal.y * 100)}%`,
        },
      ];
    }),
  );
}

/** The proof input of one placement, its jump resolved against the other part's box. */
export function proofPlacement(row: PlacementRow, format: PageFormat, photo: ProofPhoto | null = null): ProofPlacementInput {
  const article = proofArticle(row.article, photo);
  const box = { columnStart: row.columnStart, columnSpan: row.columnSpan, height: row.height, headlineSize: row.headlineSize };
  let jump: ProofPlacementInput["jump"] = null;
  if (row.continuedOn) {
    jump = { part: "first", otherPageNumber: row.continuedOn.page.number, breakAt: row.breakAt ?? jumpBreak(format, row.page.number, box, article) };
  } else if (row.continuesFrom) {
    const first = row.continuesFrom;
    const firstBox = { columnStart: first.columnStart, columnSpan: first.columnSpan, height: first.height, headlineSize: first.headlineSize };
    jump = { part: "continuation", otherPageNumber: first.page.number, breakAt: first.breakAt ?? jumpBreak(format, first.page.number, firstBox, article) };
  }
  return { id: row.id, ...box, article, jump };
}

/** The issue's pages as proofs; `db` is a transaction when the caller is in one (publishing). */
export async function loadIssueProofs(issueId: string, pageNumber?: number, db: Reader = getDb()) {
  const issue = await db.issue.findUnique({
    where: { id: issueId },
    include: {
      publication: true,
      pages: {
        where: pageNumber ? { number: pageNumber } : undefined,
        orderBy: { number: "asc" },
        include: { pageEditor: { select: { name: true } }, layout: { select: { name: true } }, proofreader: { select: { name: true } } },
      },
    },
  });
  if (!issue) return null;
  const placements = await loadPlacements(issue.pages.map((p) => p.id), db);
  const photos = await photosOf(placements, db);
  // Each page has its own column grid (set from the publication when planned).
  const formatOf = (columns: number): PageFormat => ({ widthMm: issue.publication.pageWidthMm, heightMm: issue.publication.pageHeightMm, columns });
  return {
    issue: { id: issue.id, date: issue.date, number: issue.number, totalNumber: issue.totalNumber, publicationName: issue.publication.name },
    pages: issue.pages.map((page) => ({
      number: page.number,
      name: page.name,
      placements: placements.filter((p) => p.pageId === page.id),
      proof: buildPageProof({
        format: formatOf(page.columns),
        publication: issue.publication,
        issue,
        page: { number: page.number, name: page.name, pageEditor: page.pageEditor?.name ?? null, layout: page.layout?.name ?? null, proofreader: page.proofreader?.name ?? null },
        placements: placements.filter((p) => p.pageId === page.id).map((row) => proofPlacement(row, formatOf(page.columns), photos.get(row.id) ?? null)),
      }),
    })),
  };
}

export type IssueProofs = NonNullable<Awaited<ReturnType<typeof loadIssueProofs>>>;
