// The 报头 of the reader's issue and page views: the paper's name, the issue's
// numbers and dates (Gregorian, weekday, lunar), and the registration furniture,
// as the snapshot froze them when the issue was published.
import { calendarDay } from "@/lib/domain/corrections";
import { formatChineseDate, formatWeekday } from "@/lib/domain/dates";
import type { ProofPublication } from "@/lib/domain/proof-model";
import type { SnapshotContent } from "@/lib/domain/snapshot";
import { format, messages } from "@/lib/i18n";

const reader = messages.reader;

type Props = {
  publication: ProofPublication;
  issue: SnapshotContent["issue"];
};

const t = reader.masthead;

export function Masthead({ publication, issue }: Props) {
  const date = calendarDay(issue.date);
  const furniture = [publication.registrationLine, sponsorLine(publication), publication.publisher && format(messages.masthead.publisher, { value: publication.publisher }), publication.circulationNote].filter(
    (line): line is string => Boolean(line),
  );
  return (
    <header className="reader-masthead border-b-4 border-double border-brand-600 pb-3" data-testid="masthead">
      <div className="flex flex-wrap items-end justify-between gap-x-8 gap-y-2">
        <h1 className="font-serif text-4xl leading-none font-bold tracking-[0.18em] text-brand-600 sm:text-6xl">{publication.name}</h1>
        <div className="text-sm leading-6 text-stone-700 sm:text-right">
          <p>
            <time dateTime={issue.date} className="font-bold text-stone-900">{formatChineseDate(date)}</time>
            <span className="ml-2">{formatWeekday(date)}</span>
            <span className="ml-2">{format(t.lunar, { lunar: issue.lunarDate })}</span>
          </p>
          <p className="font-bold text-stone-900">
            {format(t.number, { number: issue.number })}
            <span className="ml-3">{format(t.totalNumber, { total: issue.totalNumber })}</span>
          </p>
        </div>
      </div>
      {furniture.length > 0 && (
        <p className="mt-2 flex flex-wrap gap-x-4 text-xs leading-5 text-stone-600">
          {furniture.map((line) => (
            <span key={line}>{line}</span>
          ))}
        </p>
      )}
    </header>
  );
}

/** 主管主办：… when one body does both, else 主管：… 主办：… */
function sponsorLine(p: ProofPublication): string | null {
  const m = messages.masthead;
  if (p.supervisor && p.supervisor === p.sponsor) return format(m.supervisorSponsor, { value: p.supervisor });
  const parts = [p.supervisor && format(m.supervisor, { value: p.supervisor }), p.sponsor && format(m.sponsor, { value: p.sponsor })].filter(Boolean);
  return parts.length > 0 ? parts.join("　") : null;
}
