// Small text helpers shared by the import parser. OCR output mixes full- and
// half-width forms and sprinkles spaces between CJK characters; these helpers
// normalise only what the parser needs and leave the copy itself as printed.

// Han ideographs, CJK punctuation and full-width forms: characters between
// which print never has a space, so any space there is an OCR artefact.
const CJK = "\\p{Script=Han}\\u3000-\\u303f\\uff00-\\uffef\\u2014\\u2018\\u2019\\u201c\\u201d\\u2026\\u00b7";
const CJK_CHAR = new RegExp(`[${CJK}]`, "u");
const SPACE_NEXT_TO_CJK = new RegExp(`(?<=[${CJK}])[ \\t\\u3000]+|[ \\t\\u3000]+(?=[${CJK}])`, "gu");

/** Drops spaces next to CJK characters (OCR line-wrap and column artefacts). */
export function removeCjkSpaces(text: string): string {
  return text.replace(SPACE_NEXT_TO_CJK, "");
}

export const isCjk = (char: string | undefined): boolean => char !== undefined && CJK_CHAR.test(char);

/** Joins a wrapped line to the next: no space between CJK, one between Latin words. */
export function joinWrapped(left: string, right: string): string {
  if (!left) return right;
  const last = left.at(-1);
  const first = right[0];
  return isCjk(last) || isCjk(first) ? left + right : `${left} ${right}`;
}

export const collapseSpaces = (text: string): string => text.replace(/[ \t\u3000]+/g, " ").trim();

/** A half-width full stop after Chinese (`会议召开.`), as some exports print 。; never a decimal point. */
export const HALF_STOP = "(?<=[\\p{Script=Han}”\"」』)）])\\.(?![0-9])";
const ENDS_WITH_HALF_STOP = new RegExp(`${HALF_STOP}\\s*$`, "u");
const HAS_HALF_STOP = new RegExp(HALF_STOP, "u");
export const endsWithHalfStop = (text: string): boolean => ENDS_WITH_HALF_STOP.test(text);
export const hasHalfStop = (text: string): boolean => HAS_HALF_STOP.test(text);

/** Full-width digits to ASCII, so numbers parse either way. */
export const asciiDigits = (text: string): string => text.replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0));

const CN_DIGITS: Record<string, number> = { 〇: 0, 零: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

/** A page or issue number printed in digits or small Chinese numerals (二, 十二, 二十). */
export function parseSmallNumber(text: string): number | null {
  const digits = asciiDigits(text);
  if (/^\d{1,6}$/.test(digits)) return Number(digits);
  const match = /^([一二三四五六七八九])?(十)?([一二三四五六七八九])?$/.exec(text);
  if (!match || text === "") return null;
  const [, tens, ten, ones] = match;
  if (!ten) return tens && !ones ? CN_DIGITS[tens]! : null;
  return (tens ? CN_DIGITS[tens]! : 1) * 10 + (ones ? CN_DIGITS[ones]! : 0);
}

/** Visible length in code points, ignoring spaces. */
export function visibleLength(text: string): number {
  let count = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0xdc00 && code <= 0xdfff) continue; // the second half of a surrogate pair
    if (code === 0x20 || code === 0x3000 || (code >= 0x09 && code <= 0x0d) || code === 0xa0) continue;
    count++;
  }
  return count;
}

/** Length in code points, without building an array of them (lines can be megabytes long). */
export function codePoints(text: string): number {
  let count = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0xdc00 || code > 0xdfff) count++;
  }
  return count;
}

/** The first `n` code points. */
export const firstChars = (text: string, n: number): string => Array.from(text.slice(0, 2 * n)).slice(0, n).join("");

export const hanCount = (text: string): number => (text.match(/\p{Script=Han}/gu) ?? []).length;

/**
 * Undoes OCR letter-spacing (`文 化 惠 民 演 出`): when most words of a line
 * are single characters, single spaces go and wider gaps become one space
 * (a headline's two halves, a running head's parts).
 */
export function unspaceLetters(line: string): string {
  if (line.length > 2000) return line;
  const words = line.trim().split(/ +/u);
  if (words.length < 6) return line;
  const single = words.filter((w) => codePoints(w) === 1).length;
  if (single / words.length < 0.6) return line;
  return line.replace(/\S +(?=\S)/gu, (run) => (run.length > 2 ? `${run[0]} ` : run[0]!)).replace(/\u3000+/gu, " ");
}
