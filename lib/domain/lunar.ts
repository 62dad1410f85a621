// The 农历 date a masthead prints beside the Gregorian one. Computed, never
// typed: sample 002 shows what a typed lunar date becomes. Uses
// lunar-javascript, not Intl's chinese calendar, which is wrong on some days.
import { Solar } from "lunar-javascript";

export interface LunarDate {
  /** 干支 year, e.g. 癸卯 */
  ganzhiYear: string;
  /** e.g. 四, 闰二, 正, 腊 */
  month: string;
  /** e.g. 二十, 初一 */
  day: string;
  isLeapMonth: boolean;
}

/** The lunar date of a calendar day (taken in UTC, as dates are stored). */
export function lunarDateOf(date: Date): LunarDate {
  const lunar = Solar.fromYmd(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate()).getLunar();
  return {
    ganzhiYear: lunar.getYearInGanZhi(),
    month: lunar.getMonthInChinese(),
    day: lunar.getDayInChinese(),
    isLeapMonth: lunar.getMonth() < 0,
  };
}

/** As a masthead prints it: 癸卯年四月二十. */
export function formatLunarDate(date: Date): string {
  const { ganzhiYear, month, day } = lunarDateOf(date);
  return `${ganzhiYear}年${month}月${day}`;
}
