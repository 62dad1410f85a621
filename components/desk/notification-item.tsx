import type { Route } from "next";
import Link from "next/link";
import { REVIEW_LEVELS, type ReviewLevel } from "@/lib/domain/article-workflow";
import { format, messages } from "@/lib/i18n";
import type { NotificationKind, NotificationPayload } from "@/lib/server/notifications/notify";
import { DeskTime } from "./desk-time";
import { articleHref } from "./hrefs";

const t = messages.lists.notifications;
const levels = messages.articles.levels;

export interface NotificationView {
  id: string;
  kind: NotificationKind;
  payload: NotificationPayload;
  readAt: Date | null;
  createdAt: Date;
}

const isLevel = (value: string | undefined): value is ReviewLevel => REVIEW_LEVELS.includes(value as ReviewLevel);

/** The level before `level`, whose pass sent the article on. */
const PASSED_BEFORE: Record<ReviewLevel, ReviewLevel | null> = { first: null, second: "first", final: "second" };

/** The notification as the newsroom would say it. */
export function notificationSentence({ kind, payload }: Pick<NotificationView, "kind" | "payload">): string {
  const values = { by: payload.byName, headline: payload.headline.trim() || messages.lists.untitled, detail: payload.detail ?? "" };
  switch (kind) {
    case "article.returned":
      return format(payload.detail ? t.kinds.returnedWithOpinion : t.kinds.returned, values);
    case "article.awaiting_review": {
      if (!isLevel(payload.detail)) return format(t.kinds.awaiting, values);
      const passed = PASSED_BEFORE[payload.detail];
      if (!passed) return format(t.kinds.submitted, values);
      return format(t.kinds.passed, { ...values, passedLevel: levels[passed], level: levels[payload.detail] });
    }
    case "comment.mention":
      return format(payload.detail ? t.kinds.mentionWithText : t.kinds.mention, values);
    case "page.assigned":
      return format(t.kinds.pageAssigned, values);
    case "proof.handed_over":
      return format(t.kinds.proofHandedOver, values);
    case "page.unsigned":
      return format(t.kinds.pageUnsigned, values);
    default:
      return format(t.kinds.other, values);
  }
}

/** Where a notification leads: its page, or its article. */
function notificationHref({ kind, payload }: Pick<NotificationView, "kind" | "payload">): Route {
  if (kind === "proof.handed_over" && payload.issueId && payload.pageNumber) return `/desk/issues/${payload.issueId}/pages/${payload.pageNumber}/proof` as Route;
  if (payload.issueId && payload.pageNumber) return `/desk/issues/${payload.issueId}/pages/${payload.pageNumber}` as Route;
  return articleHref(payload.articleId);
}

export function NotificationItem({ notification }: { notification: NotificationView }) {
  const unread = notification.readAt === null;
  return (
    <Link
      href={notificationHref(notification)}
      data-notification={notification.id}
      data-unread={unread || undefined}
      className={`group flex gap-3 px-4 py-3.5 hover:bg-stone-50 ${unread ? "bg-white" : "bg-stone-50/60"}`}
    >
      <span className="mt-2 flex w-2 shrink-0 justify-center">
        {unread && (
          <span className="size-2 rounded-full bg-brand-600">
            <span className="sr-only">{t.unread}</span>
          </span>
        )}
      </span>
      <span className="min-w-0 flex-1">
        <span className={`block text-sm leading-relaxed group-hover:text-brand-700 ${unread ? "font-medium text-stone-900" : "text-stone-600"}`}>
          {notificationSentence(notification)}
        </span>
        <DeskTime date={notification.createdAt} className="mt-0.5 block text-xs text-stone-400 tabular-nums" />
      </span>
    </Link>
  );
}
