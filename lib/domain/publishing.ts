// 发布: putting a locked issue on the reader site, now or at a set time, and
// taking it off (撤回). Pure rules; lib/server/publishing applies them.
import type { Reason } from "./errors";
import { can } from "./permissions";
import type { Role } from "./roles";

export type IssueStatusName = "planning" | "composing" | "proofing" | "locked" | "scheduled" | "published" | "withdrawn";

export type PublishRefusal = Extract<Reason, "notAllowed" | "issueNotLocked" | "issueNotPublished" | "withdrawReasonRequired" | "publishTimeInvalid">;
export type PublishVerdict = { ok: true } | { ok: false; refusal: PublishRefusal };
const ok: PublishVerdict = { ok: true };
const no = (refusal: PublishRefusal): PublishVerdict => ({ ok: false, refusal });

type Actor = { roles: readonly Role[] };

/** A year ahead is as far as anyone schedules a newspaper. */
const LATEST_SCHEDULE_MS = 366 * 24 * 3600 * 1000;

/** Only an issue signed for press (已付印), or one taken off before, goes out. */
export function mayPublish(actor: Actor, issue: { status: IssueStatusName }, publishAt: Date | null, now: Date): PublishVerdict {
  if (!can(actor.roles, "issue.publish")) return no("notAllowed");
  if (issue.status !== "locked" && issue.status !== "withdrawn") return no("issueNotLocked");
  if (publishAt && (Number.isNaN(publishAt.getTime()) || publishAt.getTime() - now.getTime() > LATEST_SCHEDULE_MS)) return no("publishTimeInvalid");
  return ok;
}

/** The status an issue takes when published at `publishAt` (a past or absent time means now). */
export function statusWhenPublished(publishAt: Date | null, now: Date): "scheduled" | "published" {
  return publishAt && publishAt.getTime() > now.getTime() ? "scheduled" : "published";
}

export function mayUnpublish(actor: Actor, issue: { status: IssueStatusName }, reason: string): PublishVerdict {
  if (!can(actor.roles, "issue.publish")) return no("notAllowed");
  if (issue.status !== "published" && issue.status !== "scheduled") return no("issueNotPublished");
  if (!reason.trim()) return no("withdrawReasonRequired");
  return ok;
}

/** What the desk calls the issue now: a scheduled issue past its time is out. */
export function displayStatus(issue: { status: IssueStatusName; publishAt: Date | null }, now: Date): IssueStatusName {
  if (issue.status === "scheduled" && issue.publishAt && issue.publishAt.getTime() <= now.getTime()) return "published";
  return issue.status;
}

/** 2023-06-21T08:00 typed in Beijing time (UTC+8, no daylight saving) → the instant. */
export function beijingLocalTime(value: string): Date | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/.exec(value);
  if (!match) return null;
  const [, y, mo, d, h, mi] = match.map(Number) as [number, number, number, number, number, number];
  const date = new Date(Date.UTC(y, mo - 1, d, h - 8, mi));
  return Number.isNaN(date.getTime()) ? null : date;
}

/** The instant as Beijing wall time, for a datetime-local input. */
export function toBeijingLocal(date: Date): string {
  return new Date(date.getTime() + 8 * 3600_000).toISOString().slice(0, 16);
}
