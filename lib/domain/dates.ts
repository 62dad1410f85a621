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
