// 审计日志 as CSV: the same filters as the browser, streamed in keyset batches
// so that a year of autosaves never sits in memory; UTF-8 with a BOM so that
// Excel opens the Chinese as Chinese. The export is itself recorded.
import "server-only";
import { stringify } from "csv-stringify/sync";
import { actorlessKind, isAuditAction, isAuditObjectType } from "@/lib/domain/audit-actions";
import { auditFilterQuery, chinaToday, formatChinaTime, type AuditCursor, type AuditFilters } from "@/lib/domain/audit-trail";
import { format, messages } from "@/lib/i18n";
import type { Prisma } from "@/lib/generated/prisma/client";
import { recordAudit } from "@/lib/server/audit";
import type { SessionUser } from "@/lib/server/auth/session-user";
import { fetchAuditEvents, type AuditEventRow } from "./audit-query";
import { assertMayViewAudit } from "./list-audit-events";

const t = messages.audit;
const BATCH = 1000;

/** RFC 4180 line ends; formulas (=, +, -, @ at the start of a cell) defused, since names and reasons are typed by people. */
export const CSV_OPTIONS = { record_delimiter: "windows", escape_formulas: true } as const;

const json = (value: Prisma.JsonValue | null) => (value === null ? "" : JSON.stringify(value));

function record(row: AuditEventRow): string[] {
  return [
    formatChinaTime(row.at),
    row.actor?.name ?? (actorlessKind(row.action) === "anonymous" ? t.anonymous : t.system),
    row.actor?.email ?? "",
    isAuditAction(row.action) ? t.actions[row.action] : row.action,
    isAuditObjectType(row.objectType) ? t.objectTypes[row.objectType] : row.objectType,
    row.objectId ?? "",
    json(row.before),
    json(row.after),
    row.ip ?? "",
  ];
}

export function auditExportFileName(filters: Pick<AuditFilters, "from" | "to">, now: Date): string {
  const to = filters.to ?? chinaToday(now);
  return filters.from ? format(t.export.fileName, { from: filters.from, to }) : format(t.export.fileNameAll, { to });
}

/** The export as a byte stream, after recording who asked for what. */
export async function exportAuditCsv(
  user: Pick<SessionUser, "id" | "roles">,
  filters: AuditFilters,
  { ip = null, now = new Date() }: { ip?: string | null; now?: Date } = {},
): Promise<{ fileName: string; stream: ReadableStream<Uint8Array> }> {
  assertMayViewAudit(user);
  await recordAudit({ actorId: user.id, action: "audit.export", objectType: "AuditEvent", after: { filters: auditFilterQuery(filters) }, ip });

  const encoder = new TextEncoder();
  let cursor: AuditCursor | null = null;
  let started = false;
  const stream = new ReadableStream<Uint8Array>({
    // One batch per pull: the consumer's pace sets how fast rows are read.
    async pull(controller) {
      if (!started) {
        started = true;
        controller.enqueue(encoder.encode(`\ufeff${stringify([t.export.columns], CSV_OPTIONS)}`));
        return;
      }
      const rows = await fetchAuditEvents(filters, cursor, "older", BATCH);
      if (rows.length > 0) controller.enqueue(encoder.encode(stringify(rows.map(record), CSV_OPTIONS)));
      if (rows.length < BATCH) controller.close();
      else cursor = rows.at(-1)!;
    },
  });
  return { fileName: auditExportFileName(filters, now), stream };
}
