import Link from "next/link";
import type { Route } from "next";
import { isAuditAction, isAuditObjectType } from "@/lib/domain/audit-actions";
import { auditFilterQuery, formatChinaTime, type AuditFilters } from "@/lib/domain/audit-trail";
import { format, messages } from "@/lib/i18n";
import type { AuditEventView } from "@/lib/server/audit-trail/list-audit-events";
import { AuditChange } from "./audit-change";

const t = messages.audit;

// Refusals and undoings stand out in the list.
const WARNINGS = new Set(["auth.sign_in_failed", "user.password_change_failed", "page.unsign", "issue.withdraw", "import.undo", "user.deactivate"]);

/** A link to the trail narrowed to one more filter, keeping the others. */
const narrowed = (filters: AuditFilters, extra: Partial<AuditFilters>) =>
  `/desk/audit?${new URLSearchParams(auditFilterQuery({ ...filters, ...extra }))}` as Route;

function Who({ event, filters }: { event: AuditEventView; filters: AuditFilters }) {
  if (!event.actor) return <span className="text-stone-500">{event.actorless === "anonymous" ? t.anonymous : t.system}</span>;
  return (
    <span className="min-w-0">
      <Link href={narrowed(filters, { actor: event.actor.id })} className="font-medium text-stone-900 hover:text-brand-700 hover:underline">
        {event.actor.active ? event.actor.name : format(t.filters.inactive, { name: event.actor.name })}
      </Link>
      <span className="hidden truncate text-xs text-stone-500 md:block" title={event.actor.email}>{event.actor.email}</span>
    </span>
  );
}

function What({ event }: { event: AuditEventView }) {
  const known = isAuditAction(event.action);
  return (
    <span className={`font-medium ${WARNINGS.has(event.action) ? "text-red-800" : "text-stone-900"}`} title={event.action}>
      {known ? t.actions[event.action as keyof typeof t.actions] : event.action}
    </span>
  );
}

function Target({ event, filters }: { event: AuditEventView; filters: AuditFilters }) {
  const type = isAuditObjectType(event.objectType) ? t.objectTypes[event.objectType] : event.objectType;
  const { label, href } = event.object;
  return (
    <span className="block min-w-0">
      <span className="text-xs text-stone-500">{type}</span>{" "}
      {label ? (
        href ? <Link href={href} className="break-words text-stone-900 underline-offset-2 hover:text-brand-700 hover:underline">{label}</Link> : <span className="break-words text-stone-900">{label}</span>
      ) : (
        event.objectId && <span className="text-stone-400">{t.objectGone}</span>
      )}
      {event.objectId && (
        <Link
          href={narrowed(filters, { objectType: event.objectType, objectId: event.objectId })}
          title={t.filters.objectId}
          className="block truncate font-mono text-[11px] text-stone-400 hover:text-brand-700"
        >
          {event.objectId}
        </Link>
      )}
    </span>
  );
}

/**
 * The events, newest first: a dense grid of rows on a laptop, a card per
 * event on a phone (one list either way, so nothing is rendered twice).
 * `names` turns the user ids inside records into names.
 */
export function AuditEventList({ events, filters, names }: { events: AuditEventView[]; filters: AuditFilters; names: Record<string, string> }) {
  const cols = "md:grid md:grid-cols-[8.5rem_9rem_8rem_minmax(0,13rem)_minmax(0,1fr)_6.5rem] md:gap-x-4";
  return (
    <div className="rounded-lg border border-stone-200 bg-white shadow-sm">
      <div className={`hidden border-b border-stone-200 bg-stone-50 px-4 py-2.5 text-xs font-medium text-stone-500 ${cols}`} aria-hidden="true">
        <span>{t.columns.at}</span>
        <span>{t.columns.actor}</span>
        <span>{t.columns.action}</span>
        <span>{t.columns.object}</span>
        <span>{t.columns.change}</span>
        <span>{t.columns.ip}</span>
      </div>
      <ol className="divide-y divide-stone-100" data-testid="audit-events">
        {events.map((event) => (
          <li key={event.id} data-action={event.action} className={`space-y-1.5 px-4 py-3 text-sm md:space-y-0 ${cols}`}>
            <div className="flex items-baseline justify-between gap-3 md:block">
              <time dateTime={event.at.toISOString()} className="text-xs whitespace-nowrap text-stone-600 tabular-nums">
                {formatChinaTime(event.at)}
              </time>
              <span className="font-mono text-[11px] text-stone-400 md:hidden">{event.ip}</span>
            </div>
            <div className="flex items-baseline gap-2 md:block">
              <span className="w-10 shrink-0 text-xs text-stone-400 md:hidden">{t.columns.actor}</span>
              <Who event={event} filters={filters} />
            </div>
            <div className="flex items-baseline gap-2 md:block">
              <span className="w-10 shrink-0 text-xs text-stone-400 md:hidden">{t.columns.action}</span>
              <What event={event} />
            </div>
            <div className="flex items-baseline gap-2 md:block">
              <span className="w-10 shrink-0 text-xs text-stone-400 md:hidden">{t.columns.object}</span>
              <Target event={event} filters={filters} />
            </div>
            <div className={`min-w-0 rounded-md bg-stone-50 p-2 md:block md:bg-transparent md:p-0 ${event.before == null && event.after == null ? "hidden" : ""}`}>
              <AuditChange objectType={event.objectType} before={event.before} after={event.after} names={names} />
            </div>
            <div className="hidden font-mono text-xs break-all text-stone-500 md:block">{event.ip}</div>
          </li>
        ))}
      </ol>
    </div>
  );
}
