// Checks of a draft as it stands, made again each time the editor corrects
// it: the printed 农历 against the date. Kept apart from draft.ts, which the
// review form runs in the browser, because the lunar calendar is heavy.
import { parseIssueDate } from "../dates";
import type { ImportDraft } from "./draft";
import { lunarWarnings } from "./masthead";

export function draftNotices(draft: ImportDraft): string[] {
  const { date, lunarDate } = draft.issue;
  if (!date || !lunarDate || !parseIssueDate(date)) return [];
  return lunarWarnings({ date, lunarDate, number: null, totalNumber: null, pageEditor: null, layout: null, proofreader: null });
}
