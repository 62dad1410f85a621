// Copy-fit (算字): how many characters a placement's box holds once its
// headlines are set, and how far the article's text is over or under.
import { boxWidthMm, MM_PER_PT, type PageGrid } from "./page-grid";

export interface Box {
  columnSpan: number;
  /** Height in body lines. */
  height: number;
  /** Headline size in points. */
  headlineSize: number;
}

export interface Headings {
  kicker: string | null;
  headline: string;
  subheadline: string | null;
}

/** Body lines the headings take: the headline wraps across the box; kicker and subheadline take one line each. */
export function headingLines(grid: PageGrid, box: Box, headings: Headings): number {
  const sizeMm = box.headlineSize * MM_PER_PT;
  const perLine = Math.max(1, Math.floor(boxWidthMm(grid, box.columnSpan) / sizeMm));
  const headlineChars = [...headings.headline.replace(/\s+/g, "")].length;
  const headlineLines = Math.max(1, Math.ceil(headlineChars / perLine));
  const headlineMm = headlineLines * sizeMm * 1.25;
  const extra = (headings.kicker ? 1 : 0) + (headings.subheadline ? 1 : 0);
  // One line of space between the headings and the body.
  return Math.ceil(headlineMm / grid.lineHeightMm) + extra + 1;
}

/**
 * Characters of body text the box holds. A box that is one part of a jump
 * gives a line to its jump line (下转第X版 / 上接第X版); a continuation has
 * no headline of its own beyond a one-line reminder.
 */
export function boxCapacity(grid: PageGrid, box: Box, headings: Headings, part: { continuation: boolean; jumps: boolean }): number {
  const headingRows = part.continuation ? 2 : headingLines(grid, box, headings);
  const bodyRows = box.height - headingRows;
  if (bodyRows <= 0) return 0;
  const lines = bodyRows * box.columnSpan - (part.jumps ? 1 : 0) - (part.continuation ? 1 : 0);
  return Math.max(0, lines * grid.charsPerColumnLine);
}

export interface Fit {
  capacity: number;
  chars: number;
  /** 超 N 字 */
  over: number;
  /** 缺 N 字 */
  under: number;
}

export function fitOf(capacity: number, chars: number): Fit {
  return { capacity, chars, over: Math.max(0, chars - capacity), under: Math.max(0, capacity - chars) };
}
