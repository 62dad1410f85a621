// 署名 as printed: （郭学锋 张若含）, （巡察室）, a credit line
// `洛报融媒记者 李三旺 通讯员 董洁`, or `张铁生 文/图` after the last sentence.
// Bylines are people or units with a role, because the centre counts
// published pieces per person (见报统计); free text would be useless there.
import type { BylineRole } from "../article-input";
import { codePoints, HALF_STOP } from "./text-utils";

export interface ParsedByline {
  name: string;
  role: BylineRole | null;
}

// Roles printed before the names they apply to (记者 李三旺).
const PREFIX_ROLE: readonly [RegExp, BylineRole | null][] = [
  [/^(?:摄影|摄像)(?:记者)?$|^(?:图|摄影|摄|供图)\/$/u, "photographer"],
  [/记者$/u, "reporter"],
  [/通讯员$/u, "correspondent"],
  [/评论员$|^(?:撰稿|撰文|文)\/?$|^文字\/?$/u, "writer"],
  [/^(?:文\/图|图\/文|文图|图文)\/$/u, "text_and_photo"],
  [/^(?:编译|译)\/?$/u, "compiler"],
  [/^(实习生|作者|特约撰稿人?)$/u, null],
];
// Roles printed after the names (张铁生 文/图, 李四 摄).
const SUFFIX_ROLE: Record<string, BylineRole> = {
  "文/图": "text_and_photo",
  "图/文": "text_and_photo",
  "文图": "text_and_photo",
  "图文": "text_and_photo",
  "摄": "photographer",
  "摄影": "photographer",
  "供图": "photographer",
  "图": "photographer",
  "文": "writer",
  "编译": "compiler",
  "整理": "writer",
};
// Parentheticals at a paragraph's end that are not credits.
const NOT_A_BYLINE = /^(如图|见图|[上下左右]图|资料图片?|待续|未完待续|完|续|下同|同上)$/u;
const MAX_CREDIT = 80;
// Every role word above contains one of these characters.
const ROLE_HINT = /[记讯评摄图文译撰实作特供整稿]/u;
// A full stop, or commas enough for a clause or three: prose. (记者 张三，李四 keeps its comma.)
const SENTENCE = /[。！？；]|[，,][^，,]*[，,][^，,]*[，,]/u;
// Desk credits (（责任编辑：张三）) are the page's, not the article's authors.
const DESK_LABEL = /^(?:责任编辑|责编|编辑|审核|审校|校对|值班编辑|值班主任|终审|复审|初审|一审|二审|三审|美编|组版|监制|出品人?|策划)$/u;
// Words printed after a credit that carry no role: 记者 张三 报道.
const FILLER = /^(?:报道|报导|采写|撰写|发自\p{Script=Han}{1,4})$/u;
// A person after a person's role word: two to four characters, or a transliteration with ·.
const PERSON = /^(?:\p{Script=Han}{2,4}|[\p{Script=Han}]{1,8}·[\p{Script=Han}·]{1,12})$/u;
const NAME = /^[\p{Script=Han}·]{2,8}$/u;

const prefixRole = (token: string): { role: BylineRole | null } | null => {
  if (!/^[\p{Script=Han}·/]+$/u.test(token)) return null; // 本报讯(洛报融媒记者 is a dateline cut short, not a role
  for (const [pattern, role] of PREFIX_ROLE) if (pattern.test(token)) return { role };
  return null;
};

// Role words OCR broke with a space: 通 讯员, 记 者.
const SPLIT_ROLE_WORD = /通\s*讯\s*员|记\s+者|评\s*论\s*员|摄\s+影|实\s*习\s*生|融\s*媒/gu;
const ORG = /(?:报|媒|台|网|社|中心|新闻|融媒)$/u;
// Bullets that introduce a credit line: ■本报记者 张三, □ 记者 张三.
const BULLET = /^[■□◆◇●○★☆▲△▶►◎※·•\-—]+\s*/u;

/** Splits `记者李三旺` and `文/张三` into role and name when the print glued them. */
function tokens(text: string): string[] {
  const raw = text
    .replace(BULLET, "")
    .replace(SPLIT_ROLE_WORD, (word) => word.replace(/\s+/gu, "")).replace(/\s*[/／]\s*/gu, "/").replace(/[:：]/gu, " ").split(/[\s、,，;；]+/u).filter(Boolean);
  const split = raw.flatMap((token) => {
    const glued = /^(.*?(?:记者|通讯员|评论员))([\p{Script=Han}·]{2,4})$/u.exec(token);
    if (glued && glued[1]!.length <= 8) return [glued[1]!, glued[2]!];
    const slashed = /^((?:文\/图|图\/文|[\p{Script=Han}]{1,2})\/)([\p{Script=Han}·]{2,8})$/u.exec(token);
    if (slashed) return [slashed[1]!, slashed[2]!];
    const photo = /^([\p{Script=Han}·]{2,4})(摄|供图)$/u.exec(token); // 刘强摄
    if (photo) return [photo[1]!, photo[2]!];
    const after = /^([\p{Script=Han}·]{2,4})\/(文|图|摄|摄影|文图|图文)$/u.exec(token); // 张三/文
    return after ? [after[1]!, `/${after[2]!}`] : [token]; // the slash marks a role printed after its name
  });
  // OCR spaces names out: `张宇 欢`, `王 刚`. A lone character joins the short name before it.
  const out: string[] = [];
  const glueable = (token: string) => /^\p{Script=Han}$/u.test(token) && !(token in SUFFIX_ROLE);
  for (let i = 0; i < split.length; i++) {
    const token = split[i]!;
    const last = out.at(-1);
    const lastIsName = last !== undefined && !prefixRole(last) && !(last in SUFFIX_ROLE);
    // 张三 李 四: a lone character that starts a spaced-out name stays apart.
    const nextAlone = split[i + 1] !== undefined && glueable(split[i + 1]!);
    const afterShort = lastIsName && (/^\p{Script=Han}$/u.test(last) || (/^\p{Script=Han}{2}$/u.test(last) && !nextAlone));
    const lastComplete = !lastIsName || !/^\p{Script=Han}{1,2}$/u.test(last);
    const following = split[i + 1];
    // 任 费伊: a lone surname before a two-character given name.
    const beforeGiven = following !== undefined && /^\p{Script=Han}{2}$/u.test(following) && !prefixRole(following) && !(following in SUFFIX_ROLE);
    if (glueable(token) && afterShort) out[out.length - 1] = last + token;
    else if (glueable(token) && following !== undefined && /^\p{Script=Han}{1,8}(?:记者|通讯员)$/u.test(following)) {
      out.push(token + following); // 洛 报融媒记者
      i++;
    } else if (glueable(token) && lastComplete && beforeGiven && !/^\p{Script=Han}$/u.test(split[i - 1] ?? "")) {
      out.push(token + following);
      i++;
    } else if (ORG.test(token) && following !== undefined && /^\p{Script=Han}{0,6}(?:记者|通讯员|评论员)$/u.test(following)) {
      out.push(token + following); // 洛报融媒 记者: the outlet and its role, spaced apart by OCR
      i++;
    } else out.push(token);
  }
  return out;
}

