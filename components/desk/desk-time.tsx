import { format, messages } from "@/lib/i18n";

// The newsroom works on Beijing time, whatever the server's time zone.
const shanghai = new Intl.DateTimeFormat("en-US", {
  timeZone: "Asia/Shanghai",
  year: "numeric",
  month: "numeric",
  day: "numeric",
  hour: "2-digit",
  minute: "2-digit",
  hourCycle: "h23",
});

function partsOf(date: Date) {
  const get = (type: Intl.DateTimeFormatPartTypes) => shanghai.formatToParts(date).find((p) => p.type === type)?.value ?? "";
  return { year: get("year"), month: get("month"), day: get("day"), hour: get("hour"), minute: get("minute") };
}

/** 11月21日 10:32, with the year when it is not this year's. */
export function formatDeskTime(date: Date, now: Date = new Date()): string {
  const parts = partsOf(date);
  const t = messages.lists.time;
  return format(parts.year === partsOf(now).year ? t.sameYear : t.otherYear, parts);
}

/** A moment on the desk, rendered on the server (the year test uses the server's clock). */
export function DeskTime({ date, className }: { date: Date; className?: string }) {
  return (
    <time dateTime={date.toISOString()} className={className}>
      {formatDeskTime(date)}
    </time>
  );
}
