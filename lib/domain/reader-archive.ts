// 往期回顾: a publication's issues as calendars, one per month that has an
// issue, grouped by year, newest first. Weeks start on Monday (GB/T 7408).
// Issue dates are calendar days stored as midnight UTC, so they are read in UTC.

export interface CalendarDay<T> {
  /** 1–31 */
  day: number;
  /** YYYY-MM-DD */
  iso: string;
  issue: T | null;
}

export interface CalendarMonth<T> {
  year: number;
  /** 1–12 */
  month: number;
  /** Rows of seven cells, Monday to Sunday; null where the day belongs to another month. */
  weeks: (CalendarDay<T> | null)[][];
  issues: T[];
}

export interface CalendarYear<T> {
  year: number;
  months: CalendarMonth<T>[];
  issueCount: number;
}

export function archiveCalendar<T extends { date: Date }>(issues: readonly T[]): CalendarYear<T>[] {
  const byMonth = new Map<string, T[]>();
  for (const issue of [...issues].sort((a, b) => b.date.getTime() - a.date.getTime())) {
    const key = `${issue.date.getUTCFullYear()}-${issue.date.getUTCMonth() + 1}`;
    byMonth.set(key, [...(byMonth.get(key) ?? []), issue]);
  }
  const years: CalendarYear<T>[] = [];
  for (const monthIssues of byMonth.values()) {
    const first = monthIssues[0]!.date;
    const month = monthGrid(first.getUTCFullYear(), first.getUTCMonth() + 1, monthIssues);
    let year = years.at(-1);
    if (year?.year !== month.year) {
      year = { year: month.year, months: [], issueCount: 0 };
      years.push(year);
    }
    year.months.push(month);
    year.issueCount += monthIssues.length;
  }
  return years;
}

/** One month's grid with its issues on their days. */
export function monthGrid<T extends { date: Date }>(year: number, month: number, issues: readonly T[]): CalendarMonth<T> {
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  // getUTCDay: 0 is Sunday; Monday-first puts it last.
  const lead = (new Date(Date.UTC(year, month - 1, 1)).getUTCDay() + 6) % 7;
  const cells: (CalendarDay<T> | null)[] = Array.from({ length: lead }, () => null);
  for (let day = 1; day <= daysInMonth; day++) {
    const iso = `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
    const issue = issues.find((i) => i.date.getUTCFullYear() === year && i.date.getUTCMonth() === month - 1 && i.date.getUTCDate() === day) ?? null;
    cells.push({ day, iso, issue });
  }
  while (cells.length % 7 !== 0) cells.push(null);
  const weeks: (CalendarDay<T> | null)[][] = [];
  for (let i = 0; i < cells.length; i += 7) weeks.push(cells.slice(i, i + 7));
  return { year, month, weeks, issues: [...issues] };
}

/**
 * A year's issue dates as a half-open range, Jan 1 up to (not including) the
 * next Jan 1, both midnight UTC like the dates themselves: the form the
 * (publicationId, date) index answers.
 */
export function yearSpan(year: number): { from: Date; until: Date } {
  return { from: new Date(Date.UTC(year, 0, 1)), until: new Date(Date.UTC(year + 1, 0, 1)) };
}
