import type { Metadata } from "next";
import { MarkAllReadButton } from "@/components/desk/mark-all-read-button";
import { NotificationItem } from "@/components/desk/notification-item";
import { messages } from "@/lib/i18n";
import { requireSessionUser } from "@/lib/server/auth/session";
import { listNotifications } from "@/lib/server/notifications/notifications";

const t = messages.lists.notifications;

export const metadata: Metadata = { title: t.title };

export default async function NotificationsPage() {
  const user = await requireSessionUser("/desk/notifications");
  const notifications = await listNotifications(user);
  const anyUnread = notifications.some((n) => n.readAt === null);

  return (
    <div className="mx-auto max-w-3xl space-y-5">
      <header className="flex flex-wrap items-end justify-between gap-3">
        <h1 className="font-serif text-2xl font-bold text-stone-900 sm:text-3xl">{t.title}</h1>
        {anyUnread && <MarkAllReadButton />}
      </header>
      {notifications.length === 0 ? (
        <div className="rounded-lg border border-dashed border-stone-300 bg-white px-6 py-12 text-center">
          <p className="font-medium text-stone-700">{t.empty}</p>
          <p className="mt-1 text-sm text-stone-500">{t.emptyHint}</p>
        </div>
      ) : (
        <ul className="divide-y divide-stone-100 overflow-hidden rounded-lg border border-stone-200 bg-white shadow-sm">
          {notifications.map((notification) => (
            <li key={notification.id}>
              <NotificationItem notification={notification} />
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
