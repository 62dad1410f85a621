// Who may change which page: the desk (策划 rights) any page; the page's own
// 本版编辑 and 组版 theirs. Signed pages are frozen (签付印).
import { can } from "./permissions";
import type { Role } from "./roles";

export interface PageFacts {
  pageEditorId: string | null;
  layoutId: string | null;
  signed: boolean;
}

export function mayComposePage(actor: { id: string; roles: readonly Role[] }, page: PageFacts): boolean {
  if (page.signed) return false;
  if (can(actor.roles, "issue.plan")) return true;
  if (!can(actor.roles, "page.compose")) return false;
  return page.pageEditorId === actor.id || page.layoutId === actor.id;
}

/** Which roles each page credit is chosen from. */
export const STAFF_ROLES = {
  pageEditor: ["editor", "desk", "chief"],
  layout: ["layout"],
  proofreader: ["proofreader"],
} as const satisfies Record<string, readonly Role[]>;

/** A placement's box must stay on the page's grid. */
export function clampBox(box: { columnStart: number; columnSpan: number; height: number; headlineSize: number }, columns: number, rows: number) {
  const columnSpan = Math.min(Math.max(1, Math.round(box.columnSpan)), columns);
  return {
    columnSpan,
    columnStart: Math.min(Math.max(1, Math.round(box.columnStart)), columns - columnSpan + 1),
    height: Math.min(Math.max(4, Math.round(box.height)), rows),
    headlineSize: Math.min(Math.max(12, Math.round(box.headlineSize)), 72),
  };
}

/**
 * Where a new box goes: the start column whose spanned columns are least
 * filled so far (a simple skyline), so that new articles fill the page side
 * by side instead of stacking in one corner.
 */
export function suggestColumnStart(existing: readonly { columnStart: number; columnSpan: number; height: number }[], span: number, columns: number): number {
  const filled = Array.from({ length: columns }, () => 0);
  for (const box of existing) {
    for (let c = box.columnStart - 1; c < Math.min(columns, box.columnStart - 1 + box.columnSpan); c += 1) filled[c]! += box.height;
  }
  let best = 1;
  let bestTop = Infinity;
  for (let start = 1; start + span - 1 <= columns; start += 1) {
    const top = Math.max(...filled.slice(start - 1, start - 1 + span));
    if (top < bestTop) [best, bestTop] = [start, top];
  }
  return best;
}
