import { describe, expect, it } from "vitest";
import { getDb } from "@/lib/db";
import { createPrismaClient } from "@/lib/db/client";
import { recordAudit } from "@/lib/server/audit";
import { checkHealth } from "@/lib/server/health";

describe("health", () => {
  it("is ok when the database answers", async () => {
    expect(await checkHealth(getDb())).toEqual({ status: "ok", db: "ok" });
  });

  it("reports the database down when it does not", async () => {
    const unreachable = createPrismaClient("postgresql://folio:folio@127.0.0.1:9/folio");
    expect(await checkHealth(unreachable)).toEqual({ status: "degraded", db: "down" });
  });
});

describe("audit trail", () => {
  it("refuses to change or delete what it recorded", async () => {
    await recordAudit({ actorId: null, action: "test.event", objectType: "Test", objectId: "t1" });
    const db = getDb();
    const event = await db.auditEvent.findFirstOrThrow({ where: { action: "test.event" } });
    await expect(db.auditEvent.update({ where: { id: event.id }, data: { action: "forged" } })).rejects.toThrow();
    await expect(db.auditEvent.delete({ where: { id: event.id } })).rejects.toThrow();
    expect(await db.auditEvent.updateMany({ data: { action: "forged" } })).toEqual({ count: 0 });
    expect(await db.auditEvent.deleteMany({})).toEqual({ count: 0 });
    expect(await db.auditEvent.findUnique({ where: { id: event.id } })).toEqual(event);
  });
});
