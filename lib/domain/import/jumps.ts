// 转版 markers: `(上接01版)` where an article resumes, `下转第2版` where it
// breaks off. On the web the two halves are one article, so the importer keeps
// the page numbers to join them later.
import { parseSmallNumber } from "./text-utils";

// 上接01版, 接第1版, 下转第二版, 转A2版, 转03版.
const JUMP = "[(（【]?\\s*(上接|接上|下转|转|接(?=\\s*第))\\s*第?\\s*[A-H]?([0-9０-９]{1,2}|[一二三四五六七八九十]{1,3})\\s*版\\s*[)）】]?";
const WHOLE = new RegExp(`^${JUMP}$`, "u");
const AT_START = new RegExp(`^${JUMP}\\s*`, "u");
const AT_END = new RegExp(`\\s*${JUMP}$`, "u");

export interface Jump {
  direction: "from" | "to";
  page: number | null;
}

const jumpOf = (match: RegExpExecArray): Jump => ({
  direction: match[1] === "上接" || match[1] === "接上" || match[1] === "接" ? "from" : "to",
  page: parseSmallNumber(match[2]!),
});

/** A line that is nothing but a jump marker. */
export function parseJump(text: string): Jump | null {
  const match = WHOLE.exec(text.trim());
  return match ? jumpOf(match) : null;
}

/** Strips jump markers printed inside a paragraph, at its start or end. */
export function splitInlineJumps(paragraph: string): { text: string; jumps: Jump[] } {
  const jumps: Jump[] = [];
  let text = paragraph;
  const start = AT_START.exec(text);
  if (start) {
    jumps.push(jumpOf(start));
    text = text.slice(start[0].length);
  }
  const end = AT_END.exec(text);
  if (end && end.index > 0) {
    jumps.push(jumpOf(end));
    text = text.slice(0, end.index);
  }
  return { text, jumps };
}
