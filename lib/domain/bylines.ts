// 署名 as the paper prints it at the end of an article: （阮现武 董浩）,
// （巡察室）, （记者 李三旺 通讯员 董洁）, （张铁生 文/图）.
import type { BylineRole } from "./article-input";

const BEFORE: Partial<Record<BylineRole, string>> = { reporter: "记者", correspondent: "通讯员", photographer: "摄影" };
const AFTER: Partial<Record<BylineRole, string>> = { text_and_photo: "文/图", writer: "文", compiler: "编译" };

export function formatBylines(bylines: readonly { name: string; role: BylineRole }[]): string {
  if (bylines.length === 0) return "";
  const parts = bylines.map(({ name, role }) => [BEFORE[role], name, AFTER[role]].filter(Boolean).join(" "));
  return `（${parts.join(" ")}）`;
}
