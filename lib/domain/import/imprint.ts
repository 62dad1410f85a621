// The masthead's imprint lines (报头 / 报眼 / 报尾): registration line, 主管,
// 主办, 编辑出版, 印数. Printed as `label:value` runs separated by ■, bars or
// wide spaces, sometimes with two labels fused (主管主办:…).
import { asciiDigits, codePoints } from "./text-utils";

/** The masthead's other lines (报头): recovered for the editor to compare with the publication's settings. */
export interface ParsedMasthead {
  registrationLine: string | null; // 连续性内部资料准印证 / CN line
  supervisor: string | null; // 主管
  sponsor: string | null; // 主办
  publisher: string | null; // 编辑出版
  printRun: number | null; // 印数
}

export const emptyMasthead = (): ParsedMasthead => ({ registrationLine: null, supervisor: null, sponsor: null, publisher: null, printRun: null });

// Runs of the line: labels never straddle these.
const SEPARATOR = /[■□◆◇●○★☆|｜•]|\s{2,}|\u3000+/u;
const LABEL =
  /(主管主办|主管单位|主办单位|主管|主办|协办|承办|编辑出版|出版发行|出版单位|编辑|印数|准印证号|准印证|国内统一连续出版物号|连续出版物号|邮发代号|印刷单位|印刷|承印|社址|地址|邮编|电话|新闻热线|投稿邮箱|定价)(?:单位)?\s*[:：]?\s*/gu;
const REGISTRATION = [
  /[\p{Script=Han}]{0,8}连续性内部资料(?:准印证)?(?:号)?\s*[:：]?\s*[[［(（【〔]?[^\s■|｜]{0,24}?\d{2,}\s*号?/u,
  /(?:国内统一)?连续出版物号\s*[:：]?\s*CN\s*\d{2}\s*[-－—]\s*\d{4}(?:\s*[/／]\s*[A-Z]{1,2})?/u,
  /CN\s*\d{2}\s*[-－—]\s*\d{4}(?:\s*[/／]\s*[A-Z]{1,2})?/u,
  /(?:内部资料)?准印证(?:号)?\s*[:：]?\s*[^\s■|｜]{1,30}/u,
];
const PRINT_RUN = /印数\s*[:：]?\s*(\d+(?:\.\d+)?)\s*(万)?\s*份?/u;
const trimValue = (value: string) => value.replace(/^[\s:：,，、]+|[\s,，。;；、]+$/gu, "");

/** Fills `masthead` from an imprint line; true when the line carried any imprint field. */
export function readImprintLine(line: string, masthead: ParsedMasthead): boolean {
  if (line.length > 300) return false;
  let found = false;
  if (masthead.registrationLine === null) {
    for (const pattern of REGISTRATION) {
      const match = pattern.exec(line);
      if (!match) continue;
      masthead.registrationLine = match[0].replace(/\s+/gu, " ").trim();
      found = true;
      break;
    }
  }
  const run = PRINT_RUN.exec(asciiDigits(line));
  if (run && masthead.printRun === null) {
    const count = Number(run[1]) * (run[2] ? 10_000 : 1);
    if (Number.isFinite(count) && count > 0 && count < 100_000_000) masthead.printRun = Math.round(count);
    found = true;
  }
  for (const segment of line.split(SEPARATOR)) found = readLabels(segment, masthead) || found;
  return found;
}

// 中共洛河区委主管主办: the unit printed before its role.
const UNIT_FIRST = /^(\p{Script=Han}{2,24}?)\s*(主管主办|主管|主办|编辑出版|出版)$/u;

function readLabels(segment: string, masthead: ParsedMasthead): boolean {
  const labels = [...segment.matchAll(LABEL)];
  let found = false;
  const unitFirst = UNIT_FIRST.exec(segment.trim());
  if (unitFirst) {
    const [, unit, label] = unitFirst;
    if (label === "主管主办" || label === "主管") masthead.supervisor ??= unit!;
    if (label === "主管主办" || label === "主办") masthead.sponsor ??= unit!;
    if (label === "编辑出版" || label === "出版") masthead.publisher ??= unit!;
    return true;
  }
  labels.forEach((match, i) => {
    const end = i + 1 < labels.length ? labels[i + 1]!.index : segment.length;
    // Values are unit names: a space ends one (编辑出版:区融媒体中心 内部资料 免费交流).
    const value = trimValue(segment.slice(match.index + match[0].length, end).trim().split(/\s/u)[0]!);
    if (!value || codePoints(value) > 40) return;
    const label = match[1]!;
    const set = (field: "supervisor" | "sponsor" | "publisher") => {
      masthead[field] ??= value;
      found = true;
    };
    if (label === "主管主办") {
      set("supervisor");
      set("sponsor");
    } else if (label.startsWith("主管")) set("supervisor");
    else if (label.startsWith("主办")) set("sponsor");
    else if (label === "编辑出版" || label === "出版单位" || label === "出版发行") set("publisher");
  });
  return found;
}
