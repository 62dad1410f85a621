// Everything the proofreading desk (校样台) shows for one page: the proof with
// its marks, the rounds, the checks' suggestions, 差错率, and what the
// signed-in user may do now. The rules decide; this only loads and joins.
import "server-only";
import { getDb } from "@/lib/db";
import { errorRate, issueErrorRate, type ConfirmedMark } from "@/lib/domain/error-rate";
import { AppError } from "@/lib/domain/errors";
import { displayStatus } from "@/lib/domain/publishing";
import { formatLunarDate } from "@/lib/domain/lunar";
import { checkArticle, checkMasthead, type Suggestion } from "@/lib/domain/proof-checks";
import { proofCharacters, type PageProof } from "@/lib/domain/proof-model";
import {
  currentRound, maySign, mayStartRound, mayMark, mayResolve, mayUnsign, nextRound, roundPhase, roundsToShow,
  type MarkField,
} from "@/lib/domain/proofreading";
import type { SessionUser } from "@/lib/server/auth/session-user";
import { loadIssueProofs } from "@/lib/server/composition/load-proof";
import { pageFacts } from "./page-facts";

export async function loadProofDesk(user: SessionUser, issueId: string, pageNumber: number) {
  const db = getDb();
  const page = await db.page.findFirst({
    where: { issueId, number: pageNumber },
    include: {
      issue: {
        include: {
          publication: { select: { name: true, proofRounds: true, internalCirculation: true, dateline: true } },
          pages: { orderBy: { number: "asc" }, select: { id: true, number: true, name: true, signedAt: true } },
        },
      },
      signedBy: { select: { name: true } },
      proofRounds: {
        orderBy: { round: "asc" },
        include: {
          proofreader: { select: { id: true, name: true } },
          marks: {
            orderBy: { createdAt: "asc" },
            include: {
              createdBy: { select: { name: true } },
              resolvedBy: { select: { name: true } },
              article: { select: { headline: true } },
            },
          },
        },
      },
      _count: { select: { placements: true } },
    },
  });
  if (!page) throw new AppError("notFound", "page", "pageNotFound");
  const proofs = await loadIssueProofs(issueId, pageNumber);
  const { proof, placements } = proofs!.pages[0]!;
  const publication = page.issue.publication;

  const facts = pageFacts(
    page,
    publication.proofRounds,
    page.proofRounds.map((r) => ({ ...r, openMarks: r.marks.filter((m) => m.status === "open").length })),
  );
  const current = currentRound(facts);
  const marks = page.proofRounds.flatMap((round) =>
    round.marks.map((m) => ({
      id: m.id,
      round: round.round,
      roundKind: round.kind,
      roundClosed: round.closedAt !== null,
      articleId: m.articleId,
      headline: m.article?.headline ?? null,
      field: (m.field ?? "body") as MarkField,
      area: m.area,
      from: m.fromOffset ?? 0,
      to: m.toOffset ?? 0,
      original: m.original,
      correction: m.correction,
      type: m.type,
      note: m.note,
      status: m.status,
      resolution: m.resolution,
      fromCheck: m.fromCheck,
      createdBy: m.createdBy.name,
      createdAt: m.createdAt,
      resolvedBy: m.resolvedBy?.name ?? null,
      resolvedAt: m.resolvedAt,
      canResolve: mayResolve(user, facts, { status: m.status, roundClosed: round.closedAt !== null }).ok,
    })),
  );

  const suggestions = pageSuggestions(proof, placements.map((p) => p.article), {
    internalCirculation: publication.internalCirculation,
    datelineName: publication.dateline,
    issueDate: page.issue.date,
  }).filter((s) => !marks.some((m) => m.articleId === s.articleId && m.field === s.field && m.from === s.from && m.to === s.to));

  const sign = maySign(user, facts);
  return {
    issue: {
      id: page.issue.id, number: page.issue.number, totalNumber: page.issue.totalNumber, date: page.issue.date,
      lunarDate: formatLunarDate(page.issue.date), status: page.issue.status, publicationName: publication.name,
    },
    page: {
      id: page.id, number: page.number, name: page.name, signedAt: page.signedAt, signedBy: page.signedBy?.name ?? null,
    },
    pages: page.issue.pages.map((p) => ({ number: p.number, name: p.name, signed: p.signedAt !== null })),
    proof,
    planned: roundsToShow(facts),
    rounds: page.proofRounds.map((r) => ({
      id: r.id, round: r.round, kind: r.kind, proofreader: r.proofreader.name, startedAt: r.startedAt,
      handedOverAt: r.handedOverAt, closedAt: r.closedAt, characters: r.characters,
      phase: roundPhase(r), marks: r.marks.length, open: r.marks.filter((m) => m.status === "open").length,
    })),
    current: current ? { round: current.round, kind: current.kind, phase: roundPhase(current) } : null,
    next: nextRound(facts),
    marks,
    suggestions,
    errorRate: await errorRates(issueId, page.id, proofCharacters(proof)),
    can: {
      startRound: mayStartRound(user, facts).ok,
      mark: mayMark(user, facts, current).ok,
      sign: sign.ok,
      signRefusal: sign.ok ? null : sign.refusal,
      unsign: mayUnsign(user, facts, { published: displayStatus(page.issue, new Date()) === "published" }, "…").ok,
    },
  };
}

