// 往期回顾: one year's issues as a calendar per month that has an issue,
// newest first; the days with an issue link to it.
import { ReaderLink as Link } from "./reader-link";
import type { CalendarMonth, CalendarYear } from "@/lib/domain/reader-archive";
import { format, messages } from "@/lib/i18n";
import type { ArchiveIssue } from "@/lib/server/site/archive";
import { route } from "./links";

const reader = messages.reader;

const t = reader.archive;

export function ArchiveCalendar({ year }: { year: CalendarYear<ArchiveIssue> }) {
  return (
    <section aria-labelledby={`year-${year.year}`} className="mt-8" data-testid="archive-calendar">
      <h2 id={`year-${year.year}`} className="border-b-2 border-brand-600 pb-2 font-serif text-2xl font-bold text-stone-900">
        {format(t.yearCount, { year: year.year, count: year.issueCount })}
      </h2>
      <div className="mt-4 grid gap-6 sm:grid-cols-2 lg:grid-cols-3">
        {year.months.map((month) => (
          <MonthTable key={month.month} month={month} />
        ))}
      </div>
    </section>
  );
}

function MonthTable({ month }: { month: CalendarMonth<ArchiveIssue> }) {
  return (
    <table className="reader-calendar w-full table-fixed border-collapse rounded-md bg-white text-center shadow-sm" data-testid="archive-month">
      <caption className="py-2 text-left font-bold text-stone-900">{format(t.month, { year: month.year, month: month.month })}</caption>
      <thead>
        <tr>
          {t.weekdays.map((day, index) => (
            <th key={day} scope="col" abbr={t.weekdayNames[index]} className="py-1 text-sm font-normal text-stone-700">
              {day}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {month.weeks.map((week, row) => (
          <tr key={row}>
            {week.map((cell, column) => (
              <td key={column} className="p-0.5">
                {cell?.issue ? (
                  <Link
                    href={route(cell.issue.url)}
                    className="flex min-h-12 flex-col items-center justify-center rounded bg-brand-600 leading-tight text-white hover:bg-brand-700"
                    data-testid="archive-issue-link"
                  >
                    {/* Read aloud as 2023年6月7日 第10期; seen as 7 and 第10期. */}
                    <span className="font-bold tabular-nums">
                      <span className="sr-only">{format(t.dayLinkMonth, { year: month.year, month: month.month })}</span>
                      {cell.day}
                      <span className="sr-only">{t.dayLinkDay}</span>
                    </span>
                    <span className="text-xs">{format(reader.masthead.number, { number: cell.issue.number })}</span>
                  </Link>
                ) : cell ? (
                  <span className="flex min-h-12 items-center justify-center text-stone-600 tabular-nums">{cell.day}</span>
                ) : null}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
