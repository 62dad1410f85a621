// The part of lunar-javascript's API that Folio uses (the package ships no types).
declare module "lunar-javascript" {
  export interface Lunar {
    getYearInGanZhi(): string;
    /** 正, 二 … 冬, 腊; leap months read 闰四. */
    getMonthInChinese(): string;
    getDayInChinese(): string;
    /** Negative for a leap month. */
    getMonth(): number;
    getDay(): number;
  }
  export const Solar: {
    fromYmd(year: number, month: number, day: number): { getLunar(): Lunar };
  };
}
