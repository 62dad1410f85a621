import type { Metadata, Route } from "next";
import { notFound } from "next/navigation";
import { AdminCard } from "@/components/admin/admin-card";
import { can } from "@/lib/domain/permissions";
import { format, messages } from "@/lib/i18n";
import { adminOverview } from "@/lib/server/admin/admin-overview";
import { requireSessionUser } from "@/lib/server/auth/session";

const t = messages.admin.home;

export const metadata: Metadata = { title: messages.admin.title };

export default async function AdminHome() {
  const user = await requireSessionUser("/desk/admin");
  if (!can(user.roles, "admin.users")) notFound();
  const overview = await adminOverview();
  const may = (action: Parameters<typeof can>[1]) => can(user.roles, action);

  return (
    <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
      <AdminCard testId="admin-users" href={"/desk/admin/users" as Route} mark="人" title={t.users.title} description={t.users.description}
        summary={format(t.users.summary, overview.users)} />
      {may("admin.publications") && (
        <AdminCard href={"/desk/admin/publications" as Route} mark="报" title={t.publications.title} description={t.publications.description}
          summary={format(t.publications.summary, { count: overview.publications })} />
      )}
      {may("admin.contributors") && (
        <AdminCard href={"/desk/admin/contributors" as Route} mark="作" title={t.contributors.title} description={t.contributors.description}
          summary={format(t.contributors.summary, overview.contributors)} />
      )}
      {may("audit.view") && <AdminCard href={"/desk/audit" as Route} mark={messages.sections.audit.mark} title={t.audit.title} description={t.audit.description} />}
      {may("stats.view") && <AdminCard href={"/desk/stats" as Route} mark={messages.sections.stats.mark} title={t.stats.title} description={t.stats.description} />}
    </div>
  );
}
