// 系统管理: one heading and one row of tabs over users, publications and
// contributors; each tab shows only to the roles that may use it. Every page
// below checks its own permission too.
import type { Route } from "next";
import { notFound } from "next/navigation";
import { AdminTabs, type AdminTab, type AdminTabKey } from "@/components/admin/admin-tabs";
import { can, type Action } from "@/lib/domain/permissions";
import { messages } from "@/lib/i18n";
import { requireSessionUser } from "@/lib/server/auth/session";

const t = messages.admin;

const TABS: { key: AdminTabKey; href: Route; permission: Action }[] = [
  { key: "home", href: "/desk/admin" as Route, permission: "admin.users" },
  { key: "users", href: "/desk/admin/users" as Route, permission: "admin.users" },
  { key: "publications", href: "/desk/admin/publications" as Route, permission: "admin.publications" },
  { key: "contributors", href: "/desk/admin/contributors" as Route, permission: "admin.contributors" },
];
const ELSEWHERE: { key: AdminTabKey; href: Route; permission: Action }[] = [
  { key: "audit", href: "/desk/audit" as Route, permission: "audit.view" },
  { key: "stats", href: "/desk/stats" as Route, permission: "stats.view" },
];

export default async function AdminLayout({ children }: { children: React.ReactNode }) {
  const user = await requireSessionUser("/desk/admin");
  const allowed = (tab: { permission: Action }) => can(user.roles, tab.permission);
  const tabs: AdminTab[] = TABS.filter(allowed);
  if (tabs.length === 0) notFound();

  return (
    <div className="space-y-6">
      <header className="space-y-4">
        <div className="space-y-1">
          <h1 className="font-serif text-2xl font-bold text-stone-900 sm:text-3xl">{t.title}</h1>
          <p className="max-w-3xl text-sm leading-relaxed text-stone-600">{t.intro}</p>
        </div>
        <AdminTabs tabs={tabs} elsewhere={ELSEWHERE.filter(allowed)} />
      </header>
      {children}
    </div>
  );
}
