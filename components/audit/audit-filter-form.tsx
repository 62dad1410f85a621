import Link from "next/link";
import type { Route } from "next";
import { AUDIT_ACTION_GROUPS, type AuditActionGroup, type AuditObjectType } from "@/lib/domain/audit-actions";
import { NO_ACTOR, auditFilterQuery, hasFilters, type AuditFilters } from "@/lib/domain/audit-trail";
import { format, messages } from "@/lib/i18n";

const t = messages.audit;

const label = "block text-xs font-medium text-stone-600";
const control =
  "mt-1 block h-10 w-full min-w-0 rounded-md border border-stone-300 bg-white px-2.5 py-2 text-sm text-stone-900 shadow-sm outline-none focus:border-brand-500 focus:ring-2 focus:ring-brand-200";

export interface AuditUserChoice {
  id: string;
  name: string;
  email: string;
  active: boolean;
}

/** The filters as a plain GET form (it works without JavaScript), with the CSV export of what it selects. */
export function AuditFilterForm({ filters, users, objectTypes }: { filters: AuditFilters; users: AuditUserChoice[]; objectTypes: readonly AuditObjectType[] }) {
  const exportHref = `/api/audit/export?${new URLSearchParams(auditFilterQuery(filters))}`;
  return (
    <form method="get" action="/desk/audit" aria-label={t.filters.legend} className="rounded-lg border border-stone-200 bg-white p-4 shadow-sm">
      <div className="grid grid-cols-2 gap-3 md:grid-cols-3 lg:grid-cols-6">
        <label className="col-span-2 md:col-span-1">
          <span className={label}>{t.filters.actor}</span>
          <select name="actor" defaultValue={filters.actor ?? ""} className={control}>
            <option value="">{t.filters.anyActor}</option>
            <option value={NO_ACTOR}>{t.filters.noActor}</option>
            {users.map((user) => (
              <option key={user.id} value={user.id}>
                {user.active ? user.name : format(t.filters.inactive, { name: user.name })}
              </option>
            ))}
          </select>
        </label>
        <label className="col-span-2 md:col-span-1">
          <span className={label}>{t.filters.action}</span>
          <select name="action" defaultValue={filters.action ?? ""} className={control}>
            <option value="">{t.filters.anyAction}</option>
            {(Object.keys(AUDIT_ACTION_GROUPS) as AuditActionGroup[]).map((group) => (
              <optgroup key={group} label={t.groups[group]}>
                {AUDIT_ACTION_GROUPS[group].map((action) => (
                  <option key={action} value={action}>{t.actions[action]}</option>
                ))}
              </optgroup>
            ))}
          </select>
        </label>
        <label>
          <span className={label}>{t.filters.objectType}</span>
          <select name="objectType" defaultValue={filters.objectType ?? ""} className={control}>
            <option value="">{t.filters.anyObjectType}</option>
            {objectTypes.map((type) => (
              <option key={type} value={type}>{t.objectTypes[type]}</option>
            ))}
          </select>
        </label>
        <label>
          <span className={label}>{t.filters.objectId}</span>
          <input
            name="objectId" defaultValue={filters.objectId ?? ""} placeholder={t.filters.objectIdPlaceholder}
            autoComplete="off" spellCheck={false} className={`${control} font-mono text-xs`}
          />
        </label>
        <label>
          <span className={label}>{t.filters.from}</span>
          <input type="date" name="from" defaultValue={filters.from ?? ""} className={control} />
        </label>
        <label>
          <span className={label}>{t.filters.to}</span>
          <input type="date" name="to" defaultValue={filters.to ?? ""} className={control} />
        </label>
      </div>
      <div className="mt-4 flex flex-wrap items-center gap-x-4 gap-y-2">
        <button
          type="submit"
          className="rounded-md bg-stone-800 px-4 py-2 text-sm font-medium text-white shadow-sm hover:bg-stone-900 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-stone-800"
        >
          {t.filters.submit}
        </button>
        {hasFilters(filters) && (
          <Link href={"/desk/audit" as Route} className="text-sm text-stone-600 underline-offset-4 hover:text-brand-700 hover:underline">
            {t.filters.reset}
          </Link>
        )}
        <a
          href={exportHref}
          download
          data-testid="audit-export"
          title={t.export.hint}
          className="ml-auto rounded-md border border-stone-300 bg-white px-3 py-2 text-sm font-medium text-stone-700 shadow-sm hover:border-brand-400 hover:text-brand-700"
        >
          {t.export.link}
        </a>
      </div>
    </form>
  );
}
