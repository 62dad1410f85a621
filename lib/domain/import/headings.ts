// A run of heading lines with no prose between them (引题, 栏目, 主标题,
// 副标题, perhaps a caption) resolved into the parts of one article head.
import { importMessages } from "./messages";
import { HALVES } from "./ocr-layout";
import { visibleLength } from "./text-utils";

export interface HeadingLine {
  text: string;
  level: number; // 1–6 for Markdown headings, 0 for a bare short line
}

export interface ArticleHead {
  /** The headline ends with a colon: its second half may be elsewhere (assemble looks for it). */
  truncated: boolean;
  kicker: string | null;
  headline: string;
  subheadline: string | null;
  column: string | null;
  level: number;
}

const COLUMN = /(访谈|评论|时评|短评|快评|观察|视点|论坛|专栏|走基层|一线|声音|人物|镜头|话题|纵横|广角|茶座|漫谈|随笔|专题)$/u;
const SUBHEAD_DASH = /^(?:——|—|--|-|－|─)+\s*/u;
const stripBrackets = (text: string) => text.replace(/^[【〖[■●◆◇□★☆▲]\s*|\s*[】〗\]]$/gu, "");
const endsWithColon = (text: string) => /[:：]$/u.test(text);
const stripColon = (text: string) => text.replace(/\s*[:：]$/u, "");
// 【理论园地】, 〖一线〗, ◆ 评论: a short label set off by brackets or a bullet is a column whatever it says.
const MARKED_LABEL = /^(?:【[^【】]{2,10}】|〖[^〖〗]{2,10}〗|\[[^[\]]{2,10}\]|[■●◆◇□★☆▲]\s*\p{Script=Han}{2,8})$/u;
const isColumn = (text: string) => {
  const label = stripBrackets(text);
  return !/\s/u.test(label) && visibleLength(label) <= 10 && (COLUMN.test(label) || MARKED_LABEL.test(text.trim()));
};
const isSubheadline = (text: string) => SUBHEAD_DASH.test(text) || /^访\p{Script=Han}/u.test(text);
const asSubheadline = (text: string) => `——${text.replace(SUBHEAD_DASH, "")}`;

/** Bare lines under a Markdown headline: a second half of the headline, or captions. */
function foldBareLines(lines: HeadingLine[], warnings: string[]): HeadingLine[] {
  const firstMarked = lines.findIndex((l) => l.level > 0);
  if (firstMarked < 0) return lines;
  const out = lines.slice(0, firstMarked + 1);
  const after = lines.slice(firstMarked + 1);
  const bare = after.filter((l) => l.level === 0 && !isSubheadline(l.text));
  const head = out[firstMarked]!;
  const single = bare.length === 1 ? bare[0]! : null;
  const fits = single && (endsWithColon(head.text) || visibleLength(head.text) + visibleLength(single.text) <= 28);
  for (const line of after) {
    if (!bare.includes(line)) out.push(line);
    else if (fits) out[firstMarked] = { ...head, text: endsWithColon(head.text) ? head.text + line.text : `${head.text} ${line.text}` };
    else warnings.push(importMessages.possibleCaption(line.text));
  }
  return out;
}

// Two halves of one headline printed on two lines: same size, short, and
// balanced; a kicker above a headline is usually much shorter or longer.
function areHalves(first: HeadingLine, second: HeadingLine): boolean {
  const [a, b] = [visibleLength(first.text), visibleLength(second.text)];
  const plain = !endsWithColon(first.text) && !/\s/u.test(first.text + second.text);
  return first.level === second.level && plain && a + b <= 26 && Math.abs(a - b) <= 2;
}


/**
 * Unmarked lines after the one headline printed in halves, with no dash to
 * make them a subheadline, are photo captions that lost their marker.
 */
function dropTrailingCaptions(lines: HeadingLine[], warnings: string[]): HeadingLine[] {
  const halves = lines.filter((l) => HALVES.test(l.text) && !isSubheadline(l.text) && !isColumn(l.text));
  if (lines.length < 3 || halves.length !== 1) return lines;
  const at = lines.indexOf(halves[0]!);
  const after = lines.slice(at + 1);
  if (after.length === 0 || after.some((l) => isSubheadline(l.text) || isColumn(l.text))) return lines;
  for (const caption of after) warnings.push(importMessages.possibleCaption(caption.text));
  return lines.slice(0, at + 1);
}

export function resolveHead(group: readonly HeadingLine[], usesMarkdown: boolean, warnings: string[]): ArticleHead | null {
  const lines = usesMarkdown ? foldBareLines([...group], warnings) : dropTrailingCaptions([...group], warnings);
  const column = lines.length > 1 ? lines.find((l) => isColumn(l.text)) : undefined;
  const rest = lines.filter((l) => l !== column);
  const sub = rest.find((l, i) => i > 0 && isSubheadline(l.text));
  let main = rest.filter((l) => l !== sub);
  // 引题 / 主题 / 副题 stacked as three bare lines, none marked: the middle one is the headline.
  let bareSub: HeadingLine | undefined;
  if (!usesMarkdown && !sub && main.length === 3 && main.every((l) => l.level === 0 && !endsWithColon(l.text)) && !areHalves(main[1]!, main[2]!)) {
    bareSub = main[2];
    main = main.slice(0, 2);
  }
  if (main.length === 0) return column ? { truncated: false, kicker: null, headline: stripBrackets(column.text), subheadline: null, column: null, level: column.level } : null;

  let headline = main.at(-1)!;
  let before = main.slice(0, -1);
  const previous = before.at(-1);
  if (previous && areHalves(previous, headline)) {
    headline = { ...headline, text: `${previous.text} ${headline.text}` };
    before = before.slice(0, -1);
  }
  const kicker = before.at(-1);
  for (const stray of before.slice(0, -1)) warnings.push(importMessages.headingWithoutBody(stray.text));
  return {
    truncated: endsWithColon(headline.text),
    kicker: kicker ? stripColon(kicker.text) : null,
    headline: stripColon(headline.text),
    subheadline: sub ? (SUBHEAD_DASH.test(sub.text) || /^访/u.test(sub.text) ? asSubheadline(sub.text) : sub.text) : (bareSub?.text ?? null),
    column: column ? stripBrackets(column.text) : null,
    level: headline.level === 0 ? 7 : headline.level,
  };
}
