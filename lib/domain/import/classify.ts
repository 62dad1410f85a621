// First pass: each line of the page becomes a token (heading, body, byline,
// jump, break) or is dropped as masthead, credits or page furniture. Layout
// decisions (which heading starts an article) are left to assemble.ts.
import { parseBylines, photoCredit, splitTrailingBylines, type ParsedByline } from "./byline-parse";
import { splitDateline } from "./dateline";
import { readImprintLine, type ParsedMasthead } from "./imprint";
import { readCreditsLine, readMastheadLine } from "./masthead";
import { importMessages } from "./messages";
import { parseJump } from "./jumps";
import { HALVES, spacedShare, splitColumns, wrapWidth } from "./ocr-layout";
import { readPageHeaderLine, type PageMeta } from "./page-header";
import { codePoints, endsWithHalfStop, hanCount, hasHalfStop, unspaceLetters, visibleLength } from "./text-utils";

export type Token =
  | { kind: "heading"; text: string; level: number } // level 0: a bare short line
  | { kind: "subhead"; text: string } // a numbered 小标题: 一、… （一）… 1.…
  | { kind: "body"; text: string; indent: boolean }
  | { kind: "byline"; bylines: ParsedByline[] }
  | { kind: "caption"; bylines: ParsedByline[] } // a photo caption's credit (张三 摄)
  | { kind: "end" } // （完）
  | { kind: "attribution"; text: string } // ——某某: the source under a boxed quote
  | { kind: "jump"; direction: "from" | "to"; page: number | null }
  | { kind: "break" };

interface Line {
  text: string;
  level: number;
  indent: boolean; // printed indented: a paragraph starts here
}

export interface PageState extends PageMeta {
  masthead: ParsedMasthead;
}

