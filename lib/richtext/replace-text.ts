// A correction from the proof applied to the article body: the mark names
// code-point offsets in the body's plain text (bodyPlainText), and this finds
// the text nodes they fall in and replaces the characters there, keeping the
// nodes' marks. A range across paragraphs is refused: what the proofreader
// marked there is for a person to redo in the editor.
import type { JSONContent } from "@tiptap/core";

export type ReplaceResult = { ok: true; doc: JSONContent } | { ok: false; reason: "spansParagraphs" | "outOfRange" };

/** One stretch of editable text: a text node's text or a figure's caption. */
interface Segment {
  block: number;
  /** code-point offset of its first character in the plain text */
  start: number;
  length: number;
  read(): string;
  write(text: string): void;
}

const TEXT_BLOCKS = new Set(["paragraph", "heading"]);

export function replaceBodyText(doc: JSONContent, from: number, to: number, replacement: string): ReplaceResult {
  const copy = structuredClone(doc);
  const { segments, breaks, length } = segmentsOf(copy);
  if (from < 0 || to < from || to > length) return { ok: false, reason: "outOfRange" };
  // A line break inside the range (between paragraphs or a hard break) is never replaced.
  if (breaks.some((at) => at >= from && at < to)) return { ok: false, reason: "spansParagraphs" };

  const touched = segments.filter((s) => s.start < to && s.start + s.length > from);
  if (touched.length === 0) {
    // An insertion (漏字) at a segment's edge: the segment that ends there, else the one that starts there.
    const host = segments.find((s) => s.start + s.length === from) ?? segments.find((s) => s.start === from);
    if (!host || from !== to) return { ok: false, reason: "outOfRange" };
    touched.push(host);
  }
  touched.forEach((segment, index) => {
    const chars = [...segment.read()];
    const head = chars.slice(0, Math.max(0, from - segment.start)).join("");
    const tail = chars.slice(Math.max(0, to - segment.start)).join("");
    // The replacement goes into the first node, in that node's marks.
    segment.write(index === 0 ? head + replacement + (touched.length === 1 ? tail : "") : index === touched.length - 1 ? tail : "");
  });
  return { ok: true, doc: dropEmptyText(copy) };
}

function segmentsOf(doc: JSONContent) {
  const segments: Segment[] = [];
  const breaks: number[] = [];
  let offset = 0;
  let block = -1;
  let blockHasText = false;
  let anyText = false;

  // bodyPlainText drops empty blocks and joins the rest with "\n": the
  // separator is counted when a block's first character arrives.
  const advance = (length: number) => {
    if (length > 0 && !blockHasText) {
      if (anyText) breaks.push(offset++);
      blockHasText = anyText = true;
    }
    const start = offset;
    offset += length;
    return start;
  };

  const addText = (read: () => string, write: (text: string) => void) => {
    const length = [...read()].length;
    const start = advance(length);
    if (length > 0) segments.push({ block, start, length, read, write });
  };

  const inline = (node: JSONContent) => {
    if (node.type === "text") addText(() => node.text ?? "", (text) => (node.text = text));
    else if (node.type === "hardBreak") breaks.push(advance(1));
    else for (const child of node.content ?? []) inline(child);
  };

  const walk = (node: JSONContent) => {
    const startBlock = () => {
      block += 1;
      blockHasText = false;
    };
    if (node.type === "figure") {
      startBlock();
      const attrs = (node.attrs ??= {});
      addText(() => String(attrs.caption ?? ""), (text) => (attrs.caption = text));
    } else if (TEXT_BLOCKS.has(node.type ?? "") || node.type === "text") {
      startBlock();
      inline(node);
    } else for (const child of node.content ?? []) walk(child);
  };
  walk(doc);
  return { segments, breaks, length: offset };
}

function dropEmptyText(node: JSONContent): JSONContent {
  if (!node.content) return node;
  return { ...node, content: node.content.filter((child) => child.type !== "text" || (child.text ?? "") !== "").map(dropEmptyText) };
}
