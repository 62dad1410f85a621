// Appends to the audit trail (append-only: database rules refuse changes).
import "server-only";
import { getDb } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";

export interface AuditEntry {
  actorId: string | null;
  action: string;
  objectType: string;
  objectId?: string | null;
  before?: Prisma.InputJsonValue;
  after?: Prisma.InputJsonValue;
  ip?: string | null;
}

type Writer = Pick<ReturnType<typeof getDb>, "auditEvent">;

export async function recordAudit(entry: AuditEntry, db: Writer = getDb()): Promise<void> {
  await db.auditEvent.create({ data: entry });
}
