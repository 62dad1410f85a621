// 往期回顾: the paper's years to choose from, and one year's issues as month
// calendars. /{pub}/archive shows the newest year, /{pub}/archive/{year} any.
import { archiveCalendar } from "@/lib/domain/reader-archive";
import { format, messages } from "@/lib/i18n";
import type { ArchiveIssue, ArchiveYear } from "@/lib/server/site/archive";
import { ArchiveCalendar } from "./archive-calendar";
import { ArchiveYears } from "./archive-years";
import { EmptyState } from "./empty-state";

const t = messages.reader.archive;

type Props = {
  publication: { slug: string; name: string };
  years: ArchiveYear[];
  /** The year shown; null when the paper has no issue yet. */
  shown: { year: number; issues: ArchiveIssue[] } | null;
};

export function ArchiveView({ publication, years, shown }: Props) {
  // The issues are the year's alone, so there is one calendar year (none if
  // the year's last issue was withdrawn between the two queries).
  const [calendar] = shown ? archiveCalendar(shown.issues) : [];
  const total = years.reduce((sum, year) => sum + year.issueCount, 0);
  return (
    <div className="mx-auto max-w-6xl px-4 py-8 sm:px-6">
      <p className="font-serif text-lg font-bold tracking-widest text-brand-600">{publication.name}</p>
      <h1 className="mt-1 font-serif text-3xl font-bold text-stone-900">{t.title}</h1>
      {calendar ? (
        <>
          <p className="mt-2 text-stone-700">{format(t.intro, { count: total })}</p>
          <ArchiveYears slug={publication.slug} years={years} current={calendar.year} />
          <ArchiveCalendar year={calendar} />
        </>
      ) : (
        <EmptyState level={2} title={t.empty} hint={t.emptyHint} />
      )}
    </div>
  );
}
