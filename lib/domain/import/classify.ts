// First pass: each line of the page becomes a token (heading, body, byline,
// jump, break) or is dropped as masthead, credits or page furniture. Layout
// decisions (which heading starts an article) are left to assemble.ts.
import { parseBylines, type ParsedByline } from "./byline-parse";
import { readCreditsLine, readMastheadLine, type ParsedIssue } from "./masthead";
import { parseJump } from "./jumps";
import { hanCount, visibleLength } from "./text-utils";

export type Token =
  | { kind: "heading"; text: string; level: number } // level 0: a bare short line
  | { kind: "body"; text: string }
  | { kind: "byline"; bylines: ParsedByline[] }
  | { kind: "jump"; direction: "from" | "to"; page: number | null }
  | { kind: "break" };

interface Line {
  text: string;
  level: number;
}

const MARKUP_ONLY = /^[\s#*\-_=■□◆◇●○★☆|>~·.。、—－]*$/u;
const ADMIN =
  /连续性内部资料|准印证|CN\s*\d{2}\s*[-－]\s*\d{4}|国内统一连续出版物号|邮发代号|主管|主办|编辑出版|内部资料|免费交流|新闻热线|投稿邮箱|电子邮箱|印数|发送对象|印刷单位|承印|广告经营许可证|社址|邮编|定价|零售价/u;
const QR = /二维码|扫码|扫一扫|扫描.{0,8}关注|公众号|客户端|视频号|抖音号/u;
const PAGE_NUMBER = /^(?:第\s*)?[0-9０-９]{1,2}\s*版?$|^[0-9０-９]{2}\s*\p{Script=Han}{2,4}$|^[-—]\s*[0-9]{1,2}\s*[-—]$/u;
const MARKED_CAPTION = /^(?:图为|图[:：]|▲|△|【图】|[(（]图[)）])/u;
const DASH = /^(?:——|—|--|-|－|─)/u;

function readLine(raw: string): Line {
  const heading = /^\s{0,3}(#{1,6})\s*(.*?)\s*#*\s*$/u.exec(raw);
  const text = (heading ? heading[2]! : raw).replace(/\*\*|__/gu, "").replace(/^\s*>\s?/u, "").trim();
  return { text, level: heading ? heading[1]!.length : 0 };
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

const isFurniture = (text: string) =>
  MARKUP_ONLY.test(text) ||
  PAGE_NUMBER.test(text) ||
  MARKED_CAPTION.test(text) ||
  (ADMIN.test(text) && !isSentenceLike(text) && [...text].length <= 120);

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

export function tokenize(text: string, issue: ParsedIssue, warnings: string[]): { tokens: Token[]; usesMarkdown: boolean } {
  const lines = text.split(/\r\n|\r|\n|\u2028|\u2029/u).map(readLine);
  const usesMarkdown = lines.some((l) => l.level > 0);
  const qr = qrBlocks(lines);
  const tokens: Token[] = [];
  const lastMeaningful = () => tokens.findLast((t) => t.kind !== "break");
  lines.forEach((line, index) => {
    const { text } = line;
    if (text === "") return void tokens.push({ kind: "break" });
    if (qr.has(index)) return;
    if (readMastheadLine(text, issue, warnings)) return dropNameplate(tokens);
    if (readCreditsLine(text, issue) || isFurniture(text)) return;
    const jump = parseJump(text);
    if (jump) return void tokens.push({ kind: "jump", ...jump });
    const credit = /^[(（]([^()（）]{1,40})[)）]$/u.exec(text);
    const bylines = parseBylines(credit ? credit[1]! : text, !credit);
    if (bylines) return void tokens.push({ kind: "byline", bylines });
    const previous = lastMeaningful();
    // A dash line after prose is a quote's source (——【报告摘要】), not a subheadline.
    if (DASH.test(text) && previous?.kind === "body") return void tokens.push({ kind: "body", text });
    if (line.level > 0 && !(isSentenceLike(text) && visibleLength(text) > 60)) {
      return void tokens.push({ kind: "heading", text, level: line.level });
    }
    const afterProse = previous?.kind === "body" && !endsParagraph(previous.text);
    if (isHeadlineLike(text) && !afterProse) return void tokens.push({ kind: "heading", text, level: 0 });
    tokens.push({ kind: "body", text });
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
