import Link from "next/link";
import type { Route } from "next";
import { auditFilterQuery, type AuditFilters } from "@/lib/domain/audit-trail";
import { format, messages } from "@/lib/i18n";

const t = messages.audit.pager;

const link = "rounded-md border border-stone-300 bg-white px-3 py-1.5 text-sm text-stone-700 shadow-sm hover:border-brand-400 hover:text-brand-700";
const idle = "rounded-md border border-stone-200 px-3 py-1.5 text-sm text-stone-300";

/** Newer and older pages by keyset cursor, keeping the filters. */
export function AuditPager({ filters, newer, older, count }: { filters: AuditFilters; newer: string | null; older: string | null; count: number }) {
  const href = (cursor: Record<string, string>) => `/desk/audit?${new URLSearchParams({ ...auditFilterQuery(filters), ...cursor })}` as Route;
  return (
    <nav aria-label={t.label} className="flex flex-wrap items-center justify-between gap-3">
      <p className="text-xs text-stone-500">{format(t.shown, { count })}</p>
      <div className="flex items-center gap-2">
        {newer && <Link href={href({})} className="text-sm text-stone-600 underline-offset-4 hover:text-brand-700 hover:underline">{t.newest}</Link>}
        {newer ? <Link href={href({ after: newer })} rel="prev" className={link}>{t.newer}</Link> : <span className={idle}>{t.newer}</span>}
        {older ? <Link href={href({ before: older })} rel="next" className={link} data-testid="audit-older">{t.older}</Link> : <span className={idle}>{t.older}</span>}
      </div>
    </nav>
  );
}
