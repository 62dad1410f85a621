"use client";
// 差错率 of this page and of the issue so far, against the 万分之三 limit.
import { formatRate, type ErrorRate } from "@/lib/domain/error-rate";
import { format } from "@/lib/i18n";
import { t } from "./messages";

type Rate = ErrorRate & { characters: number };

export function ErrorRateCard({ page, issue }: { page: Rate; issue: Rate }) {
  return (
    <section aria-labelledby="rate-title" className="rounded-lg border border-stone-200 bg-white p-4 shadow-sm">
      <div className="flex items-baseline justify-between gap-3">
        <h2 id="rate-title" className="text-sm font-semibold text-stone-900">{t.errorRate.title}</h2>
        <span className="text-xs text-stone-500">{t.errorRate.limit}</span>
      </div>
      <dl className="mt-3 grid grid-cols-2 gap-3">
        <Figure testId="error-rate-page" label={t.errorRate.page} rate={page} strong />
        <Figure testId="error-rate-issue" label={t.errorRate.issue} rate={issue} />
      </dl>
      <p className="mt-2 text-xs text-stone-500">{t.errorRate.hint}</p>
    </section>
  );
}

function Figure({ testId, label, rate, strong }: { testId: string; label: string; rate: Rate; strong?: boolean }) {
  const tone = rate.overLimit ? "border-red-200 bg-red-50" : "border-emerald-200 bg-emerald-50/60";
  return (
    <div data-testid={testId} data-over-limit={rate.overLimit} className={`rounded-md border px-3 py-2 ${tone}`}>
      <dt className="flex items-center justify-between text-xs text-stone-600">
        {label}
        <span className={`rounded px-1.5 py-px text-[11px] font-medium ${rate.overLimit ? "bg-red-600 text-white" : "bg-emerald-600 text-white"}`}>
          {rate.overLimit ? t.errorRate.over : t.errorRate.within}
        </span>
      </dt>
      <dd>
        <p className={`mt-1 font-semibold tabular-nums ${strong ? "text-lg" : "text-base"} ${rate.overLimit ? "text-red-700" : "text-emerald-800"}`}>{formatRate(rate.rate)}</p>
        <p className="text-xs tabular-nums text-stone-600">{format(t.errorRate.figures, { errors: rate.errors, characters: rate.characters })}</p>
      </dd>
    </div>
  );
}
