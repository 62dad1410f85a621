// 用户列表: a table on laptops, cards on phones; every row opens the user.
import type { Route } from "next";
import Link from "next/link";
import { DeskTime } from "@/components/desk/desk-time";
import { RoleBadge } from "@/components/desk/role-badge";
import { messages } from "@/lib/i18n";
import type { UserListRow } from "@/lib/server/admin/list-users";
import { UserStatus } from "./user-status";

const t = messages.admin.users;
const href = (id: string) => `/desk/admin/users/${id}` as Route;

function Roles({ user }: { user: UserListRow }) {
  return (
    <span className="flex flex-wrap gap-1.5">
      {user.roles.map((role) => <RoleBadge key={role} role={role} />)}
    </span>
  );
}

function LastSignIn({ user }: { user: UserListRow }) {
  return user.lastSignInAt ? <DeskTime date={user.lastSignInAt} /> : <span className="text-stone-400">{t.neverSignedIn}</span>;
}

export function UserTable({ users, selfId }: { users: UserListRow[]; selfId: string }) {
  const name = (user: UserListRow) => (
    <>
      <span className={`block font-medium ${user.active ? "text-stone-900" : "text-stone-500"} group-hover:text-brand-700`}>
        {user.name}
        {user.id === selfId && <span className="font-normal text-stone-500">{t.you}</span>}
      </span>
      <span className="block text-xs text-stone-500 [overflow-wrap:anywhere]">{user.email}</span>
    </>
  );
  return (
    <div data-testid="user-list" className="overflow-hidden rounded-lg border border-stone-200 bg-white shadow-sm">
      <table className="hidden w-full text-left text-sm md:table">
        <thead className="border-b border-stone-200 bg-stone-50 text-xs text-stone-500">
          <tr>
            <th scope="col" className="px-4 py-2.5 font-medium">{t.columns.person}</th>
            <th scope="col" className="px-3 py-2.5 font-medium">{t.columns.roles}</th>
            <th scope="col" className="px-3 py-2.5 font-medium">{t.columns.status}</th>
            <th scope="col" className="px-3 py-2.5 font-medium">{t.columns.lastSignIn}</th>
            <th scope="col" className="px-4 py-2.5 text-right font-medium"><span className="sr-only">{t.columns.actions}</span></th>
          </tr>
        </thead>
        <tbody className="divide-y divide-stone-100">
          {users.map((user) => (
            <tr key={user.id} data-user={user.email} className={`group relative hover:bg-stone-50 ${user.active ? "" : "bg-stone-50/60"}`}>
              <td className="px-4 py-3">{name(user)}</td>
              <td className="px-3 py-3"><Roles user={user} /></td>
              <td className="px-3 py-3"><UserStatus user={user} /></td>
              <td className="px-3 py-3 whitespace-nowrap tabular-nums text-stone-600"><LastSignIn user={user} /></td>
              <td className="px-4 py-3 text-right">
                {/* The link covers the whole row. */}
                <Link href={href(user.id)} className="text-sm font-medium text-brand-700 after:absolute after:inset-0 hover:underline">
                  {t.manage}
                </Link>
              </td>
            </tr>
          ))}
        </tbody>
      </table>

      <ul className="divide-y divide-stone-100 md:hidden">
        {users.map((user) => (
          <li key={user.id} data-user={user.email}>
            <Link href={href(user.id)} className="group block px-4 py-3 active:bg-stone-50">
              <span className="flex items-start justify-between gap-3">
                <span className="min-w-0">{name(user)}</span>
                <UserStatus user={user} />
              </span>
              <span className="mt-2 block"><Roles user={user} /></span>
              <span className="mt-2 block text-xs tabular-nums text-stone-500">
                {t.columns.lastSignIn}：<LastSignIn user={user} />
              </span>
            </Link>
          </li>
        ))}
      </ul>
    </div>
  );
}
