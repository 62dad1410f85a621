// Second pass: tokens into articles. The hard call is whether a heading
// starts a new article or is a 小标题 inside the current one; the signals are
// those a reader uses: the previous article signed off (byline, 下转), the
// next paragraph opens with a dateline or 上接, or the heading is printed at
// least as large as the current headline.
import type { ParsedByline } from "./byline-parse";
import { splitTrailingBylines } from "./byline-parse";
import type { Token } from "./classify";
import { splitDateline } from "./dateline";
import { resolveHead, type HeadingLine } from "./headings";
import { splitInlineJumps, type Jump } from "./jumps";
import { importMessages } from "./messages";
import { collapseSpaces, joinWrapped, removeCjkSpaces } from "./text-utils";

export interface ParsedArticle {
  kicker: string | null;
  headline: string;
  subheadline: string | null;
  column: string | null;
  dateline: string | null;
  bylines: ParsedByline[];
  paragraphs: string[];
  /** Indexes of `paragraphs` that are 小标题 (sub-heads), not body text. */
  subheads: number[];
  jumpFrom: number | null;
  jumpTo: number | null;
}

interface Draft extends ParsedArticle {
  level: number;
  closed: boolean; // signed off: a later heading starts a new article
}

const endsSentence = (text: string) => /[。！？!?”」』…：:；;)）]$/u.test(text);
// Collapse first: a long run of spaces would make the CJK-space pass slow.
const clean = (text: string) => removeCjkSpaces(collapseSpaces(text)).trim();

export function assemble(tokens: readonly Token[], usesMarkdown: boolean, warnings: string[]): ParsedArticle[] {
  const drafts: Draft[] = [];
  const orphans: string[] = [];
  let current: Draft | null = null;
  let group: HeadingLine[] = [];
  let paragraph = "";

  const applyJump = (jump: Jump) => {
    if (!current) return;
    if (jump.direction === "from") current.jumpFrom ??= jump.page;
    else {
      current.jumpTo ??= jump.page;
      current.closed = true;
    }
  };

  const flushParagraph = () => {
    if (paragraph === "") return;
    let text = paragraph;
    paragraph = "";
    if (!current) return void orphans.push(clean(text));
    const inline = splitInlineJumps(text);
    text = inline.text;
    inline.jumps.forEach(applyJump);
    const signed = splitTrailingBylines(text);
    if (signed) {
      text = signed.text;
      current.bylines.push(...signed.bylines);
      current.closed = true;
    }
    if (current.paragraphs.length === 0 && current.dateline === null) {
      const dateline = splitDateline(text);
      if (dateline) {
        current.dateline = dateline.dateline;
        current.bylines.push(...dateline.bylines);
        text = dateline.rest;
      }
    }
    text = clean(text);
    if (text) current.paragraphs.push(text);
  };

  // Decides what the pending heading lines are, once the token after them is known.
  const flushGroup = (next: Token | undefined) => {
    if (group.length === 0) return;
    const lines = group;
    group = [];
    const open = current && !current.closed && current.paragraphs.length > 0 ? current : null;
    const single = lines.length === 1 ? lines[0]! : null;
    const nextOpensArticle =
      (next?.kind === "body" && splitDateline(next.text) !== null) || (next?.kind === "jump" && next.direction === "from");
    const level = single && single.level === 0 ? 7 : (single?.level ?? 0);
    if (open && single && !nextOpensArticle && (!usesMarkdown || level > open.level)) {
      open.subheads.push(open.paragraphs.length);
      open.paragraphs.push(clean(single.text)); // a 小标题: kept in the body, in order
      return;
    }
    const head = resolveHead(lines, usesMarkdown, warnings);
    if (!head) return;
    current = { ...head, dateline: null, bylines: [], paragraphs: [], subheads: [], jumpFrom: null, jumpTo: null, closed: false };
    drafts.push(current);
  };

  tokens.forEach((token) => {
    if (token.kind === "break") return;
    if (token.kind === "heading") {
      flushParagraph();
      group.push({ text: collapseSpaces(token.text), level: token.level });
      return;
    }
    flushGroup(token);
    if (token.kind === "body") {
      // OCR wraps and blank lines split sentences; a paragraph ends where a sentence does.
      if (paragraph !== "" && endsSentence(paragraph.trimEnd())) flushParagraph();
      paragraph = joinWrapped(paragraph, token.text.trim());
      return;
    }
    flushParagraph();
    if (token.kind === "byline") {
      if (current) {
        current.bylines.push(...token.bylines);
        current.closed = true;
      }
    } else if (current) applyJump(token);
    else warnings.push(importMessages.strayJump(`${token.direction === "from" ? "上接" : "下转"}${token.page ?? ""}版`));
  });
  flushParagraph();
  flushGroup(undefined);

  if (orphans.length > 0) warnings.push(importMessages.orphanText(orphans.length, [...orphans[0]!].slice(0, 20).join("")));
  return drafts.filter((draft) => {
    if (draft.paragraphs.length > 0) return true;
    warnings.push(importMessages.headingWithoutBody(draft.headline));
    return false;
  }).map(toArticle);
}

const toArticle = (draft: Draft): ParsedArticle => ({
  kicker: draft.kicker,
  headline: draft.headline,
  subheadline: draft.subheadline,
  column: draft.column,
  dateline: draft.dateline,
  bylines: draft.bylines,
  paragraphs: draft.paragraphs,
  subheads: draft.subheads,
  jumpFrom: draft.jumpFrom,
  jumpTo: draft.jumpTo,
});
