import type { QualitySummary as Summary } from "@/lib/domain/quality";
import { format, messages } from "@/lib/i18n";
import { count } from "./numbers";

const t = messages.quality;

function Tile({ label, value, hint, alert = false }: { label: string; value: string; hint?: string; alert?: boolean }) {
  return (
    <div className={`rounded-lg border bg-white px-4 py-3 shadow-sm ${alert ? "border-red-300" : "border-stone-200"}`}>
      <dt className="text-xs font-medium text-stone-500">{label}</dt>
      <dd className={`mt-1 font-serif text-2xl font-bold tabular-nums ${alert ? "text-red-700" : "text-stone-900"}`}>{value}</dd>
      {hint && <dd className="mt-0.5 text-xs text-stone-400">{hint}</dd>}
    </div>
  );
}

/** The period at a glance: how many issues, how much was read, how many were over the limit. */
export function QualitySummary({ summary }: { summary: Summary }) {
  return (
    <dl className="grid grid-cols-2 gap-3 lg:grid-cols-4">
      <Tile
        label={t.summary.issues}
        value={format(t.summary.issuesValue, { proofread: summary.issuesProofread, total: summary.issues })}
        hint={t.summary.issuesHint}
      />
      <Tile label={t.summary.characters} value={count(summary.characters)} />
      <Tile label={t.summary.errors} value={count(summary.errors)} />
      <Tile label={t.summary.overLimit} value={count(summary.issuesOverLimit)} hint={t.rate.limit} alert={summary.issuesOverLimit > 0} />
    </dl>
  );
}
