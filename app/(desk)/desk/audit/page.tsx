import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { AuditEventList } from "@/components/audit/audit-event-list";
import { AuditFilterForm } from "@/components/audit/audit-filter-form";
import { AuditPager } from "@/components/audit/audit-pager";
import { PageTitle } from "@/components/desk/page-title";
import { auditPageRequest, hasFilters, parseAuditFilters } from "@/lib/domain/audit-trail";
import { can } from "@/lib/domain/permissions";
import { messages } from "@/lib/i18n";
import { requireSessionUser } from "@/lib/server/auth/session";
import { auditFilterChoices, listAuditEvents } from "@/lib/server/audit-trail/list-audit-events";

const t = messages.audit;

export const metadata: Metadata = { title: t.title };

export default async function AuditPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const user = await requireSessionUser("/desk/audit");
  // Not found rather than forbidden: the trail's existence is no business of other roles.
  if (!can(user.roles, "audit.view")) notFound();
  const query = await searchParams;
  const filters = parseAuditFilters(query);
  const [choices, page] = await Promise.all([auditFilterChoices(user), listAuditEvents(user, filters, auditPageRequest(query))]);

  return (
    <div className="space-y-6">
      <PageTitle title={t.title} intro={t.intro} />

      <AuditFilterForm filters={filters} users={choices.users} objectTypes={choices.objectTypes} />

      {page.events.length > 0 ? (
        <section className="space-y-3" aria-label={t.title}>
          <AuditEventList events={page.events} filters={filters} names={Object.fromEntries(choices.users.map((u) => [u.id, u.name]))} />
          <AuditPager filters={filters} newer={page.newer} older={page.older} count={page.events.length} />
        </section>
      ) : (
        <p className="rounded-lg border border-dashed border-stone-300 bg-white px-4 py-6 text-center text-sm text-stone-500">
          {hasFilters(filters) ? t.empty : t.emptyAll}
        </p>
      )}
    </div>
  );
}
