// Browsing the audit trail: the filters a query string asks for, the keyset
// cursor that pages through millions of rows without OFFSET, the time as the
// centre reads it (China time), and a record's before → after by key.

/** actor: a user id, or NO_ACTOR for events no user did (系统 / 匿名). */
export interface AuditFilters {
  actor: string | null;
  objectType: string | null;
  objectId: string | null;
  action: string | null;
  /** YYYY-MM-DD, China days, inclusive */
  from: string | null;
  to: string | null;
}

export const NO_ACTOR = "none";
export const AUDIT_PAGE_SIZE = 50;

type Params = Record<string, string | string[] | undefined> | URLSearchParams;

function read(params: Params, key: string): string | null {
  const raw = params instanceof URLSearchParams ? params.get(key) : params[key];
  const value = (Array.isArray(raw) ? raw[0] : raw)?.trim();
  return value ? value : null;
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const validDay = (value: string | null) => {
  if (!value || !DAY.test(value)) return null;
  const date = new Date(`${value}T00:00:00Z`);
  return Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== value ? null : value;
};
/** Ids and keys are short tokens; anything else is not a filter but noise. */
const token = (value: string | null, max = 100) => (value && value.length <= max && /^[\w.:-]+$/.test(value) ? value : null);

export function parseAuditFilters(params: Params): AuditFilters {
  let from = validDay(read(params, "from"));
  let to = validDay(read(params, "to"));
  if (from && to && from > to) [from, to] = [to, from];
  return {
    actor: token(read(params, "actor")),
    objectType: token(read(params, "objectType"), 40),
    objectId: token(read(params, "objectId")),
    action: token(read(params, "action"), 60),
    from,
    to,
  };
}

/** The filters as query-string pairs (for links that keep them, and the CSV export). */
export function auditFilterQuery(filters: AuditFilters): Record<string, string> {
  return Object.fromEntries(Object.entries(filters).filter((entry): entry is [string, string] => entry[1] !== null));
}

export const hasFilters = (filters: AuditFilters) => Object.values(filters).some((value) => value !== null);

/** China keeps UTC+8 all year. */
const CHINA_OFFSET_MS = 8 * 3_600_000;

/** The instants a China-day range covers: [start of `from`, start of the day after `to`). */
export function auditTimeRange(filters: Pick<AuditFilters, "from" | "to">): { start: Date | null; end: Date | null } {
  const dayStart = (day: string) => new Date(Date.parse(`${day}T00:00:00Z`) - CHINA_OFFSET_MS);
  return {
    start: filters.from ? dayStart(filters.from) : null,
    end: filters.to ? new Date(dayStart(filters.to).getTime() + 86_400_000) : null,
  };
}

/** 2023-06-07 14:03:05 in China time, whatever the server's zone. */
export function formatChinaTime(at: Date): string {
  return new Date(at.getTime() + CHINA_OFFSET_MS).toISOString().slice(0, 19).replace("T", " ");
}

/** Today in China, YYYY-MM-DD. */
export function chinaToday(now: Date): string {
  return new Date(now.getTime() + CHINA_OFFSET_MS).toISOString().slice(0, 10);
}

// ───────────── Keyset cursor ─────────────

/** A position in the trail: newest first by (at, id), so ties in time still page stably. */
export interface AuditCursor {
  at: Date;
  id: string;
}

/** "older than" or "newer than" the cursor's row. */
export type AuditPageDirection = "older" | "newer";

export function encodeAuditCursor(cursor: AuditCursor): string {
  return `${cursor.at.getTime().toString(36)}.${cursor.id}`;
}

export function decodeAuditCursor(value: string | null | undefined): AuditCursor | null {
  const match = value ? /^([0-9a-z]{1,12})\.([\w-]{1,64})$/.exec(value) : null;
  if (!match) return null;
  const time = parseInt(match[1]!, 36);
  return Number.isSafeInteger(time) ? { at: new Date(time), id: match[2]! } : null;
}

/** Which page of the trail the query string asks for: ?before=… (older) or ?after=… (newer), else the newest. */
export function auditPageRequest(params: Params): { cursor: AuditCursor | null; direction: AuditPageDirection } {
  const after = decodeAuditCursor(read(params, "after"));
  if (after) return { cursor: after, direction: "newer" };
  return { cursor: decodeAuditCursor(read(params, "before")), direction: "older" };
}

/**
 * Cursors of the neighbouring pages, from one page of rows fetched with one
 * extra (the extra row only says whether there is more). Rows are newest first.
 */
export function auditPageLinks<T extends AuditCursor>(
  fetched: readonly T[],
  request: { cursor: AuditCursor | null; direction: AuditPageDirection },
  size: number,
): { rows: T[]; older: string | null; newer: string | null } {
  const more = fetched.length > size;
  // Newer pages are fetched oldest first, then turned round.
  const rows = request.direction === "newer" ? fetched.slice(0, size).reverse() : fetched.slice(0, size);
  const first = rows[0];
  const last = rows.at(-1);
  const olderExists = request.direction === "older" ? more : true;
  const newerExists = request.direction === "newer" ? more : request.cursor !== null;
  return {
    rows,
    older: olderExists && last ? encodeAuditCursor(last) : null,
    newer: newerExists && first ? encodeAuditCursor(first) : null,
  };
}

// ───────────── Before → after ─────────────

export interface ChangeLine {
  /** "" when the record is not an object of keys (a list, a number…) */
  key: string;
  before: string | null;
  after: string | null;
  /**
   * changed: on both sides with different values; removed / added: on one
   * side of a record that has both; same: unchanged, or a one-sided record's value.
   */
  change: "changed" | "same" | "added" | "removed";
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  value !== null && typeof value === "object" && !Array.isArray(value);

/** A value as one short line: strings bare, the rest as compact JSON. */
export function compactValue(value: unknown, max = 160): string {
  const text = typeof value === "string" ? value : JSON.stringify(value) ?? String(value);
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

/** The record's keys in order (before's first), each with both sides and how it changed. */
export function describeChange(before: unknown, after: unknown): ChangeLine[] {
  const hasBefore = before !== null && before !== undefined;
  const hasAfter = after !== null && after !== undefined;
  if (!hasBefore && !hasAfter) return [];
  if ((hasBefore && !isRecord(before)) || (hasAfter && !isRecord(after))) {
    const b = hasBefore ? compactValue(before) : null;
    const a = hasAfter ? compactValue(after) : null;
    return [{ key: "", before: b, after: a, change: hasBefore && hasAfter && b !== a ? "changed" : "same" }];
  }
  const b = (before ?? {}) as Record<string, unknown>;
  const a = (after ?? {}) as Record<string, unknown>;
  const both = hasBefore && hasAfter;
  return [...new Set([...Object.keys(b), ...Object.keys(a)])].map((key): ChangeLine => {
    const left = key in b ? compactValue(b[key]) : null;
    const right = key in a ? compactValue(a[key]) : null;
    const change = !both || left === right ? "same" : left === null ? "added" : right === null ? "removed" : "changed";
    return { key, before: left, after: right, change };
  });
}
