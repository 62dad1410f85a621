// OCR layout: how a scan's text was laid out before it became lines. Body
// lines wrapped at a column's width; two columns read across as one line.
// Both are undone or measured here, before any line is classified.
import { importMessages } from "./messages";
import { visibleLength } from "./text-utils";

/**
 * The width OCR wrapped body lines at, when it did: most long lines are then
 * within a character of one length. Null for text with a line per paragraph.
 */
export function wrapWidth(lines: readonly string[]): number | null {
  const lengths = lines.map((l) => visibleLength(l)).filter((n) => n >= 12 && n <= 200);
  if (lengths.length < 6) return null;
  const counts = new Map<number, number>();
  for (const n of lengths) counts.set(n, (counts.get(n) ?? 0) + 1);
  let best = 0;
  let width = 0;
  for (const n of counts.keys()) {
    const support = (counts.get(n - 1) ?? 0) + (counts.get(n) ?? 0) + (counts.get(n + 1) ?? 0);
    if (support > best || (support === best && n > width)) [best, width] = [support, n];
  }
  return best >= 5 && best / lengths.length >= 0.4 ? width + 1 : null;
}

// 真抓实干谋发展 奋勇争先谱新篇: a headline's two halves, set apart by a space.
export const HALVES = /\p{Script=Han}[”"」]?\s+[“"「]?\p{Script=Han}/u;

/** How many of the column-wide lines have a space inside: OCR of some pages spaces its prose, most does not. */
export function spacedShare(lines: readonly string[], width: number): number {
  let full = 0;
  let spaced = 0;
  for (const text of lines) {
    const length = visibleLength(text);
    if (length < width - 2 || length > width + 1) continue;
    full++;
    if (HALVES.test(text)) spaced++;
  }
  return full === 0 ? 0 : spaced / full;
}

// Two columns read across as one line: text, a wide gap, more text.
const GAP = /(?<=\S)(?: {3,}|\u3000{2,}|\t+)(?=\S)/u;
const SIDE_BY_SIDE = /[\p{Script=Han}，。、；！？”」）)]/u;

// Print width: CJK and full-width forms take two columns of a monospaced OCR dump.
const displayWidth = (text: string) => {
  let width = 0;
  for (const char of text) width += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]|[\u{20000}-\u{3fffd}]/u.test(char) ? 2 : 1;
  return width;
};

/** Where the right column starts on a `left   right` line, in print columns; null if not such a line. */
function rightColumnAt(line: string): number | null {
  const start = line.length - line.trimStart().length;
  const gap = GAP.exec(line.slice(start));
  if (!gap || !SIDE_BY_SIDE.test(line[start + gap.index - 1] ?? "")) return null;
  return displayWidth(line.slice(0, start + gap.index + gap[0].length));
}

// push(...items) overflows the stack for a few hundred thousand lines.
const append = <T>(to: T[], items: readonly T[]) => {
  for (const item of items) to.push(item);
};

function median(values: number[]): number {
  const sorted = [...values].sort((x, y) => x - y);
  return sorted[Math.floor(sorted.length / 2)]!;
}

/**
 * OCR that read two columns across gives lines of `left   right`, the right
 * column starting at one place. In a run of such lines the left parts are
 * read first, then the right ones; all text is kept, and the editor told.
 */
export function splitColumns(raw: readonly string[], warnings: string[]): string[] {
  const out: string[] = [];
  let split = 0;
  for (let start = 0; start < raw.length; ) {
    let end = start;
    while (end < raw.length && raw[end]!.trim() !== "" && raw[end]!.length <= 400) end++;
    const block = raw.slice(start, end);
    const at = block.map(rightColumnAt);
    const starts = at.filter((n): n is number => n !== null);
    const column = starts.length >= 3 ? median(starts) : 0;
    const tolerance = Math.max(4, column * 0.15);
    const inColumns = at.map((n) => n !== null && Math.abs(n - column) <= tolerance);
    const first = inColumns.indexOf(true);
    const count = inColumns.filter(Boolean).length;
    if (count >= 3 && count / (block.length - first) >= 0.6) {
      const left: string[] = [];
      const right: string[] = [];
      append(out, block.slice(0, first));
      block.slice(first).forEach((line, i) => {
        const text = line.trimEnd();
        if (inColumns[first + i]) {
          const indent = text.length - text.trimStart().length;
          const gap = GAP.exec(text.slice(indent))!;
          left.push(text.slice(indent, indent + gap.index));
          right.push(text.slice(indent + gap.index + gap[0].length));
        } else if (displayWidth(text) - displayWidth(text.trimStart()) >= column / 2) right.push(text.trim());
        else left.push(text.trim());
      });
      append(out, left);
      append(out, right);
      split += count;
    } else append(out, block);
    if (end < raw.length) out.push(raw[end]!);
    start = end + 1;
  }
  if (split > 0) warnings.push(importMessages.sideBySide(split));
  return out;
}
