import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { CreateUserForm } from "@/components/admin/create-user-form";
import { UserTable } from "@/components/admin/user-table";
import { can } from "@/lib/domain/permissions";
import { format, messages } from "@/lib/i18n";
import { listUsers } from "@/lib/server/admin/list-users";
import { requireSessionUser } from "@/lib/server/auth/session";

const t = messages.admin.users;

export const metadata: Metadata = { title: t.title };

export default async function UsersPage() {
  const user = await requireSessionUser("/desk/admin/users");
  if (!can(user.roles, "admin.users")) notFound();
  const users = await listUsers();

  return (
    <div className="space-y-5">
      <CreateUserForm />
      <section aria-labelledby="users-title" className="space-y-3">
        <div className="flex items-baseline justify-between gap-3">
          <h2 id="users-title" className="text-sm font-semibold tracking-wide text-stone-500">{t.title}</h2>
          <span className="text-sm text-stone-500">{format(t.count, { count: users.length })}</span>
        </div>
        {users.length > 0 ? <UserTable users={users} selfId={user.id} /> : <p className="rounded-lg border border-dashed border-stone-300 bg-white px-4 py-6 text-center text-sm text-stone-500">{t.empty}</p>}
      </section>
    </div>
  );
}
