// Second pass: tokens into articles. The hard call is whether a heading
// starts a new article or is a 小标题 inside the current one; the signals are
// those a reader uses: the previous article signed off (byline, 下转), the
// next paragraph opens with a dateline or 上接, or the heading is printed at
// least as large as the current headline.
import type { ParsedByline } from "./byline-parse";
import { splitTrailingBylines } from "./byline-parse";
import { isNumberedSubhead, type Token } from "./classify";
import { splitDateline } from "./dateline";
import { resolveHead, type HeadingLine } from "./headings";
import { splitInlineJumps, type Jump } from "./jumps";
import { importMessages } from "./messages";
import { codePoints, collapseSpaces, endsWithHalfStop, firstChars, joinWrapped, removeCjkSpaces, visibleLength } from "./text-utils";

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
  truncated: boolean; // the headline ended with a colon
  closed: boolean; // signed off: a later heading starts a new article
  signed: boolean; // a byline followed its text
  warnedInterleave: boolean;
  /** 编者按 printed above or under the headline: kept first, before the dateline's paragraph. */
  preface: string[];
  /** Unnumbered bare lines taken as 小标题, with how many bylines the article had then. */
  bareSubheads: { index: number; bylines: number }[];
}

const endsSentence = (text: string) => /[。！？!?”」』…：:；;)）]$/u.test(text) || endsWithHalfStop(text);
// Collapse first: a long run of spaces would make the CJK-space pass slow.
const clean = (text: string) => removeCjkSpaces(collapseSpaces(text)).trim();

// One person once: 本报讯（通讯员 郑浩）… （郑浩） credits the same correspondent twice.
const MAX_BYLINES = 20;
function mergeBylines(into: ParsedByline[], add: readonly ParsedByline[]): void {
  for (const byline of add) {
    const known = into.find((b) => b.name === byline.name);
    if (known) known.role ??= byline.role;
    else if (into.length < MAX_BYLINES) into.push({ ...byline });
  }
}

