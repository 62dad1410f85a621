// 见报统计's period: issues by their 出版日期 (calendar days, stored as
// midnight UTC), chosen by a preset (本月, 上月, 本季度, 本年) counted from
// today in China, or by two days.

export const STATS_PRESETS = ["thisMonth", "lastMonth", "thisQuarter", "thisYear"] as const;
export type StatsPreset = (typeof STATS_PRESETS)[number];

export interface StatsPeriod {
  preset: StatsPreset | "custom";
  /** YYYY-MM-DD, inclusive */
  from: string;
  to: string;
  /** midnight UTC of `from` */
  start: Date;
  /** midnight UTC of the day after `to`: issues before it are in */
  end: Date;
}

type Params = Record<string, string | string[] | undefined> | URLSearchParams;

const DAY = /^\d{4}-\d{2}-\d{2}$/;

const utc = (year: number, monthIndex: number, day: number) => new Date(Date.UTC(year, monthIndex, day));
const iso = (date: Date) => date.toISOString().slice(0, 10);

function parseDay(value: string | null | undefined): Date | null {
  if (!value || !DAY.test(value)) return null;
  const date = new Date(`${value}T00:00:00Z`);
  return Number.isNaN(date.getTime()) || iso(date) !== value ? null : date;
}

function read(params: Params, key: string): string | undefined {
  const raw = params instanceof URLSearchParams ? params.get(key) ?? undefined : params[key];
  return Array.isArray(raw) ? raw[0] : raw;
}

function period(preset: StatsPeriod["preset"], first: Date, last: Date): StatsPeriod {
  return { preset, from: iso(first), to: iso(last), start: first, end: new Date(last.getTime() + 86_400_000) };
}

/** The days a preset covers, counted from `today` (YYYY-MM-DD, China). */
export function presetPeriod(preset: StatsPreset, today: string): StatsPeriod {
  const day = parseDay(today);
  if (!day) throw new Error(`not a day: ${today}`);
  const year = day.getUTCFullYear();
  const month = day.getUTCMonth();
  switch (preset) {
    case "thisMonth":
      return period(preset, utc(year, month, 1), utc(year, month + 1, 0));
    case "lastMonth":
      return period(preset, utc(year, month - 1, 1), utc(year, month, 0));
    case "thisQuarter": {
      const first = month - (month % 3);
      return period(preset, utc(year, first, 1), utc(year, first + 3, 0));
    }
    case "thisYear":
      return period(preset, utc(year, 0, 1), utc(year, 11, 31));
  }
}

const isPreset = (value: unknown): value is StatsPreset => (STATS_PRESETS as readonly unknown[]).includes(value);

/**
 * What `?preset=` or `?from=&to=` ask for. Two days win over a preset; ends in
 * the wrong order are swapped; one end alone is a single day. With neither,
 * the month of `fallbackDay` (the latest issue that went to press, so that a
 * paper that has not printed this month still opens on figures), else this month.
 */
export function statsPeriod(params: Params, today: string, fallbackDay: string | null = null): StatsPeriod {
  let first = parseDay(read(params, "from"));
  let last = parseDay(read(params, "to"));
  if (first || last) {
    first ??= last!;
    last ??= first;
    if (first > last) [first, last] = [last, first];
    return period("custom", first, last);
  }
  const preset = read(params, "preset");
  if (isPreset(preset)) return presetPeriod(preset, today);
  const fallback = parseDay(fallbackDay);
  if (fallback) {
    const month = presetPeriod("thisMonth", iso(fallback));
    return iso(fallback).slice(0, 7) === today.slice(0, 7) ? month : { ...month, preset: "custom" };
  }
  return presetPeriod("thisMonth", today);
}

/** The query string that asks for `period` again (links and the CSV export keep it). */
export function statsPeriodQuery(period: Pick<StatsPeriod, "preset" | "from" | "to">): Record<string, string> {
  return period.preset === "custom" ? { from: period.from, to: period.to } : { preset: period.preset };
}
