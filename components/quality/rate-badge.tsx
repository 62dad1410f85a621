import { formatRate } from "@/lib/domain/error-rate";
import type { MeasuredRate } from "@/lib/domain/quality";
import { messages } from "@/lib/i18n";

const t = messages.quality;

/** 差错率 against 万分之三: the rate, and a badge that says pass or over. */
export function RateBadge({ rate }: { rate: MeasuredRate | null }) {
  if (!rate) {
    return <span data-rate="none" className="text-sm whitespace-nowrap text-stone-400">{t.rate.none}</span>;
  }
  return (
    <span data-rate={rate.overLimit ? "over" : "ok"} className="inline-flex items-center gap-2 whitespace-nowrap">
      <span className={`tabular-nums ${rate.overLimit ? "font-semibold text-red-700" : "text-stone-800"}`}>{formatRate(rate.rate)}</span>
      <span
        className={`inline-flex items-center rounded-full px-2 py-0.5 text-xs font-medium ring-1 ring-inset ${
          rate.overLimit ? "bg-red-50 text-red-800 ring-red-300" : "bg-emerald-50 text-emerald-800 ring-emerald-300"
        }`}
      >
        {rate.overLimit ? t.rate.over : t.rate.ok}
      </span>
    </span>
  );
}