/** 本 报讯 （记者 张三…: OCR spaces closed up before the credit's parenthesis, where they hide the dateline. */
function tightenHead(text: string): string {
  const paren = text.search(/[(（]/u);
  const end = paren >= 0 && paren <= 24 ? paren : Math.min(text.length, 24);
  return removeCjkSpaces(text.slice(0, end)) + text.slice(end);
}

const startOf = (text: string) => firstChars(text, 20);
const DESK_CREDIT = /\s*[(（]\s*(?:责任编辑|责编|编辑|审核|校对|审校)\s*[:：]?\s*[^()（）]{1,20}[)）]\s*$/u;
const EDITOR_NOTE = /^[【[(（]?\s*(?:编者按|编者的话|编者)\s*[】\])）]?\s*[:：]?/u;
// 编后 follows the article it comments on, after its sign-off.
const AFTERWORD = /^[【[(（]?\s*(?:编后|编后语|编后记|记者手记)\s*[】\])）]?\s*[:：]?/u;
// Boxes set inside an article under a label of their own: part of it, never a new article.
const SIDEBAR = /^[【[(（]?\s*(?:相关链接|链接|背景链接|延伸阅读|小贴士|记者手记|记者观察|编后|编后语|短评|点评|背景)\s*[】\])）]?\s*[:：]?$/u;
// A boxed quote is a sentence or two; a longer paragraph before a dash line is the article's own.
const MAX_QUOTE = 320;
const MAX_CAPTION = 80;

/**
 * Whether a blank line is how this text separates articles: paragraphs of one
 * article mostly run on without one, so a blank line before a heading means a
 * new article rather than a 小标题.
 */
function blankLinesSeparateArticles(tokens: readonly Token[]): boolean {
  let pairs = 0;
  let withBreak = 0;
  let previous: Token | undefined;
  let sawBreak = false;
  for (const token of tokens) {
    if (token.kind === "break") {
      sawBreak = true;
      continue;
    }
    // Only where a paragraph ended: the other body pairs are lines OCR wrapped.
    if (token.kind === "body" && previous?.kind === "body" && endsSentence(previous.text)) {
      pairs++;
      if (sawBreak) withBreak++;
    }
    previous = token;
    sawBreak = false;
  }
  return pairs >= 4 && withBreak / pairs < 0.2;
}

export function assemble(tokens: readonly Token[], usesMarkdown: boolean, warnings: string[]): ParsedArticle[] {
  const drafts: Draft[] = [];
  const blankSeparates = !usesMarkdown && blankLinesSeparateArticles(tokens);
  let groupAfterBlank = false;
  let lastWasBreak = false;
  const orphans: string[] = [];
  let prefaces: string[] = []; // 编者按 before its article's headline
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
    const note = EDITOR_NOTE.test(text);
    if (note && (!current || current.closed)) return void prefaces.push(clean(text));
    if (!current) return void orphans.push(clean(text));
    if (AFTERWORD.test(text) && current.paragraphs.length > 0) return void current.paragraphs.push(clean(text));
    if (note && current.paragraphs.length === 0) return void current.preface.push(clean(text));
    const inline = splitInlineJumps(text);
    text = inline.text;
    inline.jumps.forEach(applyJump);
    if (current.signed && !current.warnedInterleave) {
      // Text after the sign-off: OCR moved a column, or an article lost its headline.
      warnings.push(importMessages.textAfterByline(current.headline, startOf(clean(text))));
      current.warnedInterleave = true;
    }
    text = text.replace(DESK_CREDIT, ""); // （责任编辑：王五） credits the desk, not the writer
    const signed = splitTrailingBylines(text);
    // 市民在公园赏花。（张三 摄）after the article's text: a photo's caption, not its sign-off.
    const photoOnly = signed !== null && signed.bylines.every((b) => b.role === "photographer");
    if (signed && photoOnly && current.paragraphs.length > 0 && codePoints(signed.text) <= MAX_CAPTION) {
      mergeBylines(current.bylines, signed.bylines);
      if (signed.text.trim()) warnings.push(importMessages.possibleCaption(startOf(clean(signed.text))));
      return;
    }
    if (signed) {
      text = signed.text;
      mergeBylines(current.bylines, signed.bylines);
      current.closed = true;
      current.signed = true;
    }
    // OCR spaces (新华 社北京…) would hide the dateline: read it from the cleaned text.
    // The first body paragraph may follow a sub-head (一、…): it still carries the dateline.
    const started = current.paragraphs.length > current.subheads.length;
    const dateline = current.dateline === null || started ? (splitDateline(text) ?? splitDateline(tightenHead(text))) : null;
    if (dateline && !started && current.dateline === null) {
      current.dateline = dateline.dateline;
      mergeBylines(current.bylines, dateline.bylines);
      text = dateline.rest;
    } else if (dateline && started && !current.warnedInterleave) {
      warnings.push(importMessages.datelineInBody(current.headline, dateline.dateline));
      current.warnedInterleave = true;
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
      (next?.kind === "body" && splitDateline(next.text) !== null) ||
      (next?.kind === "jump" && next.direction === "from") ||
      next?.kind === "byline";
    const level = single && single.level === 0 ? 7 : (single?.level ?? 0);
    const afterBlank = groupAfterBlank;
    groupAfterBlank = false;
    const subhead = usesMarkdown ? level > (open?.level ?? 0) : !(blankSeparates && afterBlank);
    if (open && single && !nextOpensArticle && subhead) {
      // 刘峰要求: — a bare line that leads into what follows is prose, not a 小标题.
      if (single.level === 0 && /[:：]$/u.test(single.text) && next?.kind === "body") return void open.paragraphs.push(clean(single.text));
      if (!usesMarkdown) open.bareSubheads.push({ index: open.paragraphs.length, bylines: open.bylines.length });
      open.subheads.push(open.paragraphs.length);
      open.paragraphs.push(clean(single.text)); // a 小标题: kept in the body, in order
      return;
    }
    const head = resolveHead(lines, usesMarkdown, warnings);
    if (!head) return;
    current = {
      ...head, dateline: null, bylines: [], paragraphs: [], subheads: [], jumpFrom: null, jumpTo: null,
      closed: false, signed: false, warnedInterleave: false, bareSubheads: [], preface: prefaces,
    };
    prefaces = [];
    drafts.push(current);
  };

  const addBylines = (bylines: readonly ParsedByline[]) => {
    if (!current) return;
    mergeBylines(current.bylines, bylines);
  };

  // A quote and its source (——某某) set in a box between or inside articles: not article text.
  const dropBoxedQuote = (source: string) => {
    if (!current) {
      flushParagraph();
      return void orphans.push(clean(source));
    }
    let quote = paragraph;
    paragraph = "";
    if (quote === "" && current.paragraphs.length > 1 && !current.subheads.includes(current.paragraphs.length - 1)) {
      quote = current.paragraphs.pop()!;
    }
    if (quote === "" || codePoints(quote) > MAX_QUOTE) {
      if (quote !== "") current.paragraphs.push(clean(quote));
      current.paragraphs.push(clean(source));
      return;
    }
    warnings.push(importMessages.boxedQuote(startOf(clean(quote))));
  };

  tokens.forEach((token) => {
    const afterBreak = lastWasBreak;
    lastWasBreak = token.kind === "break";
    if (token.kind === "break") return;
    if (token.kind === "caption") return addBylines(token.bylines); // a caption may sit mid-sentence: no flush
    if (token.kind === "heading") {
      flushParagraph();
      if (group.length === 0) groupAfterBlank = afterBreak;
      group.push({ text: collapseSpaces(token.text), level: token.level });
      return;
    }
    flushGroup(token);
    if (token.kind === "subhead") {
      flushParagraph();
      if (current && !current.signed) {
        current.subheads.push(current.paragraphs.length);
        current.paragraphs.push(clean(token.text));
      } else group.push({ text: collapseSpaces(token.text), level: 0 });
      return;
    }
    if (token.kind === "body") {
      // OCR wraps and blank lines split sentences; a paragraph ends where a sentence does, or where print indents.
      if (paragraph !== "" && (token.indent || endsSentence(paragraph.trimEnd()))) flushParagraph();
      paragraph = joinWrapped(paragraph, token.text.trim());
      return;
    }
    if (token.kind === "attribution") return dropBoxedQuote(token.text);
    flushParagraph();
    if (token.kind === "end") {
      if (current) current.closed = true;
    } else if (token.kind === "byline") {
      if (!current) return;
      // A credit under the headline (■本报记者 张三) opens the article; one after the text signs it off.
      const beforeText = current.paragraphs.length === 0;
      addBylines(token.bylines);
      if (!beforeText) current.closed = current.signed = true;
    } else if (current) applyJump(token);
    else warnings.push(importMessages.strayJump(`${token.direction === "from" ? "上接" : "下转"}${token.page ?? ""}版`));
  });
  flushParagraph();
  flushGroup(undefined);

  for (const preface of prefaces) orphans.push(preface);
  if (orphans.length > 0) warnings.push(importMessages.orphanText(orphans.length, startOf(orphans[0]!)));
  return drafts.map((draft) => completeTruncated(draft, warnings)).flatMap((draft) => splitAtLoneLine(draft, warnings)).filter((draft) => {
    if (draft.paragraphs.length > 0) return true;
    warnings.push(importMessages.headingWithoutBody(draft.headline));
    return false;
  }).map(toArticle);
}

/**
 * 均和云谷·洛阳信息科技港： over a paragraph, then 二期项目封顶: OCR moved the
 * headline's second half below the text. A short unnumbered sub-head among
 * the first paragraphs of such an article is that half.
 */
function completeTruncated(draft: Draft, warnings: string[]): Draft {
  if (!draft.truncated) return draft;
  const at = draft.subheads[0];
  const half = at === undefined ? undefined : draft.paragraphs[at]!;
  if (at === undefined || half === undefined || at > 2 || visibleLength(half) > 16 || isNumberedSubhead(half)) {
    warnings.push(importMessages.truncatedHeadline(draft.headline));
    return draft;
  }
  return {
    ...draft,
    headline: `${draft.headline}：${half}`,
    paragraphs: draft.paragraphs.filter((_, i) => i !== at),
    subheads: draft.subheads.slice(1).map((i) => i - 1),
    bareSubheads: draft.bareSubheads.filter((s) => s.index !== at).map((s) => ({ ...s, index: s.index > at ? s.index - 1 : s.index })),
  };
}

/**
 * Sub-heads come in sets (一、二、, or two or more parallel lines); one lone
 * bare line with text on both sides is more likely the headline of the
 * article after one that was not signed at its end. Split there, and say so.
 */
function splitAtLoneLine(draft: Draft, warnings: string[]): Draft[] {
  if (draft.subheads.length !== 1 || draft.bareSubheads.length !== 1) return [draft];
  const [{ index, bylines }] = draft.bareSubheads as [{ index: number; bylines: number }];
  if (index < 1 || draft.paragraphs.length - index - 1 < 1) return [draft];
  const headline = draft.paragraphs[index]!;
  if (SIDEBAR.test(headline)) return [draft];
  warnings.push(importMessages.splitAtLoneLine(headline));
  const first: Draft = {
    ...draft, bylines: draft.bylines.slice(0, bylines), paragraphs: draft.paragraphs.slice(0, index),
    subheads: [], bareSubheads: [], jumpTo: null,
  };
  const second: Draft = {
    ...draft, kicker: null, headline, subheadline: null, column: null, dateline: null, preface: [],
    bylines: draft.bylines.slice(bylines), paragraphs: draft.paragraphs.slice(index + 1), subheads: [], bareSubheads: [], jumpFrom: null,
  };
  return [first, second];
}

const toArticle = (draft: Draft): ParsedArticle => ({
  kicker: draft.kicker,
  headline: draft.headline,
  subheadline: draft.subheadline,
  column: draft.column,
  dateline: draft.dateline,
  bylines: draft.bylines,
  paragraphs: [...draft.preface, ...draft.paragraphs],
  subheads: draft.subheads.map((i) => i + draft.preface.length),
  jumpFrom: draft.jumpFrom,
  jumpTo: draft.jumpTo,
});
