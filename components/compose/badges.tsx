// The small marks of a placement row: copy-fit (算字), jumps (转版), off the page.
import type { Fit } from "@/lib/domain/copy-fit";
import { pageNumberLabel } from "@/lib/domain/dates";
import { format } from "@/lib/i18n";
import { t } from "./messages";

const badge = "inline-flex items-center gap-1 whitespace-nowrap rounded px-1.5 py-0.5 text-xs font-medium tabular-nums ring-1 ring-inset";

/** 超 N 字 in red, 缺 N 字 in amber, 正好 in green. */
export function FitBadge({ fit }: { fit: Fit }) {
  const [tone, text] =
    fit.over > 0 ? ["bg-red-50 text-red-700 ring-red-200", format(t.fit.over, { count: fit.over })]
    : fit.under > 0 ? ["bg-amber-50 text-amber-800 ring-amber-200", format(t.fit.under, { count: fit.under })]
    : ["bg-emerald-50 text-emerald-700 ring-emerald-200", t.fit.exact];
  const state = fit.over > 0 ? "over" : fit.under > 0 ? "under" : "exact";
  return (
    <span data-fit={state} title={format(t.fit.detail, { capacity: fit.capacity, chars: fit.chars })} className={`${badge} ${tone}`}>
      <span aria-hidden className={`size-1.5 rounded-full ${state === "over" ? "bg-red-500" : state === "under" ? "bg-amber-500" : "bg-emerald-500"}`} />
      {text}
    </span>
  );
}

export function JumpBadges({ continuedOnPage, continuesFromPage }: { continuedOnPage: number | null; continuesFromPage: number | null }) {
  return (
    <>
      {continuesFromPage !== null && (
        <span className={`${badge} bg-sky-50 text-sky-800 ring-sky-200`}>
          {format(t.jump.continuesFrom, { page: pageNumberLabel(continuesFromPage) })}
        </span>
      )}
      {continuedOnPage !== null && (
        <span className={`${badge} bg-sky-50 text-sky-800 ring-sky-200`}>
          {format(t.jump.continuedOn, { page: pageNumberLabel(continuedOnPage) })}
        </span>
      )}
    </>
  );
}

export function OffPageBadge() {
  return (
    <span title={t.placements.offPageHint} className={`${badge} bg-red-600 text-white ring-red-600`}>
      {t.placements.offPage}
    </span>
  );
}

export function ChangedBadge() {
  return <span className={`${badge} bg-orange-100 text-orange-800 ring-orange-300`}>{t.changed.badge}</span>;
}
