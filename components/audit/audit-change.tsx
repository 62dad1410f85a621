import { formatChinaTime, describeChange } from "@/lib/domain/audit-trail";
import { messages } from "@/lib/i18n";

const t = messages.audit.change;
const keys = messages.audit.keys;
const values = messages.audit.values;

/** Whose statuses a key holds: an issue's status shows as 已付印, an article's as 已签发. */
const STATUS_OF: Record<string, string> = { issueStatus: "Issue" };

function valueLabel(objectType: string, key: string, value: string): string | undefined {
  const owner = STATUS_OF[key] ?? (key === "status" ? objectType : null);
  return (owner ? values[owner]?.[value] : undefined) ?? values.any?.[value];
}

const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/;

/** A stored value as people read it: a user's id as their name, an instant in China time, yes / no. */
function Value({ value, names, label }: { value: string | null; names: Record<string, string>; label: (value: string) => string | undefined }) {
  if (value === null || value === "null") return <span className="text-stone-400">{t.none}</span>;
  if (names[value]) return <span title={value}>{names[value]}</span>;
  const named = label(value) ?? listLabel(value, label);
  if (named) return <span title={value}>{named}</span>;
  if (ISO_INSTANT.test(value)) return <span title={value}>{formatChinaTime(new Date(value))}</span>;
  if (value === "true" || value === "false") return <span title={value}>{value === "true" ? t.yes : t.no}</span>;
  return <>{value}</>;
}

/** A list of known values (roles, say) as 记者、编辑. */
function listLabel(value: string, label: (value: string) => string | undefined): string | undefined {
  if (!value.startsWith("[")) return undefined;
  try {
    const items: unknown = JSON.parse(value);
    if (!Array.isArray(items) || !items.every((item) => typeof item === "string")) return undefined;
    return items.map((item) => label(item) ?? item).join("、") || undefined;
  } catch {
    return undefined;
  }
}

/**
 * A record's before → after, key by key: a changed key shows both sides,
 * marked; a key that went shows its old value struck; the rest their value.
 */
export function AuditChange({ objectType, before, after, names }: { objectType: string; before: unknown; after: unknown; names: Record<string, string> }) {
  const lines = describeChange(before, after);
  if (lines.length === 0) return <span className="text-stone-400">{t.none}</span>;
  const onlyBefore = after === null || after === undefined;
  return (
    <dl className="grid grid-cols-[auto_minmax(0,1fr)] gap-x-2 gap-y-0.5 text-xs leading-5">
      {lines.map((line) => {
        const changed = line.change === "changed";
        const gone = line.change === "removed" || (onlyBefore && line.before !== null);
        const label = (value: string) => valueLabel(objectType, line.key, value);
        return (
          <div key={line.key || "value"} data-change={line.change} className="contents">
            <dt title={line.key || undefined} className={`whitespace-nowrap ${changed ? "font-semibold text-amber-900" : "text-stone-500"}`}>
              {line.key ? (keys[line.key] ?? line.key) : t.whole}
            </dt>
            <dd className={`min-w-0 break-words ${changed ? "rounded-sm bg-amber-50 px-1 text-stone-900 ring-1 ring-amber-200" : "text-stone-700"}`}>
              {changed ? (
                <>
                  <span className="text-stone-500 line-through decoration-stone-400"><Value value={line.before} names={names} label={label} /></span>
                  <span aria-label={t.after} className="mx-1 text-stone-400">{t.arrow}</span>
                  <Value value={line.after} names={names} label={label} />
                </>
              ) : gone ? (
                <span className="text-stone-500 line-through decoration-stone-400" title={t.before}><Value value={line.before} names={names} label={label} /></span>
              ) : (
                <Value value={line.after ?? line.before} names={names} label={label} />
              )}
            </dd>
          </div>
        );
      })}
    </dl>
  );
}
