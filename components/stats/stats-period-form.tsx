import Link from "next/link";
import type { Route } from "next";
import { formatChineseDate } from "@/lib/domain/dates";
import { STATS_PRESETS, type StatsPeriod } from "@/lib/domain/stats-period";
import { format, messages } from "@/lib/i18n";

const t = messages.audit.stats.period;

const label = "block text-xs font-medium text-stone-600";
const control =
  "mt-1 block w-full min-w-0 rounded-md border border-stone-300 bg-white px-2.5 py-2 text-sm text-stone-900 shadow-sm outline-none focus:border-brand-500 focus:ring-2 focus:ring-brand-200";

const chinese = (day: string) => formatChineseDate(new Date(`${day}T00:00:00Z`));

/**
 * The period: a preset (本月 上月 本季度 本年) is one click; two days are a
 * plain GET form. The paper, when the centre prints more than one.
 */
export function StatsPeriodForm({
  action, period, publications, publicationId,
}: {
  action: string;
  period: StatsPeriod;
  publications: { id: string; name: string }[];
  publicationId: string | null;
}) {
  const presetHref = (preset: string) =>
    `${action}?${new URLSearchParams({ preset, ...(publicationId ? { publication: publicationId } : {}) })}` as Route;
  return (
    <form method="get" action={action} aria-label={t.legend} className="rounded-lg border border-stone-200 bg-white p-4 shadow-sm">
      <div className="flex flex-wrap gap-2" role="group" aria-label={t.legend}>
        {STATS_PRESETS.map((preset) => {
          const current = period.preset === preset;
          return (
            <Link
              key={preset}
              href={presetHref(preset)}
              aria-current={current ? "true" : undefined}
              className={`rounded-full border px-3 py-1 text-sm ${current ? "border-stone-800 bg-stone-800 text-white" : "border-stone-300 bg-white text-stone-700 hover:border-brand-400 hover:text-brand-700"}`}
            >
              {t.presets[preset]}
            </Link>
          );
        })}
      </div>
      <div className="mt-4 flex flex-wrap items-end gap-3">
        <label className="min-w-36 flex-1 sm:flex-none">
          <span className={label}>{t.from}</span>
          <input type="date" name="from" defaultValue={period.from} required className={control} />
        </label>
        <label className="min-w-36 flex-1 sm:flex-none">
          <span className={label}>{t.to}</span>
          <input type="date" name="to" defaultValue={period.to} required className={control} />
        </label>
        {publications.length > 1 && (
          <label className="min-w-40 flex-1 sm:flex-none">
            <span className={label}>{t.publication}</span>
            <select name="publication" defaultValue={publicationId ?? ""} className={control}>
              <option value="">{t.allPublications}</option>
              {publications.map((p) => (
                <option key={p.id} value={p.id}>{p.name}</option>
              ))}
            </select>
          </label>
        )}
        <button
          type="submit"
          className="rounded-md bg-stone-800 px-4 py-2 text-sm font-medium text-white shadow-sm hover:bg-stone-900 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-stone-800"
        >
          {t.submit}
        </button>
      </div>
      <p className="mt-3 text-sm text-stone-500" data-testid="stats-period">
        {t.legend}：{format(t.range, { from: chinese(period.from), to: chinese(period.to) })}
      </p>
    </form>
  );
}
