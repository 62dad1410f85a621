import { DeskHeader } from "@/components/desk/desk-header";
import { requireSessionUser } from "@/lib/server/auth/session";
import { unreadCount } from "@/lib/server/notifications/notifications";

export default async function DeskLayout({ children }: { children: React.ReactNode }) {
  const user = await requireSessionUser();
  const unread = await unreadCount(user);
  return (
    <div className="min-h-dvh bg-stone-50">
      <DeskHeader user={user} unread={unread} />
      <main className="mx-auto max-w-6xl px-4 py-6 sm:px-6 sm:py-10">{children}</main>
    </div>
  );
}
