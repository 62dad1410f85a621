// The audit trail's one query shape, shared by the browser and the CSV
// export: filters on indexed columns, newest first by (at, id), and a keyset
// cursor instead of OFFSET, so the thousandth page costs what the first does.
import "server-only";
import { getDb } from "@/lib/db";
import { NO_ACTOR, auditTimeRange, type AuditCursor, type AuditFilters, type AuditPageDirection } from "@/lib/domain/audit-trail";
import type { Prisma } from "@/lib/generated/prisma/client";

export function auditWhere(filters: AuditFilters): Prisma.AuditEventWhereInput {
  const { start, end } = auditTimeRange(filters);
  return {
    ...(filters.actor ? { actorId: filters.actor === NO_ACTOR ? null : filters.actor } : {}),
    ...(filters.objectType ? { objectType: filters.objectType } : {}),
    ...(filters.objectId ? { objectId: filters.objectId } : {}),
    ...(filters.action ? { action: filters.action } : {}),
    ...(start || end ? { at: { ...(start ? { gte: start } : {}), ...(end ? { lt: end } : {}) } } : {}),
  };
}

/**
 * Rows strictly beyond the cursor. The plain bound on `at` is what an index
 * scan can start from; the OR only settles rows that share the cursor's instant.
 */
function beyond(cursor: AuditCursor, direction: AuditPageDirection): Prisma.AuditEventWhereInput {
  const op = direction === "older" ? "lt" : "gt";
  const bound = direction === "older" ? "lte" : "gte";
  return {
    AND: [
      { at: { [bound]: cursor.at } },
      { OR: [{ at: { [op]: cursor.at } }, { at: cursor.at, id: { [op]: cursor.id } }] },
    ],
  };
}

export const auditEventSelect = {
  id: true, at: true, action: true, objectType: true, objectId: true, before: true, after: true, ip: true, actorId: true,
  actor: { select: { id: true, name: true, email: true, active: true } },
} satisfies Prisma.AuditEventSelect;

export type AuditEventRow = Prisma.AuditEventGetPayload<{ select: typeof auditEventSelect }>;

/** `take` events beyond `cursor` (newest first for "older", oldest first for "newer"). */
export function fetchAuditEvents(filters: AuditFilters, cursor: AuditCursor | null, direction: AuditPageDirection, take: number) {
  const order = direction === "older" ? "desc" : "asc";
  return getDb().auditEvent.findMany({
    where: cursor ? { AND: [auditWhere(filters), beyond(cursor, direction)] } : auditWhere(filters),
    orderBy: [{ at: order }, { id: order }],
    take,
    select: auditEventSelect,
  });
}