const TRAILING_PUNCTUATION = /^[。，、！？；：”」』)）.,!?;:]+$/u;
const MARKUP_ONLY = /^[\s#*\-_=■□◆◇●○★☆|>~·.。、—－]*$/u;
const ADMIN =
  /连续性内部资料|准印证|CN\s*\d{2}\s*[-－]\s*\d{4}|国内统一连续出版物号|邮发代号|主管|主办|编辑出版|内部资料|免费交流|新闻热线|投稿邮箱|电子邮箱|印数|发送对象|印刷单位|承印|广告经营许可证|社址|邮编|定价|零售价/u;
const QR = /二维码|扫码|扫一扫|扫描.{0,8}关注|公众号|客户端|视频号|抖音号/u;
// Stray page numbers of scans and PDFs: 2, - 2 -, 第 2 页, ·2·, 2/8.
const PAGE_NUMBER =
  /^(?:第\s*)?[0-9０-９]{1,3}\s*[版页]?$|^[0-9０-９]{2}\s*\p{Script=Han}{2,4}$|^[-—－·•]\s*[0-9０-９]{1,3}\s*[-—－·•]$|^[0-9]{1,3}\s*[/／]\s*[0-9]{1,3}$|^(?:page|p\.?)\s*[0-9]{1,3}$/iu;
// A Latin-only line: the nameplate's pinyin (LUOHE XINWEN) or an OCR smudge, never copy here.
const LATIN_ONLY = /^[A-Z][A-Z\s·.&'-]{2,60}$/u;
const MARKED_CAPTION = /^(?:图为|图[:：]|图片[:：]|▲|△|【图】|[(（]图[)）]|上图|下图|左图|右图)/u;
const END_MARK = /^[(（]\s*(?:完|全文完|本文完|终)\s*[)）]$/u;
// 小标题 numbered as in official prose: 一、 （一） 1. 1、 第一，
const NUMBERED = /^(?:[\u2460-\u2473\u2776-\u277f]|[一二三四五六七八九十]{1,3}\s*[、.．]|[(（]\s*(?:[一二三四五六七八九十]{1,3}|[0-9]{1,2})\s*[)）]|[0-9]{1,2}\s*[、．](?![0-9])|[0-9]{1,2}\.(?![0-9])|第[一二三四五六七八九十]{1,3}(?:部分|章|节|篇)?[，,、：:\s])/u;
const DASH = /^(?:——|—|--|-|－|─)/u;
const SUBHEADLINE_CUE = /^(?:——|—|--|－|─|访\p{Script=Han}|记\p{Script=Han})/u;

// A Markdown list item (`- 一是…`): the bullet is markup, and must not read as a dash.
const MARKDOWN_BULLET = /^\s*[-*+]\s+(?=[^-\s]*\p{Script=Han}{2})/u;

function readLine(spaced: string): Line {
  const raw = unspaceLetters(spaced);
  const heading = /^\s{0,3}(#{1,6})\s*(.*?)\s*#*\s*$/u.exec(raw);
  const text = (heading ? heading[2]! : raw)
    .replace(/\*\*|__/gu, "")
    .replace(/^\s*>\s?/u, "")
    .replace(MARKDOWN_BULLET, "")
    .trim();
  return { text, level: heading ? heading[1]!.length : 0, indent: /^(?:\u3000|[ \t]{2,})\S/u.test(raw) };
}

const isSentenceLike = (text: string) => /[。；;]/u.test(text) || hasHalfStop(text);
// A wrapped line may end at a closing quote by chance; only a stop ends a sentence for sure.
const endsSentenceHard = (text: string) => /[。！？!?…；;][”」』"]?$/u.test(text) || endsWithHalfStop(text);
// A quote's source line (——某某) is complete too, though it has no full stop.
const endsParagraph = (text: string) => /[。！？!?”」』…：:)）]$/u.test(text) || endsWithHalfStop(text) || DASH.test(text);

/** A short line with no sentence punctuation: may be a headline in unmarked text. */
export function isHeadlineLike(text: string): boolean {
  const length = visibleLength(text);
  if (length < 2 || length > 34 || hanCount(text) < 2) return false;
  if (isSentenceLike(text) || /[，,、；;]$/u.test(text) || /^[(（]/u.test(text)) return false;
  if (/^\p{Script=Han}{1,4}[:：]\s*\S/u.test(text)) return false; // 记者：请介绍一下 — a speaker, as in a Q&A

  return (text.match(/[，,]/gu) ?? []).length <= 1;
}

/** A numbered 小标题 on its own line: short, at most one sentence. */
export function isNumberedSubhead(text: string): boolean {
  if (!NUMBERED.test(text) || visibleLength(text) > 36) return false;
  const sentences = text.match(/[。！？!?；;]/gu)?.length ?? 0;
  return sentences === 0 || (sentences === 1 && /[。！？!?]$/u.test(text) && visibleLength(text) <= 24);
}

// 秋 色: a title set letter-spaced, every word one character.
// 推进 会: a lone character cut off by an OCR space belongs to the word before it (halves are longer).
function unspaceTitle(text: string): string {
  if (/^\p{Script=Han}(?:\s+\p{Script=Han})+$/u.test(text)) return text.replace(/\s+/gu, "");
  if (text.length > 200) return text;
  const parts = text.split(/\s+/u);
  const out: string[] = [];
  for (const part of parts) {
    if (out.length > 0 && /^\p{Script=Han}$/u.test(part)) out[out.length - 1] += part;
    else out.push(part);
  }
  if (out.length > 1 && /^\p{Script=Han}$/u.test(out[0]!)) out.splice(0, 2, out[0]! + out[1]!);
  return out.join(" ");
}

// （本版稿件由区委宣传部提供）: a note on the whole page.
const PAGE_NOTE = /^[(（【]?\s*本版(?:稿件|图片|文字|图文|照片|内容|文章)/u;
// ![](photo.jpg), <br>: markup with no copy in it.
const MARKUP_LINE = /^(?:!\[[^\]]{0,200}\]\([^)]{0,500}\)|<\/?[a-z][^>]{0,200}>)+$/iu;
// ■ 河南省新闻出版局批准 ■: a phrase boxed by bullets is masthead decoration.
const BULLETED = /^[■□◆◇●○★☆]\s*[^■□◆◇●○★☆]{1,30}\s*[■□◆◇●○★☆]$/u;
// 导读 boxes list other pages' stories (我区召开经济工作会议（2版）); ads and weather boxes carry no copy.
const INDEX_ITEM = /\p{Script=Han}{4}.{0,40}?(?:[(（]\s*(?:见|详见)?\s*第?\s*[A-H]?[0-9０-９]{1,2}\s*版\s*[)）]|(?:详见|见|→|▶)\s*第?\s*[A-H]?[0-9０-９]{1,2}\s*版)$/u;
const BOX_LABEL = /^[【\[■◆●▶]?\s*(?:今日导读|本期导读|导读|要目|本期要目|今日看点|广告|天气预报|今日天气)\s*[】\]]?(?:[:：].{0,40})?$/u;
const isIndexItem = (text: string) => text.length <= 80 && !/上接|下转|接上/u.test(text) && !isSentenceLike(text) && INDEX_ITEM.test(text);
const isFurniture = (text: string) => BOX_LABEL.test(text) || isIndexItem(text) || BULLETED.test(text) || MARKUP_LINE.test(text) || PAGE_NOTE.test(text) || MARKUP_ONLY.test(text) || PAGE_NUMBER.test(text) || LATIN_ONLY.test(text);
// 主管：… 印数：5000份. Prose that mentions 主办 has commas, or continues a wrapped sentence.
// A label with its colon, a registration number, or a unit before its role: never a headline that mentions 主办.
const IMPRINT_CUE =
  /(?:主管主办|主管单位|主办单位|主管|主办|协办|承办|编辑出版|出版发行|新闻热线|投稿邮箱|电子邮箱|印数|发送对象|印刷单位|承印|广告经营许可证|社址|地址|邮编|定价|零售价|电话|邮发代号)\s*[:：]|连续性内部资料|准印证|连续出版物号|CN\s*\d{2}\s*[-－]\s*\d{4}|内部资料|免费交流|^\p{Script=Han}{2,24}?(?:主管主办|主管|主办|编辑出版)$/u;
const isImprint = (text: string) =>
  ADMIN.test(text) && IMPRINT_CUE.test(text) && !/[。；;，,]/u.test(text) && codePoints(text) <= 120 && splitDateline(text) === null;

/** A block of short lines with a QR-code cue is a "scan to follow" blurb. */
function qrBlocks(lines: readonly Line[]): Set<number> {
  const drop = new Set<number>();
  let start = 0;
  for (let i = 0; i <= lines.length; i++) {
    if (i < lines.length && lines[i]!.text !== "") continue;
    const block = lines.slice(start, i);
    const short = block.every((l) => codePoints(l.text) <= 30 && !isSentenceLike(l.text));
    if (short && block.some((l) => QR.test(l.text))) for (let j = start; j < i; j++) drop.add(j);
    start = i + 1;
  }
  return drop;
}

// The same reporter may sign three pieces of one page: a credit is never a running head.
const isCredit = (text: string) => {
  const parens = /^[(（]([^()（）]{1,40})[)）]$/u.exec(text);
  return parseBylines(parens ? parens[1]! : text, !parens) !== null || END_MARK.test(text);
};

const nextNonEmpty = (lines: readonly Line[], index: number): string => {
  for (let i = index + 1; i < Math.min(lines.length, index + 4); i++) if (lines[i]!.text !== "") return lines[i]!.text;
  return "";
};
// The line under a headline that shows an article starts there: a dateline, or 上接.
const startsArticle = (text: string) => text !== "" && (splitDateline(text) !== null || parseJump(text)?.direction === "from");

/** Short lines printed three times or more on one page: running heads and repeated furniture. */
function repeatedLines(lines: readonly Line[]): Set<string> {
  const counts = new Map<string, number>();
  for (const { text } of lines) {
    if (text === "" || visibleLength(text) > 40 || isSentenceLike(text)) continue;
    const key = text.replace(/\s/gu, "");
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  const repeated = new Set<string>();
  for (const [key, n] of counts) if (n >= 3 && !isCredit(key)) repeated.add(key);
  return repeated;
}

interface LineContext {
  previous: Token | undefined;
  beforePrevious: Token | undefined;
  afterProse: boolean; // the line before was prose left mid-sentence
  next: string;
  nextNonEmpty: string;
  width: number | null; // the page's OCR wrap width, if it has one
  wrapsHaveSpaces: boolean;
}

/** Whether an unmarked line is a headline: short, no sentence, and not prose that OCR cut at the column's width. */
function isBareHeadline(text: string, context: LineContext): boolean {
  const { previous, width } = context;
  if (!isHeadlineLike(text) || splitDateline(text) !== null) return false;
  const opensNext = startsArticle(context.nextNonEmpty);
  // Prose OCR left unfinished still ends where a headline over a dateline starts.
  if (context.afterProse && !opensNext) return false;
  // Wrapped lines are as wide as the column, never wider: a longer line spans columns, as headlines do.
  const length = visibleLength(text);
  const fullWidth = width !== null && length >= width - 2 && length <= width + 1;
  if (!fullWidth || context.next === "" || endsSentenceHard(text) || opensNext) return true;
  // After a sign-off (（张三）) comes a headline, whatever its width.
  const afterSignOff =
    previous?.kind === "end" ||
    (previous?.kind === "byline" && context.beforePrevious?.kind === "body") ||
    (previous?.kind === "body" && /[)）]$/u.test(previous.text));
  // Under a heading, a dash or 访 line is its subheadline; where prose is never spaced, a spaced line is a headline.
  // Over a ——/访 line, a line is the headline that subheadline belongs to; under a 南关街道： kicker, its headline.
  const headingShaped =
    (previous?.kind === "heading" && (SUBHEADLINE_CUE.test(text) || (/[:：]$/u.test(previous.text) && !/[，,]/u.test(text)))) ||
    SUBHEADLINE_CUE.test(context.nextNonEmpty) ||
    (!context.wrapsHaveSpaces && HALVES.test(text));
  return afterSignOff || headingShaped;
}

export function tokenize(text: string, state: PageState, warnings: string[]): { tokens: Token[]; usesMarkdown: boolean } {
  const raw = splitColumns(text.split(/\r\n|\r|\n|\u2028|\u2029/u), warnings);
  const lines = raw.map(readLine);
  const usesMarkdown = lines.some((l) => l.level > 0);
  const qr = qrBlocks(lines);
  const repeated = repeatedLines(lines);
  const width = wrapWidth(lines.map((l) => l.text));
  if (width !== null) warnings.push(importMessages.wrappedLines(width));
  const wrapsHaveSpaces = width !== null && spacedShare(lines.map((l) => l.text), width) >= 0.1;
  const tokens: Token[] = [];
  const lastMeaningful = () => tokens.findLast((t) => t.kind !== "break");
  const beforePrevious = () => {
    let seen = 0;
    for (let i = tokens.length - 1; i >= 0; i--) if (tokens[i]!.kind !== "break" && ++seen === 2) return tokens[i];
    return undefined;
  };
  lines.forEach((line, index) => {
    const { text } = line;
    if (text === "") return void tokens.push({ kind: "break" });
    if (qr.has(index) || repeated.has(text.replace(/\s/gu, ""))) return;
    if (isIndexItem(text)) return; // before page headers: （2版） here names another page
    if (readPageHeaderLine(text, state, warnings)) return;
    if (readMastheadLine(text, state.issue, warnings)) {
      readImprintLine(text, state.masthead);
      return dropNameplate(tokens);
    }
    const previous = lastMeaningful();
    // 。 wrapped onto a line of its own ends the sentence above it.
    if (TRAILING_PUNCTUATION.test(text) && previous?.kind === "body") return void (tokens[tokens.lastIndexOf(previous)] = { ...previous, text: previous.text + text });
    if (readCreditsLine(text, state.issue) || isFurniture(text)) return;
    // Prose left mid-sentence continues on this line, unless it ended in a credit (… 张铁生 文/图).
    const afterProse = previous?.kind === "body" && !endsParagraph(previous.text) && !line.indent && splitTrailingBylines(previous.text) === null;
    if (isImprint(text) && !afterProse) return void readImprintLine(text, state.masthead);
    if (END_MARK.test(text)) return void tokens.push({ kind: "end" });
    if (MARKED_CAPTION.test(text)) return void tokens.push({ kind: "caption", bylines: photoCredit(text) });
    const jump = parseJump(text);
    if (jump) return void tokens.push({ kind: "jump", ...jump });
    const credit = /^[(（]([^()（）]{1,40})[)）]$/u.exec(text);
    // 本报讯（记者 李雅君 — a dateline cut by OCR — is the start of a paragraph, not a credit line.
    const bylines = credit || splitDateline(text) === null ? parseBylines(credit ? credit[1]! : text, !credit) : null;
    if (bylines) return void tokens.push({ kind: "byline", bylines });
    const body = { kind: "body", text, indent: line.indent } as const;
    // A dash line after prose is a quote's source (——【报告摘要】), not a subheadline.
    if (DASH.test(text) && previous?.kind === "body") {
      const short = /^(?:——|—|─)/u.test(text) && visibleLength(text) <= 30 && !isSentenceLike(text);
      return void tokens.push(short ? { kind: "attribution", text } : body);
    }
    // 一、… is a 小标题 however it is marked: no paper numbers its headlines.
    if (isNumberedSubhead(text) && (line.level > 0 || !afterProse)) return void tokens.push({ kind: "subhead", text });
    if (line.level > 0 && !(isSentenceLike(text) && visibleLength(text) > 60)) {
      return void tokens.push({ kind: "heading", text: unspaceTitle(text), level: line.level });
    }
    const context = {
      previous,
      beforePrevious: beforePrevious(),
      afterProse,
      next: lines[index + 1]?.text ?? "",
      nextNonEmpty: nextNonEmpty(lines, index),
      width,
      wrapsHaveSpaces,
    };
    if (isBareHeadline(text, context)) return void tokens.push({ kind: "heading", text: unspaceTitle(text), level: 0 });
    tokens.push(body);
  });
  return { tokens, usesMarkdown };
}

/** The paper's name (# 伊滨新闻) sits just above the masthead lines: not an article. */
function dropNameplate(tokens: Token[]): void {
  for (let i = tokens.length - 1; i >= 0; i--) {
    const token = tokens[i]!;
    if (token.kind === "break") continue;
    if (token.kind === "heading" && visibleLength(token.text) <= 10) tokens.splice(i, 1);
    return;
  }
}
