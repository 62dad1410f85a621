// 电头 at the start of an article's first paragraph: `伊滨讯 5月29日,`,
// `本报讯(记者 李雅君)昨日,`, `新华社北京5月29日电`. The dateline keeps its
// date, as the reader site prints it (伊滨讯 5月29日　…); the body keeps the rest.
import { parseBylines, type ParsedByline } from "./byline-parse";

const AGENCY = /^\s*[【[]?\s*(\p{Script=Han}{1,8}?讯)\s*[】\]]?(?=[\s(（\d０-９,，:：]|$)\s*(?:[(（]([^()（）]{1,60})[)）])?\s*((?:\d{1,2}\s*月\s*)?\d{1,2}\s*日(?:上午|下午|晚间|晚上|晚|早上|早|凌晨|中午)?)?\s*[,，:：]?\s*/u;
const WIRE = /^\s*(\p{Script=Han}{2,12}?\d{1,2}\s*月\s*\d{1,2}\s*日\s*电)\s*(?:[(（]([^()（）]{1,60})[)）])?\s*[,，:：]?\s*/u;
const NOT_A_DATELINE = /(通讯|资讯)$/u;
// 据新华社电, 央视网消息, 人民网北京6月7日电: an outlet (…社, …网, …台, …报) wiring the story.
const OUTLET = /^\s*(据?\s*\p{Script=Han}{1,8}?(?:社|网|台|报)(?:\p{Script=Han}{0,6}?\d{1,2}\s*月\s*\d{1,2}\s*日)?\s*(?:电|消息))\s*(?:[(（]([^()（）]{1,60})[)）])?\s*[,，:：]?\s*/u;

export interface Dateline {
  dateline: string;
  bylines: ParsedByline[];
  rest: string;
}

export function splitDateline(paragraph: string): Dateline | null {
  const wire = WIRE.exec(paragraph) ?? OUTLET.exec(paragraph);
  if (wire) {
    const bylines = wire[2] ? parseBylines(wire[2], false) : [];
    const kept = wire[2] && !bylines ? `(${wire[2]})` : "";
    return { dateline: wire[1]!.replace(/\s/gu, ""), bylines: bylines ?? [], rest: kept + paragraph.slice(wire[0].length) };
  }
  const match = AGENCY.exec(paragraph);
  if (!match || NOT_A_DATELINE.test(match[1]!)) return null;
  const [whole, name, credit, date] = match;
  const bylines = credit ? parseBylines(credit, false) : [];
  // A parenthesis that is not a credit stays in the body.
  const kept = credit && !bylines ? `(${credit})` : "";
  const dateline = date ? `${name} ${date.replace(/\s/gu, "")}` : name!;
  return { dateline, bylines: bylines ?? [], rest: kept + paragraph.slice(whole.length) };
}
