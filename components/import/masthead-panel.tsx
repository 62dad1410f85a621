// 报头: what the parser recovered of the masthead, shown for checking only
// (the publication's own settings print the masthead of imported issues).
import type { ParsedMasthead } from "@/lib/domain/import/parse-page";
import { messages, format } from "@/lib/i18n";

const importUi = messages.importUi;

const t = importUi.review;

export function MastheadPanel({ masthead }: { masthead: ParsedMasthead }) {
  const rows = [
    [t.registration, masthead.registrationLine],
    [t.supervisor, masthead.supervisor],
    [t.sponsor, masthead.sponsor],
    [t.publisher, masthead.publisher],
    [t.printRun, masthead.printRun === null ? null : format(t.printRunValue, { count: masthead.printRun.toLocaleString("zh-CN") })],
  ].filter((row): row is [string, string] => row[1] !== null && row[1] !== "");
  return (
    <section aria-labelledby="import-masthead" data-testid="import-masthead" className="rounded-lg border border-stone-200 bg-white p-4 shadow-sm">
      <h2 id="import-masthead" className="text-sm font-semibold text-stone-500">{t.mastheadTitle}</h2>
      {rows.length === 0 ? (
        <p className="mt-2 text-sm text-stone-500">{t.mastheadNone}</p>
      ) : (
        <dl className="mt-2 space-y-1.5 text-sm">
          {rows.map(([label, value]) => (
            <div key={label} className="grid grid-cols-[4.5rem_minmax(0,1fr)] gap-2">
              <dt className="text-stone-500">{label}</dt>
              <dd className="text-stone-900 [overflow-wrap:anywhere]">{value}</dd>
            </div>
          ))}
        </dl>
      )}
    </section>
  );
}
