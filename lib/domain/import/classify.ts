// First pass: each line of the page becomes a token (heading, body, byline,
// jump, break) or is dropped as masthead, credits or page furniture. Layout
// decisions (which heading starts an article) are left to assemble.ts.
import { parseBylines, photoCredit, type ParsedByline } from "./byline-parse";
import { splitDateline } from "./dateline";
import { readImprintLine, type ParsedMasthead } from "./imprint";
import { readCreditsLine, readMastheadLine } from "./masthead";
import { parseJump } from "./jumps";
import { readPageHeaderLine, type PageMeta } from "./page-header";
import { hanCount, unspaceLetters, visibleLength } from "./text-utils";

export type Token =
  | { kind: "heading"; text: string; level: number } // level 0: a bare short line
  | { kind: "subhead"; text: string } // a numbered 小标题: 一、… （一）… 1.…
  | { kind: "body"; text: string; indent: boolean }
  | { kind: "byline"; bylines: ParsedByline[] }
  | { kind: "caption"; bylines: ParsedByline[] } // a photo caption's credit (张三 摄)
  | { kind: "end" } // （完）
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
const NUMBERED = /^(?:[一二三四五六七八九十]{1,3}\s*[、.．]|[(（]\s*(?:[一二三四五六七八九十]{1,3}|[0-9]{1,2})\s*[)）]|[0-9]{1,2}\s*[、．](?![0-9])|[0-9]{1,2}\.(?![0-9])|第[一二三四五六七八九十]{1,3}(?:部分|章|节|篇)?[，,、：:\s])/u;
const DASH = /^(?:——|—|--|-|－|─)/u;

function readLine(spaced: string): Line {
  const raw = unspaceLetters(spaced);
  const heading = /^\s{0,3}(#{1,6})\s*(.*?)\s*#*\s*$/u.exec(raw);
  const text = (heading ? heading[2]! : raw).replace(/\*\*|__/gu, "").replace(/^\s*>\s?/u, "").trim();
  return { text, level: heading ? heading[1]!.length : 0, indent: /^(?:\u3000|[ \t]{2,})\S/u.test(raw) };
}

const isSentenceLike = (text: string) => /[。；;]/u.test(text);
const endsParagraph = (text: string) => /[。！？!?”」』…：:)）]$/u.test(text);

/** A short line with no sentence punctuation: may be a headline in unmarked text. */
export function isHeadlineLike(text: string): boolean {
  const length = visibleLength(text);
  if (length < 2 || length > 34 || hanCount(text) < 2) return false;
  if (isSentenceLike(text) || /[，,、；;]$/u.test(text) || /^[(（]/u.test(text)) return false;
  return (text.match(/[，,]/gu) ?? []).length <= 1;
}

/** A numbered 小标题 on its own line: short, at most one sentence. */
export function isNumberedSubhead(text: string): boolean {
  if (!NUMBERED.test(text) || visibleLength(text) > 36) return false;
  const sentences = text.match(/[。！？!?；;]/gu)?.length ?? 0;
  return sentences === 0 || (sentences === 1 && /[。！？!?]$/u.test(text) && visibleLength(text) <= 24);
}

const isFurniture = (text: string) => MARKUP_ONLY.test(text) || PAGE_NUMBER.test(text) || LATIN_ONLY.test(text);
// 主管：… 印数：5000份. Prose that mentions 主办 has commas, or continues a wrapped sentence.
const isImprint = (text: string) => ADMIN.test(text) && !/[。；;，,]/u.test(text) && [...text].length <= 120 && splitDateline(text) === null;

/**
 * The width OCR wrapped body lines at, when it did: most long lines are then
 * within a character of one length. Null for text with a line per paragraph.
 */
export function wrapWidth(lines: readonly Line[]): number | null {
  const lengths = lines.map((l) => visibleLength(l.text)).filter((n) => n >= 12 && n <= 200);
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

/** A block of short lines with a QR-code cue is a "scan to follow" blurb. */
function qrBlocks(lines: readonly Line[]): Set<number> {
  const drop = new Set<number>();
  let start = 0;
  for (let i = 0; i <= lines.length; i++) {
    if (i < lines.length && lines[i]!.text !== "") continue;
    const block = lines.slice(start, i);
    const short = block.every((l) => [...l.text].length <= 30 && !isSentenceLike(l.text));
    if (short && block.some((l) => QR.test(l.text))) for (let j = start; j < i; j++) drop.add(j);
    start = i + 1;
  }
  return drop;
}

/** Short lines printed three times or more on one page: running heads and repeated furniture. */
function repeatedLines(lines: readonly Line[]): Set<string> {
  const counts = new Map<string, number>();
  for (const { text } of lines) {
    if (text === "" || visibleLength(text) > 40 || isSentenceLike(text)) continue;
    const key = text.replace(/\s/gu, "");
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return new Set([...counts].filter(([key, n]) => n >= 3 && !END_MARK.test(key)).map(([key]) => key));
}

export function tokenize(text: string, state: PageState, warnings: string[]): { tokens: Token[]; usesMarkdown: boolean } {
  const lines = text.split(/\r\n|\r|\n|\u2028|\u2029/u).map(readLine);
  const usesMarkdown = lines.some((l) => l.level > 0);
  const qr = qrBlocks(lines);
  const repeated = repeatedLines(lines);
  const width = wrapWidth(lines);
  const tokens: Token[] = [];
  const lastMeaningful = () => tokens.findLast((t) => t.kind !== "break");
  lines.forEach((line, index) => {
    const { text } = line;
    if (text === "") return void tokens.push({ kind: "break" });
    if (qr.has(index) || repeated.has(text.replace(/\s/gu, ""))) return;
    if (readPageHeaderLine(text, state, warnings)) return;
    if (readMastheadLine(text, state.issue, warnings)) {
      readImprintLine(text, state.masthead);
      return dropNameplate(tokens);
    }
    if (readCreditsLine(text, state.issue) || isFurniture(text)) return;
    const previous = lastMeaningful();
    const afterProse = previous?.kind === "body" && !endsParagraph(previous.text) && !line.indent;
    if (isImprint(text) && !afterProse) return void readImprintLine(text, state.masthead);
    if (END_MARK.test(text)) return void tokens.push({ kind: "end" });
    if (MARKED_CAPTION.test(text)) return void tokens.push({ kind: "caption", bylines: photoCredit(text) });
    const jump = parseJump(text);
    if (jump) return void tokens.push({ kind: "jump", ...jump });
    const credit = /^[(（]([^()（）]{1,40})[)）]$/u.exec(text);
    const bylines = parseBylines(credit ? credit[1]! : text, !credit);
    if (bylines) return void tokens.push({ kind: "byline", bylines });
    const body = { kind: "body", text, indent: line.indent } as const;
    // A dash line after prose is a quote's source (——【报告摘要】), not a subheadline.
    if (DASH.test(text) && previous?.kind === "body") return void tokens.push(body);
    if (line.level > 0 && !(isSentenceLike(text) && visibleLength(text) > 60)) {
      return void tokens.push({ kind: "heading", text, level: line.level });
    }
    if (isNumberedSubhead(text) && !afterProse) return void tokens.push({ kind: "subhead", text });
    // A line as wide as the page's wrapped lines, continued on the next, is prose cut by OCR.
    const next = lines[index + 1]?.text ?? "";
    const wrapped = width !== null && visibleLength(text) >= width - 2 && next !== "" && !endsParagraph(text);
    if (isHeadlineLike(text) && !afterProse && !wrapped && splitDateline(text) === null) {
      return void tokens.push({ kind: "heading", text, level: 0 });
    }
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
