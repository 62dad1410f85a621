import type { FrontPage } from "@/lib/server/site/front-page";
import { formatChineseDate, formatWeekday } from "@/lib/domain/dates";
import { formatLunarDate } from "@/lib/domain/lunar";
import { format, messages } from "@/lib/i18n";

type Props = {
  publication: FrontPage["publication"];
  issue: { date: Date; number: number; totalNumber: number } | null;
};

/** The 报头: title, dates and numbers, and the registration furniture. */
export function Masthead({ publication, issue }: Props) {
  const t = messages.masthead;
  const supervisorSponsor =
    publication.supervisor && publication.supervisor === publication.sponsor
      ? format(t.supervisorSponsor, { value: publication.supervisor })
      : [publication.supervisor && format(t.supervisor, { value: publication.supervisor }),
         publication.sponsor && format(t.sponsor, { value: publication.sponsor })].filter(Boolean).join("　");
  return (
    <header className="border-b-4 border-double border-brand-600 pb-4">
      <div className="flex flex-col gap-4 sm:flex-row sm:items-end sm:justify-between">
        <h1 className="font-serif text-5xl font-black tracking-[0.2em] text-brand-600 sm:text-7xl">
          {publication.name}
        </h1>
        {issue && (
          <dl className="grid grid-cols-2 gap-x-6 gap-y-1 text-sm text-stone-700 sm:text-right">
            <dd>{formatChineseDate(issue.date)}</dd>
            <dd>{format(messages.site.issueNumber, { number: issue.number })}</dd>
            <dd>{formatLunarDate(issue.date)} {formatWeekday(issue.date)}</dd>
            <dd>{format(messages.site.totalNumber, { total: issue.totalNumber })}</dd>
          </dl>
        )}
      </div>
      <p className="mt-3 flex flex-wrap gap-x-4 gap-y-1 text-xs text-stone-500">
        {publication.registrationLine && <span>{publication.registrationLine}</span>}
        {supervisorSponsor && <span>{supervisorSponsor}</span>}
        {publication.publisher && <span>{format(t.publisher, { value: publication.publisher })}</span>}
        {publication.circulationNote && <span>{publication.circulationNote}</span>}
      </p>
    </header>
  );
}
