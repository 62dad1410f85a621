// 校对标记: the proofreader marks text on the proof; the page's layout or
// editor settles each mark. Accepting one edits the article as an attributed
// revision (校对改正); rejecting one needs a reason the proofreader can read.
import "server-only";
import { getDb } from "@/lib/db";
import type { Tx } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import { articleCharCount } from "@/lib/domain/char-count";
import { AppError } from "@/lib/domain/errors";
import { areaOf, currentRound, mayMark, mayReject, mayResolve, type MarkField } from "@/lib/domain/proofreading";
import type { SuggestedMarkType } from "@/lib/domain/proof-checks";
import { bodyPlainText } from "@/lib/richtext/plain-text";
import { replaceBodyText } from "@/lib/richtext/replace-text";
import { parseArticleBody } from "@/lib/richtext/validate";
import { recordAudit } from "@/lib/server/audit";
import type { SessionUser } from "@/lib/server/auth/session-user";
import { lockPage } from "./page-facts";
import { closeRoundIfSettled, enforceProof } from "./rounds";

export interface MarkInput {
  pageId: string;
  articleId: string | null;
  field: MarkField;
  from: number;
  to: number;
  original: string;
  correction: string;
  type: SuggestedMarkType;
  note?: string | null;
  fromCheck?: string | null;
}

/** Fields whose text a mark points into by offset, and an accepted mark edits. */
const TEXT_FIELDS = ["kicker", "headline", "subheadline", "dateline", "body"] as const;
type TextField = (typeof TEXT_FIELDS)[number];
const isTextField = (field: MarkField): field is TextField => (TEXT_FIELDS as readonly string[]).includes(field);

const chars = (text: string | null | undefined) => [...(text ?? "")];
const slice = (text: string | null | undefined, from: number, to: number) => chars(text).slice(from, to).join("");

export async function addMark(user: SessionUser, input: MarkInput) {
  const note = input.note?.trim() || null;
  if (input.original === input.correction && !note) throw new AppError("validation", "empty mark", "markEmpty");
  if (input.to < input.from) throw new AppError("validation", "range", "markNotOnPage");

  return getDb().$transaction(async (tx) => {
    const { facts, roundRows } = await lockPage(tx, input.pageId);
    const current = currentRound(facts);
    enforceProof(mayMark(user, facts, current));
    if (input.field === "masthead" ? input.articleId !== null : !input.articleId) throw new AppError("validation", "article", "markNotOnPage");
    if (input.articleId) {
      const article = await tx.article.findFirst({
        where: { id: input.articleId, placements: { some: { pageId: input.pageId } } },
        select: { kicker: true, headline: true, subheadline: true, dateline: true, bodyText: true },
      });
      if (!article) throw new AppError("validation", "article not on page", "markNotOnPage");
      // The proof the proofreader looked at must still be what the article says.
      if (isTextField(input.field) && slice(fieldText(article, input.field), input.from, input.to) !== input.original) {
        throw new AppError("conflict", "proof text changed", "markTextChanged");
      }
    }
    const round = roundRows.find((r) => r.round === current!.round)!;
    const mark = await tx.proofMark.create({
      data: {
        roundId: round.id,
        articleId: input.articleId,
        area: areaOf(input.field),
        field: input.field,
        fromOffset: input.from,
        toOffset: input.to,
        original: input.original,
        correction: input.correction,
        type: input.type,
        note,
        fromCheck: input.fromCheck ?? null,
        createdById: user.id,
      },
    });
    // Where and what kind, not the proof's text.
    await recordAudit({ actorId: user.id, action: "proof.mark.create", objectType: "ProofMark", objectId: mark.id, after: { pageId: input.pageId, round: round.round, articleId: input.articleId, field: input.field, type: input.type, fromCheck: mark.fromCheck } }, tx);
    return { markId: mark.id };
  });
}

/** The proofreader takes back a mark of their own round while still marking it. */
export async function withdrawMark(user: SessionUser, markId: string) {
  const mark = await getDb().proofMark.findUnique({ where: { id: markId }, include: { round: { select: { pageId: true, round: true } } } });
  if (!mark) throw new AppError("notFound", `mark ${markId}`, "markSettled");
  return getDb().$transaction(async (tx) => {
    const { facts } = await lockPage(tx, mark.round.pageId);
    const current = currentRound(facts);
    enforceProof(mayMark(user, facts, current?.round === mark.round.round ? current : null));
    await tx.proofMark.delete({ where: { id: markId } });
    await recordAudit({ actorId: user.id, action: "proof.mark.withdraw", objectType: "ProofMark", objectId: markId, before: { pageId: mark.round.pageId, round: mark.round.round, status: mark.status, type: mark.type } }, tx);
    return { markId };
  });
}

export type Resolution = { decision: "accept"; note?: string | null } | { decision: "reject"; reason: string };