/**
 * Reads a credit. Without a role word, a run of short words could be anything,
 * so credit lines need one (`requireRole`); parentheticals do not.
 */
export function parseBylines(text: string, requireRole: boolean): ParsedByline[] | null {
  if (text.length > 2 * MAX_CREDIT || codePoints(text) > MAX_CREDIT) return null; // a credit is short; long prose is not one
  // Cheap rejections first: most lines of a page are prose, which has sentence punctuation or names no role.
  if (requireRole && (SENTENCE.test(text) || !ROLE_HINT.test(text))) return null;
  const words = tokens(text.trim());
  if (words.length === 0 || words.length > 12) return null;
  const out: ParsedByline[] = [];
  let role: BylineRole | null = null;
  let sawRole = false;
  let runStart = 0; // names since the last role word, for suffix roles
  for (let i = 0; i < words.length; i++) {
    const marked = words[i]!;
    const word = marked.replace(/^\//u, "");
    const next = words[i + 1];
    if (marked !== word && word in SUFFIX_ROLE && out.length > runStart) {
      for (let j = runStart; j < out.length; j++) out[j]!.role = SUFFIX_ROLE[word]!;
      runStart = out.length;
      role = null;
      sawRole = true;
      continue;
    }
    const isSuffix = word in SUFFIX_ROLE && (next === undefined || !NAME.test(next) || next in SUFFIX_ROLE) && out.length > runStart;
    // 文/图 张三: a suffix role printed first applies to the names after it.
    if (word in SUFFIX_ROLE && !isSuffix && next !== undefined && NAME.test(next)) {
      role = SUFFIX_ROLE[word]!;
      runStart = out.length;
      sawRole = true;
      continue;
    }
    if (isSuffix) {
      for (let j = runStart; j < out.length; j++) out[j]!.role = SUFFIX_ROLE[word]!;
      runStart = out.length;
      role = null;
      sawRole = true;
      continue;
    }
    const prefix = prefixRole(word);
    if (prefix && word.length <= 10) {
      role = prefix.role;
      runStart = out.length;
      sawRole = true;
      continue;
    }
    if (DESK_LABEL.test(word)) return null;
    if (FILLER.test(word) && out.length > 0) continue;
    if (!NAME.test(word) || NOT_A_BYLINE.test(word)) return null;
    const personRole = role === "reporter" || role === "correspondent" || role === "photographer";
    if (personRole && !PERSON.test(word)) return null; // 记者：请介绍一下 is a question, not a credit
    out.push({ name: word, role });
  }
  if (out.length === 0 || (requireRole && !sawRole)) return null;
  return out;
}

/** The credit at the end of a photo caption: 图为…。（张三 摄）, …… 李四 摄. */
export function photoCredit(caption: string): ParsedByline[] {
  const signed = splitTrailingBylines(caption);
  if (!signed) return [];
  return signed.bylines.map((b) => ({ name: b.name, role: b.role ?? "photographer" }));
}

const TRAILING_PARENS = /[(（]([^()（）]{1,40})[)）]\s*$/u;
const LAST_SENTENCE_END = new RegExp(`[。！？!?”」』]|${HALF_STOP}`, "gu");

/** Splits a trailing credit off a paragraph; the paragraph may be nothing but the credit. */
export function splitTrailingBylines(paragraph: string): { text: string; bylines: ParsedByline[] } | null {
  const parens = TRAILING_PARENS.exec(paragraph);
  if (parens) {
    const bylines = parseBylines(parens[1]!, false);
    if (bylines) return { text: paragraph.slice(0, parens.index).trimEnd(), bylines };
  }
  let tailStart = 0;
  for (const match of paragraph.matchAll(LAST_SENTENCE_END)) tailStart = match.index + match[0].length;
  const tail = paragraph.slice(tailStart);
  if (tail.trim().length === 0 || codePoints(tail) > 40) return null;
  const bylines = parseBylines(tail, true);
  return bylines ? { text: paragraph.slice(0, tailStart).trimEnd(), bylines } : null;
}
