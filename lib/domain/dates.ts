// Calendar days as the paper prints them. Issue dates are stored as DATE
// (midnight UTC), so they are read in UTC whatever the server's time zone.

/** 2023年6月7日 */
export function formatChineseDate(date: Date): string {
  return `${date.getUTCFullYear()}年${date.getUTCMonth() + 1}月${date.getUTCDate()}日`;
}

const WEEKDAYS = ["日", "一", "二", "三", "四", "五", "六"] as const;
/** 星期三 */
export function formatWeekday(date: Date): string {
  return `星期${WEEKDAYS[date.getUTCDay()]}`;
}

/** 2023-06-07, the form dated URLs use. */
export function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** 01, 02 … : page numbers are always two digits. */
export function pageNumberLabel(number: number): string {
  return String(number).padStart(2, "0");
}

/** "2023-06-07" → that day, or null for anything else (2023-02-30 included). */
export function parseIssueDate(value: string): Date | null {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return null;
  const date = new Date(`${value}T00:00:00Z`);
  return Number.isNaN(date.getTime()) || isoDate(date) !== value ? null : date;
}
