// Loads what the proofreading rules (lib/domain/proofreading) judge a page
// by, inside the caller's transaction, with the page row locked: rounds close
// when their last mark is settled, and two people settling the last two
// marks at once must not both miss it.
import "server-only";
import type { Tx } from "@/lib/db/client";
import { AppError } from "@/lib/domain/errors";
import type { ProofPageFacts, RoundFacts } from "@/lib/domain/proofreading";

export async function lockPage(tx: Tx, pageId: string) {
  await tx.$queryRaw`SELECT id FROM "Page" WHERE id = ${pageId} FOR UPDATE`;
  const page = await tx.page.findUnique({
    where: { id: pageId },
    include: {
      issue: { include: { publication: { select: { proofRounds: true, name: true } } } },
      proofRounds: { orderBy: { round: "asc" }, include: { _count: { select: { marks: { where: { status: "open" } } } } } },
      _count: { select: { placements: true } },
    },
  });
  if (!page) throw new AppError("notFound", `page ${pageId}`, "pageNotFound");
  const facts = pageFacts(page, page.issue.publication.proofRounds, page.proofRounds.map((r) => ({ ...r, openMarks: r._count.marks })));
  return { page, facts, roundRows: page.proofRounds };
}

export type LockedPage = Awaited<ReturnType<typeof lockPage>>;

type PageRow = {
  proofreaderId: string | null;
  pageEditorId: string | null;
  layoutId: string | null;
  signedAt: Date | null;
  unsignedAt: Date | null;
  _count: { placements: number };
};

/** The rules' view of a page row and its rounds (each with its open-mark count). */
export function pageFacts(page: PageRow, requiredRounds: number, rounds: readonly RoundFacts[]): ProofPageFacts {
  return {
    proofreaderId: page.proofreaderId,
    pageEditorId: page.pageEditorId,
    layoutId: page.layoutId,
    signed: page.signedAt !== null,
    placements: page._count.placements,
    requiredRounds,
    unsignedAt: page.unsignedAt,
    rounds: rounds.map(({ round, kind, proofreaderId, handedOverAt, closedAt, openMarks }) => ({ round, kind, proofreaderId, handedOverAt, closedAt, openMarks })),
  };
}