export type ProofDesk = Awaited<ReturnType<typeof loadProofDesk>>;

export type PageSuggestion = Suggestion & { id: string; articleId: string | null };

/**
 * The checks on what this page prints: each article's own fields once (on
 * the part that carries its headings), body findings only where this page
 * holds that stretch of text, and the masthead's lunar date on page 1.
 */
function pageSuggestions(
  proof: PageProof,
  articles: { id: string; kicker: string | null; headline: string; subheadline: string | null; dateline: string | null; bodyText: string; bylines: unknown[] }[],
  options: { internalCirculation: boolean; datelineName: string; issueDate: Date },
): PageSuggestion[] {
  const out: PageSuggestion[] = [];
  for (const box of proof.boxes) {
    const article = articles.find((a) => a.id === box.articleId);
    if (!article) continue;
    const first = box.paragraphs[0]?.offset ?? 0;
    const last = box.paragraphs.at(-1);
    const end = last ? last.offset + [...last.text].length : first;
    const found = checkArticle({ ...article, bylineCount: article.bylines.length }, options).filter((s) => {
      if (s.field === "body" && s.to > s.from) return s.from >= first && s.to <= end;
      // Headings, dateline and the missing-byline/dateline notes go with the article's first part.
      return !box.continuation;
    });
    out.push(...found.map((s) => ({ ...s, articleId: article.id, id: `${article.id}:${s.kind}:${s.field}:${s.from}:${s.to}` })));
  }
  if (proof.header.kind === "masthead") {
    out.unshift(...checkMasthead(proof.header.lunar, options.issueDate).map((s) => ({ ...s, articleId: null, id: `masthead:${s.kind}` })));
  }
  return out;
}

/** 差错率 of this page and of its issue so far, from accepted marks over the proof's 字数. */
async function errorRates(issueId: string, pageId: string, liveCharacters: number) {
  const rounds = await getDb().proofRound.findMany({
    where: { page: { issueId } },
    orderBy: { round: "asc" },
    select: { pageId: true, characters: true, marks: { where: { status: "accepted" }, select: { area: true, original: true, correction: true, type: true } } },
  });
  const byPage = new Map<string, { marks: ConfirmedMark[]; characters: number }>();
  for (const round of rounds) {
    const entry = byPage.get(round.pageId) ?? { marks: [], characters: 0 };
    // The latest round's 字数 stands for the page.
    byPage.set(round.pageId, { marks: [...entry.marks, ...round.marks], characters: round.characters });
  }
  const own = byPage.get(pageId);
  return {
    page: { ...errorRate(own?.marks ?? [], own?.characters ?? liveCharacters), characters: own?.characters ?? liveCharacters },
    issue: issueErrorRate([...byPage.values()]),
  };
}
