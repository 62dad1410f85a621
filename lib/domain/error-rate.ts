// 编校差错率, as 《报纸期刊质量管理规定》(2020) computes it for newspapers:
// counted errors per 10,000 characters, passing at 万分之三 or less. Errors in
// the 报头 and in headlines count double, and one error repeated through an
// issue counts at most three times, so a misspelt name on every page does not
// sink an issue on its own.

/** A mark the editor or layout accepted (已改): a real error on the proof. */
export interface ConfirmedMark {
  area: "body" | "headline" | "masthead" | "caption" | "byline" | "other";
  original: string;
  correction: string;
  type: string;
}

export interface ErrorRate {
  /** counted errors, after weights and the repeat cap */
  errors: number;
  /** errors per 10,000 characters */
  rate: number;
  overLimit: boolean;
}

/** 万分之三: the most a newspaper may have and still pass. */
export const ERROR_RATE_LIMIT = 3; // per 10,000 characters

/** One error is counted at most this many times in an issue. */
export const SAME_ERROR_LIMIT = 3;

export function errorWeight(mark: Pick<ConfirmedMark, "area">): number {
  return mark.area === "headline" || mark.area === "masthead" ? 2 : 1;
}

/**
 * The rate of a set of marks, a page's or an issue's. The repeat cap applies
 * here too: a page is part of its issue, and must not count an error more
 * often than the issue does.
 */
export function errorRate(marks: readonly ConfirmedMark[], characters: number): ErrorRate {
  const errors = countedErrors(marks);
  // errors × 10,000 first: 3 in 10,000 is exactly 3, not 2.9999999999999996.
  const rate = characters > 0 ? (errors * 10_000) / characters : 0;
  return { errors, rate, overLimit: rate > ERROR_RATE_LIMIT };
}

export function issueErrorRate(
  pages: readonly { marks: readonly ConfirmedMark[]; characters: number }[],
): ErrorRate & { characters: number } {
  const characters = pages.reduce((sum, page) => sum + page.characters, 0);
  return { ...errorRate(pages.flatMap((page) => page.marks), characters), characters };
}

/** 万分之1.5; rounded up at two decimals, so a rate over the limit never reads as 万分之3. */
export function formatRate(rate: number): string {
  const rounded = Math.ceil(rate * 100 - 1e-9) / 100;
  return `万分之${Math.max(rounded, 0)}`;
}

/**
 * Weighted errors with each identical error (same original, correction and
 * type) capped at three occurrences. The heaviest occurrences are the ones
 * counted, so the cap never drops a headline error in favour of a body one,
 * and the result does not depend on the order of pages.
 */
function countedErrors(marks: readonly ConfirmedMark[]): number {
  const weights = new Map<string, number[]>();
  for (const mark of marks) {
    const key = JSON.stringify([mark.type, mark.original.trim(), mark.correction.trim()]);
    weights.set(key, [...(weights.get(key) ?? []), errorWeight(mark)]);
  }
  let errors = 0;
  for (const list of weights.values()) {
    for (const weight of list.sort((a, b) => b - a).slice(0, SAME_ERROR_LIMIT)) errors += weight;
  }
  return errors;
}
