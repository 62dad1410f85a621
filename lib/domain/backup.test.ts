import { describe, expect, it } from "vitest";
import { archiveName, manifestSchema, planMigrations, restoreOrder } from "./backup";

describe("planMigrations", () => {
  const code = ["001_init", "002_desk", "003_media"];

  it("builds the archive's own schema first and upgrades after the data loads", () => {
    expect(planMigrations(["001_init", "002_desk"], code)).toEqual({ ok: true, before: ["001_init", "002_desk"], after: ["003_media"] });
    expect(planMigrations(code, code)).toEqual({ ok: true, before: code, after: [] });
  });

  it("refuses a backup made by a newer Folio", () => {
    expect(planMigrations([...code, "004_later"], code)).toEqual({ ok: false, problem: "newerBackup", migrations: ["004_later"] });
  });

  it("refuses a backup whose migrations are not this code's first ones", () => {
    expect(planMigrations(["001_init", "003_media"], code)).toEqual({ ok: false, problem: "divergent", migrations: ["002_desk"] });
  });
});

describe("restoreOrder", () => {
  it("puts every table after the tables it references", () => {
    const order = restoreOrder(
      ["Byline", "Article", "User", "Contributor", "AuditEvent"],
      [["Byline", "Article"], ["Byline", "Contributor"], ["Article", "User"], ["Contributor", "User"], ["AuditEvent", "User"], ["Contributor", "Contributor"]],
    );
    const at = (table: string) => order.indexOf(table);
    expect(order).toHaveLength(5);
    expect(at("User")).toBeLessThan(at("Article"));
    expect(at("Article")).toBeLessThan(at("Byline"));
    expect(at("Contributor")).toBeLessThan(at("Byline"));
    expect(at("User")).toBeLessThan(at("AuditEvent"));
  });

  it("ignores references to tables outside the dump and refuses cycles", () => {
    expect(restoreOrder(["A"], [["A", "Elsewhere"]])).toEqual(["A"]);
    expect(() => restoreOrder(["A", "B"], [["A", "B"], ["B", "A"]])).toThrow(/cycle/);
  });
});

describe("archive names and manifests", () => {
  it("names archives by UTC time", () => {
    expect(archiveName(new Date("2026-11-21T18:30:05.123Z"))).toBe("folio-backup-20261121-183005.tar.gz");
  });

  it("refuses a manifest of another format", () => {
    expect(manifestSchema.safeParse({ format: "other" }).success).toBe(false);
  });
});
