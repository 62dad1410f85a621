import { mkdtempSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { getDb } from "@/lib/db";
import { createPrismaClient } from "@/lib/db/client";
import { recordAudit } from "@/lib/server/audit";
import { checkHealth } from "@/lib/server/health";
import { localStorage } from "@/lib/server/storage/local-storage";
import { getStorage } from "@/lib/server/storage/storage";

describe("health", () => {
  const storage = { check: async () => {} };

  it("is ok when the database answers, every migration is applied and storage accepts files", async () => {
    expect(await checkHealth(getDb(), getStorage())).toEqual({ status: "ok", db: "ok", migrations: "ok", pendingMigrations: 0, storage: "ok" });
  });

  it("reports the database down when it does not answer", async () => {
    const unreachable = createPrismaClient("postgresql://folio:folio@127.0.0.1:9/folio");
    expect(await checkHealth(unreachable, storage)).toMatchObject({ status: "degraded", db: "down", migrations: "unknown" });
  });

  it("reports migrations that this code ships but the database lacks", async () => {
    const older = { $queryRaw: async () => [{ name: "20261121103701_init" }] } as unknown as Parameters<typeof checkHealth>[0];
    const health = await checkHealth(older, storage);
    expect(health).toMatchObject({ status: "degraded", db: "ok", migrations: "pending" });
    expect(health.pendingMigrations).toBeGreaterThan(0);
  });

  it("reports storage that refuses files", async () => {
    const file = path.join(mkdtempSync(path.join(os.tmpdir(), "folio-health-")), "not-a-folder");
    writeFileSync(file, "a file where the storage folder should be");
    expect(await checkHealth(getDb(), localStorage(file))).toMatchObject({ status: "degraded", storage: "down" });
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
