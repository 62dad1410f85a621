// Jumps (转版): an article too long for its box continues on another page.
// The lines are generated from where the parts are, so they stay right when
// pages move; on the web the article stays one article.
import { pageNumberLabel } from "./dates";

/** 下转第02版, printed at the break. */
export function continuedOnLine(pageNumber: number): string {
  return `下转第${pageNumberLabel(pageNumber)}版`;
}

/** （上接第01版）, printed where the article resumes. */
export function continuedFromLine(pageNumber: number): string {
  return `（上接第${pageNumberLabel(pageNumber)}版）`;
}

/**
 * Where the text breaks between the parts: at the first part's capacity,
 * moved back to the end of a sentence when one is near, so that a part does
 * not end mid-phrase.
 */
export function breakPoint(text: string, capacity: number): number {
  const chars = [...text];
  if (chars.length <= capacity) return chars.length;
  const window = Math.min(40, Math.floor(capacity / 4));
  for (let i = capacity; i > capacity - window && i > 0; i -= 1) {
    if ("。！？；".includes(chars[i - 1]!)) return i;
  }
  return capacity;
}

/** The text of each part, given the break (in characters). */
export function splitAt(text: string, at: number): [string, string] {
  const chars = [...text];
  return [chars.slice(0, at).join(""), chars.slice(at).join("")];
}
