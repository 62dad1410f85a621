// The 三审 workflow of an article (稿件): who may edit it, submit it and
// review it at which level, and where each decision takes it. Pure rules; the
// use cases in lib/server/articles apply them and the server enforces them.
import type { Reason } from "./errors";
import { can } from "./permissions";
import type { Role } from "./roles";

export const ARTICLE_STATUSES = [
  "draft", // 草稿
  "submitted", // 已提交, 待初审
  "first_passed", // 初审通过, 待复审
  "second_passed", // 复审通过, 待终审
  "released", // 终审签发, ready for layout
  "returned", // 退修
  "rejected", // 退稿, archived
] as const;
export type ArticleStatus = (typeof ARTICLE_STATUSES)[number];

export const REVIEW_LEVELS = ["first", "second", "final"] as const; // 初审 复审 终审
export type ReviewLevel = (typeof REVIEW_LEVELS)[number];
export const REVIEW_OUTCOMES = ["pass", "return", "reject"] as const; // 通过 退修 退稿
export type ReviewOutcome = (typeof REVIEW_OUTCOMES)[number];

/** The level an article in this state waits for, if any. */
export function pendingLevel(status: ArticleStatus): ReviewLevel | null {
  if (status === "submitted") return "first";
  if (status === "first_passed") return "second";
  if (status === "second_passed") return "final";
  return null;
}

const PERMISSION_FOR_LEVEL = { first: "review.first", second: "review.second", final: "review.final" } as const;

const PASSED: Record<ReviewLevel, ArticleStatus> = { first: "first_passed", second: "second_passed", final: "released" };

/** Where a decision at `level` takes the article. */
export function statusAfter(level: ReviewLevel, outcome: ReviewOutcome): ArticleStatus {
  if (outcome === "return") return "returned";
  if (outcome === "reject") return "rejected";
  return PASSED[level];
}

export interface Actor {
  id: string;
  roles: readonly Role[];
}

export interface ArticleFacts {
  status: ArticleStatus;
  authorId: string | null;
  /** Every review decision recorded on the article, of any round. */
  decisions: readonly { level: ReviewLevel; reviewerId: string }[];
  /** Placed on a page signed for press (签付印): frozen until the chief unsigns it. */
  onSignedPage?: boolean;
}

/** Why an action is refused (one of the Reasons in errors.ts). */
export type Refusal = Extract<
  Reason,
  | "notAllowed"
  | "notYours"
  | "submittedLocked"
  | "archived"
  | "notSubmittable"
  | "notAtThisLevel"
  | "reviewedAnotherLevel"
  | "opinionRequired"
  | "pageSigned"
>;

export type Verdict = { ok: true } | { ok: false; refusal: Refusal };
const ok: Verdict = { ok: true };
const no = (refusal: Refusal): Verdict => ({ ok: false, refusal });

const EDITABLE_BY_AUTHOR: readonly ArticleStatus[] = ["draft", "returned"];
const EDITABLE_BY_EDITORS: readonly ArticleStatus[] = ["submitted", "first_passed", "second_passed", "released"];

/**
 * The author edits their own drafts and returned articles; once submitted,
 * only editors (编辑加工) do, as attributed revisions, until it is returned.
 */
export function mayEdit(actor: Actor, article: ArticleFacts): Verdict {
  if (article.status === "rejected") return no("archived");
  if (article.onSignedPage) return no("pageSigned");
  const isAuthor = article.authorId === actor.id;
  if (isAuthor && EDITABLE_BY_AUTHOR.includes(article.status) && can(actor.roles, "article.editOwn")) return ok;
  if (EDITABLE_BY_EDITORS.includes(article.status) && can(actor.roles, "article.editAny")) return ok;
  if (isAuthor) return no(EDITABLE_BY_EDITORS.includes(article.status) ? "submittedLocked" : "notAllowed");
  return no(can(actor.roles, "article.editAny") ? "notAllowed" : "notYours");
}

export function maySubmit(actor: Actor, article: ArticleFacts): Verdict {
  if (!can(actor.roles, "article.submit")) return no("notAllowed");
  if (article.authorId !== actor.id) return no("notYours");
  if (!EDITABLE_BY_AUTHOR.includes(article.status)) return no("notSubmittable");
  return ok;
}

/**
 * A review at `level`: the article must be waiting for that level, the actor
 * must hold its permission, and no one may take two of the three levels of
 * one article (across every round, since a returned article comes back).
 */
export function mayReview(actor: Actor, article: ArticleFacts, level: ReviewLevel): Verdict {
  if (article.status === "rejected") return no("archived");
  if (!can(actor.roles, PERMISSION_FOR_LEVEL[level])) return no("notAllowed");
  if (pendingLevel(article.status) !== level) return no("notAtThisLevel");
  const otherLevel = article.decisions.some((d) => d.reviewerId === actor.id && d.level !== level);
  if (otherLevel) return no("reviewedAnotherLevel");
  return ok;
}

/** A return or rejection must say why; a pass may be brief but not empty. */
export function checkOpinion(opinion: string): Verdict {
  return opinion.trim().length > 0 ? ok : no("opinionRequired");
}

/** The levels this actor could take on the article now (for the UI). */
export function reviewableLevel(actor: Actor, article: ArticleFacts): ReviewLevel | null {
  const level = pendingLevel(article.status);
  return level && mayReview(actor, article, level).ok ? level : null;
}

/**
 * Who sees an article on the desk: its author; editors and up, once it is
 * submitted (a draft is its author's own); layout and proofreaders, once it
 * is released for the page.
 */
export function mayView(actor: Actor, article: Pick<ArticleFacts, "status" | "authorId">): boolean {
  if (article.authorId === actor.id) return true;
  if (can(actor.roles, "article.editAny") && article.status !== "draft") return true;
  const composes = can(actor.roles, "page.layout") || can(actor.roles, "page.compose") || can(actor.roles, "proof.mark");
  return composes && article.status === "released";
}
