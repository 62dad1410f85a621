import type { ProofreaderQuality } from "@/lib/domain/quality";
import { format, messages } from "@/lib/i18n";
import { count } from "./numbers";

const t = messages.quality;

const th = "px-3 py-2.5 text-right font-medium whitespace-nowrap";
const num = "px-3 py-3 text-right whitespace-nowrap tabular-nums";

const percent = (value: number | null) => (value === null ? t.none : format(t.percent, { value: Math.round(value * 100) }));

/** What each proofreader read, marked, had accepted, and let through (漏校). */
export function ProofreaderTable({ proofreaders }: { proofreaders: ProofreaderQuality[] }) {
  const columns = t.proofreaders.columns;
  return (
    <div className="overflow-x-auto rounded-lg border border-stone-200 bg-white shadow-sm">
      <table className="w-full min-w-[40rem] text-left text-sm">
        <thead className="border-b border-stone-200 bg-stone-50 text-xs text-stone-500">
          <tr>
            <th scope="col" className="py-2.5 pr-3 pl-4 font-medium whitespace-nowrap">{columns.name}</th>
            <th scope="col" className={th}>{columns.rounds}</th>
            <th scope="col" className={th}>{columns.characters}</th>
            <th scope="col" className={th}>{columns.marks}</th>
            <th scope="col" className={th}>{columns.accepted}</th>
            <th scope="col" className={th}>{columns.rejected}</th>
            <th scope="col" className={th}>{columns.acceptance}</th>
            <th scope="col" className={`${th} pr-4`}>{columns.missed}</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-stone-100">
          {proofreaders.map((person) => (
            <tr key={person.id} data-proofreader={person.id}>
              <th scope="row" className="py-3 pr-3 pl-4 text-left font-medium whitespace-nowrap text-stone-900">{person.name}</th>
              <td className={`${num} text-stone-600`}>{person.rounds}</td>
              <td className={`${num} text-stone-600`}>{count(person.characters)}</td>
              <td className={`${num} text-stone-600`}>{person.marks}</td>
              <td className={`${num} text-stone-800`}>{person.accepted}</td>
              <td className={`${num} text-stone-600`}>{person.rejected}</td>
              <td className={`${num} text-stone-800`}>{percent(person.acceptance)}</td>
              <td className={`${num} pr-4 ${person.missed > 0 ? "font-semibold text-amber-800" : "text-stone-600"}`}>{person.missed}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