export async function resolveMark(user: SessionUser, markId: string, resolution: Resolution) {
  const found = await getDb().proofMark.findUnique({ where: { id: markId }, select: { round: { select: { pageId: true } } } });
  if (!found) throw new AppError("notFound", `mark ${markId}`, "markSettled");

  return getDb().$transaction(async (tx) => {
    const { facts } = await lockPage(tx, found.round.pageId);
    const mark = await tx.proofMark.findUniqueOrThrow({ where: { id: markId }, include: { round: true } });
    enforceProof(mayResolve(user, facts, { status: mark.status, roundClosed: mark.round.closedAt !== null }));

    let revision: { version: number } | null = null;
    if (resolution.decision === "reject") {
      enforceProof(mayReject(resolution.reason));
    } else if (mark.articleId && mark.field && isTextField(mark.field as MarkField) && mark.original !== mark.correction) {
      revision = await applyCorrection(tx, user, mark as typeof mark & { articleId: string; field: TextField });
    }
    const now = new Date();
    await tx.proofMark.update({
      where: { id: markId },
      data: {
        status: resolution.decision === "accept" ? "accepted" : "rejected",
        resolution: (resolution.decision === "reject" ? resolution.reason : resolution.note)?.trim() || null,
        resolvedById: user.id,
        resolvedAt: now,
      },
    });
    const closed = await closeRoundIfSettled(tx, mark.roundId);
    await recordAudit({ actorId: user.id, action: `proof.mark.${resolution.decision}`, objectType: "ProofMark", objectId: markId, before: { status: mark.status }, after: { status: resolution.decision === "accept" ? "accepted" : "rejected", articleVersion: revision?.version ?? null, roundClosed: closed } }, tx);
    return { markId, articleVersion: revision?.version ?? null, roundClosed: closed };
  });
}

type ArticleText = { kicker: string | null; headline: string; subheadline: string | null; dateline: string | null; bodyText: string };

function fieldText(article: ArticleText, field: TextField): string {
  return (field === "body" ? article.bodyText : article[field]) ?? "";
}

/**
 * Where the marked text is now: at the mark's offsets, or (when an earlier
 * correction in the same field moved it) at the nearest occurrence of it.
 */
function locate(text: string, mark: { fromOffset: number | null; toOffset: number | null; original: string }): [number, number] | null {
  const from = mark.fromOffset ?? 0;
  const to = mark.toOffset ?? from + chars(mark.original).length;
  if (slice(text, from, to) === mark.original) return [from, to];
  if (!mark.original) return null;
  const all = chars(text);
  const length = chars(mark.original).length;
  let best: number | null = null;
  for (let i = 0; i + length <= all.length; i += 1) {
    if (all.slice(i, i + length).join("") === mark.original && (best === null || Math.abs(i - from) < Math.abs(best - from))) best = i;
  }
  return best === null ? null : [best, best + length];
}

async function applyCorrection(
  tx: Tx,
  user: SessionUser,
  mark: { id: string; articleId: string; field: TextField; fromOffset: number | null; toOffset: number | null; original: string; correction: string; type: string },
) {
  const article = await tx.article.findUniqueOrThrow({
    where: { id: mark.articleId },
    include: {
      bylines: { orderBy: { position: "asc" }, select: { contributorId: true, role: true } },
      placements: { select: { id: true, placedVersion: true, page: { select: { signedAt: true } } } },
    },
  });
  // A jumped article's other part may stand on a page already signed.
  if (article.placements.some((p) => p.page.signedAt)) throw new AppError("forbidden", "article on a signed page", "pageSigned");
  const range = locate(fieldText(article, mark.field), mark);
  if (!range) throw new AppError("conflict", "marked text gone", "markTextChanged");
  const [from, to] = range;

  const fields = { kicker: article.kicker, headline: article.headline, subheadline: article.subheadline, dateline: article.dateline };
  let body = article.body as Prisma.InputJsonValue;
  let bodyText = article.bodyText;
  if (mark.field === "body") {
    const replaced = replaceBodyText(article.body as object, from, to, mark.correction);
    if (!replaced.ok) throw new AppError("conflict", replaced.reason, replaced.reason === "spansParagraphs" ? "markSpansParagraphs" : "markTextChanged");
    const parsed = parseArticleBody(replaced.doc);
    if (!parsed.ok) throw new AppError("validation", parsed.reason, "invalidBody");
    body = parsed.doc as Prisma.InputJsonValue;
    bodyText = bodyPlainText(parsed.doc);
  } else {
    const text = chars(fields[mark.field]);
    fields[mark.field] = [...text.slice(0, from), mark.correction, ...text.slice(to)].join("");
  }
  const charCount = articleCharCount(fields, bodyText);
  const updated = await tx.article.updateMany({
    where: { id: article.id, version: article.version },
    data: { ...fields, body, bodyText, charCount, version: { increment: 1 } },
  });
  if (updated.count === 0) throw new AppError("conflict", "article changed", "markTextChanged");
  const version = article.version + 1;
  await tx.articleRevision.create({
    data: {
      articleId: article.id, version, kind: "proof_correction", authorId: user.id,
      ...fields, column: article.column, body, bodyText, bylines: article.bylines as Prisma.InputJsonValue,
    },
  });
  // Later open marks in the same field move with the text.
  const delta = chars(mark.correction).length - (to - from);
  if (delta !== 0) {
    await tx.proofMark.updateMany({
      where: { articleId: article.id, field: mark.field, status: "open", id: { not: mark.id }, fromOffset: { gte: to } },
      data: { fromOffset: { increment: delta }, toOffset: { increment: delta } },
    });
  }
  // Layout made (or saw) this change on the proof: it is not news to the composer.
  await tx.placement.updateMany({ where: { articleId: article.id, placedVersion: article.version }, data: { placedVersion: version } });
  return { version };
}
