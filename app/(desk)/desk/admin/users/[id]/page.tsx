import type { Metadata, Route } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { UserActiveCard, UserSessionsCard } from "@/components/admin/user-access-card";
import { UserLinkCard } from "@/components/admin/user-link-card";
import { UserRolesForm } from "@/components/admin/user-roles-form";
import { UserStatus } from "@/components/admin/user-status";
import { formatDeskTime } from "@/components/desk/desk-time";
import { can } from "@/lib/domain/permissions";
import { format, messages } from "@/lib/i18n";
import { getUser } from "@/lib/server/admin/list-users";
import { requireSessionUser } from "@/lib/server/auth/session";

const t = messages.admin.user;

export const metadata: Metadata = { title: messages.admin.users.title };

export default async function UserPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const viewer = await requireSessionUser(`/desk/admin/users/${id}`);
  if (!can(viewer.roles, "admin.users")) notFound();
  const user = await getUser(id);
  if (!user) notFound();
  const self = user.id === viewer.id;

  return (
    <div className="space-y-5">
      <Link href={"/desk/admin/users" as Route} className="text-sm text-stone-500 hover:text-brand-700">← {t.back}</Link>
      <header className="flex flex-wrap items-start justify-between gap-3 rounded-lg border border-stone-200 bg-white p-5 shadow-sm">
        <div className="min-w-0">
          <h2 data-testid="user-name" className="font-serif text-xl font-bold text-stone-900">{user.name}</h2>
          <p className="mt-0.5 text-sm text-stone-600 [overflow-wrap:anywhere]">{user.email}</p>
          <p className="mt-2 text-xs text-stone-500">
            {format(t.createdAt, { date: formatDeskTime(user.createdAt) })}
            {" · "}
            {user.lastSignInAt ? format(t.lastSignIn, { time: formatDeskTime(user.lastSignInAt) }) : messages.admin.users.neverSignedIn}
          </p>
        </div>
        <div className="flex flex-col items-start gap-2 sm:items-end">
          <UserStatus user={user} />
          {can(viewer.roles, "audit.view") && (
            <Link href={`/desk/audit?objectType=User&objectId=${user.id}` as Route} className="text-sm text-brand-700 hover:underline">{t.auditTrail}</Link>
          )}
        </div>
      </header>

      <div className="grid items-start gap-5 lg:grid-cols-[minmax(0,3fr)_minmax(0,2fr)]">
        <UserRolesForm userId={user.id} roles={user.roles} self={self} />
        <div className="space-y-5">
          <UserLinkCard user={user} />
          <UserSessionsCard userId={user.id} name={user.name} />
          <UserActiveCard userId={user.id} name={user.name} active={user.active} self={self} />
        </div>
      </div>
    </div>
  );
}
