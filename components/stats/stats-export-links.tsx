import { messages } from "@/lib/i18n";

const t = messages.audit.stats.export;

const button = "rounded-md border border-stone-300 bg-white px-3 py-2 text-sm font-medium text-stone-700 shadow-sm hover:border-brand-400 hover:text-brand-700";

/** The two CSVs of the period shown: the detail the finance office pays from, and the summary. */
export function StatsExportLinks({ query }: { query: Record<string, string> }) {
  const href = (kind: string) => `/api/stats/export?${new URLSearchParams({ ...query, kind })}`;
  return (
    <div className="flex flex-wrap items-center gap-x-3 gap-y-2">
      <a href={href("pieces")} download data-testid="stats-export-pieces" className={button}>{t.pieces}</a>
      <a href={href("summary")} download data-testid="stats-export-summary" className={button}>{t.summary}</a>
      <p className="basis-full text-xs text-stone-500 sm:basis-auto">{t.hint}</p>
    </div>
  );
}
