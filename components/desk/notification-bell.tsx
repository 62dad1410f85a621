import Link from "next/link";
import { format, messages } from "@/lib/i18n";

const t = messages.lists.header;

/** The bell in the desk header, with the number of unread notifications. */
export function NotificationBell({ unread }: { unread: number }) {
  const label = unread > 0 ? format(t.notificationsUnread, { count: unread }) : t.notifications;
  return (
    <Link
      href="/desk/notifications"
      aria-label={label}
      title={label}
      data-testid="notification-bell"
      className="relative inline-flex size-9 items-center justify-center rounded-full text-stone-600 hover:bg-stone-100 hover:text-brand-700"
    >
      <svg aria-hidden viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth={1.8} strokeLinecap="round" strokeLinejoin="round" className="size-5">
        <path d="M6 8a6 6 0 1 1 12 0c0 7 3 9 3 9H3s3-2 3-9" />
        <path d="M10.3 21a1.94 1.94 0 0 0 3.4 0" />
      </svg>
      {unread > 0 && (
        <span
          aria-hidden
          className="absolute -top-0.5 -right-0.5 flex h-4.5 min-w-4.5 items-center justify-center rounded-full bg-brand-600 px-1 text-[11px] leading-none font-semibold text-white tabular-nums ring-2 ring-white"
        >
          {unread > 99 ? "99+" : unread}
        </span>
      )}
    </Link>
  );
}
