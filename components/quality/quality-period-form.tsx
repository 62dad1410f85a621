import Link from "next/link";
import type { QualityPeriod } from "@/lib/domain/quality";
import { format, messages } from "@/lib/i18n";

const t = messages.quality;

const label = "block text-xs font-medium text-stone-600";
const control =
  "mt-1 block w-full min-w-0 rounded-md border border-stone-300 bg-white px-2.5 py-2 text-sm text-stone-900 shadow-sm outline-none focus:border-brand-500 focus:ring-2 focus:ring-brand-200";

const monthName = (month: string) => {
  const [year, number] = month.split("-");
  return format(t.period.month, { year: year!, month: Number(number) });
};

/** The months of the report, as a plain GET form: it works without JavaScript. */
export function QualityPeriodForm({ period, custom }: { period: Pick<QualityPeriod, "from" | "to">; custom: boolean }) {
  return (
    <form method="get" action="/desk/quality" aria-label={t.period.legend} className="rounded-lg border border-stone-200 bg-white p-4 shadow-sm">
      <div className="flex flex-wrap items-end gap-3">
        <label className="min-w-36 flex-1 sm:flex-none">
          <span className={label}>{t.period.from}</span>
          <input type="month" name="from" defaultValue={period.from} pattern="\d{4}-\d{2}" required className={control} />
        </label>
        <label className="min-w-36 flex-1 sm:flex-none">
          <span className={label}>{t.period.to}</span>
          <input type="month" name="to" defaultValue={period.to} pattern="\d{4}-\d{2}" required className={control} />
        </label>
        <button
          type="submit"
          className="rounded-md bg-stone-800 px-4 py-2 text-sm font-medium text-white shadow-sm hover:bg-stone-900 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-stone-800"
        >
          {t.period.submit}
        </button>
        {custom && (
          <Link href="/desk/quality" className="py-2 text-sm whitespace-nowrap text-stone-600 underline-offset-4 hover:text-brand-700 hover:underline">
            {t.period.reset}
          </Link>
        )}
      </div>
      <p className="mt-3 text-sm text-stone-500" data-testid="quality-period">
        {t.period.legend}：{format(t.period.range, { from: monthName(period.from), to: monthName(period.to) })}
      </p>
    </form>
  );
}
