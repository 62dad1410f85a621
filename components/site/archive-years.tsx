// 往期回顾's year navigation: every year with issues, newest first, with how
// many; the year shown is marked. A strip that scrolls sideways on a phone
// (twenty years would otherwise push the calendars a screen down; reader.css
// brings the year shown into view), rows that wrap on a wider screen.
import { ReaderLink as Link } from "./reader-link";
import { readerUrls } from "@/lib/domain/reader-urls";
import { format, messages } from "@/lib/i18n";
import type { ArchiveYear } from "@/lib/server/site/archive";
import { route } from "./links";

const t = messages.reader.archive;

export function ArchiveYears({ slug, years, current }: { slug: string; years: ArchiveYear[]; current: number }) {
  return (
    <nav aria-label={t.years} className="mt-4" data-testid="archive-years">
      <ul className="reader-archive-years reader-scroll-x -mx-4 flex gap-2 overflow-x-auto px-4 pb-1 sm:mx-0 sm:flex-wrap sm:overflow-visible sm:px-0">
        {years.map(({ year, issueCount }) => (
          <li key={year} className="flex-none">
            <Link
              href={route(readerUrls.archiveYear(slug, year))}
              aria-current={year === current ? "page" : undefined}
              className={`whitespace-nowrap tabular-nums ${year === current ? "reader-button" : "reader-button reader-button--quiet"}`}
            >
              {format(t.yearLink, { year, count: issueCount })}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
