import { describe, expect, it } from "vitest";
import { deactivationVerdict, linkState, normalizeRoles, roleChangeVerdict } from "./user-admin";

const change = (over: Partial<Parameters<typeof roleChangeVerdict>[0]> = {}) => ({ actorId: "me", targetId: "them", targetActiveAdmin: false, otherActiveAdmins: 1, ...over });

describe("role changes", () => {
  it("needs at least one role", () => {
    expect(roleChangeVerdict(change(), [])).toEqual({ ok: false, refusal: "rolesRequired" });
  });

  it("lets an admin change anyone else's roles while another admin remains", () => {
    expect(roleChangeVerdict(change(), ["editor"])).toEqual({ ok: true });
    expect(roleChangeVerdict(change({ targetActiveAdmin: true, otherActiveAdmins: 1 }), ["editor"])).toEqual({ ok: true });
  });

  it("never lets an admin remove their own admin role, but lets them add others", () => {
    const self = change({ targetId: "me", targetActiveAdmin: true, otherActiveAdmins: 3 });
    expect(roleChangeVerdict(self, ["chief"])).toEqual({ ok: false, refusal: "ownAdminRole" });
    expect(roleChangeVerdict(self, ["admin", "chief"])).toEqual({ ok: true });
  });

  it("keeps the last active admin", () => {
    expect(roleChangeVerdict(change({ targetActiveAdmin: true, otherActiveAdmins: 0 }), ["chief"])).toEqual({ ok: false, refusal: "lastAdmin" });
  });

  it("orders roles as the table does, each once", () => {
    expect(normalizeRoles(["reporter", "admin", "reporter"])).toEqual(["admin", "reporter"]);
  });
});

describe("deactivation", () => {
  it("refuses deactivating oneself and the last active admin", () => {
    expect(deactivationVerdict(change({ targetId: "me" }))).toEqual({ ok: false, refusal: "ownDeactivation" });
    expect(deactivationVerdict(change({ targetActiveAdmin: true, otherActiveAdmins: 0 }))).toEqual({ ok: false, refusal: "lastAdmin" });
    expect(deactivationVerdict(change({ targetActiveAdmin: true }))).toEqual({ ok: true });
    expect(deactivationVerdict(change())).toEqual({ ok: true });
  });
});

describe("link state", () => {
  const now = new Date("2026-11-21T10:00:00Z");
  it("is pending until it expires, and gone once used", () => {
    expect(linkState(null, now)).toBe("none");
    expect(linkState({ expiresAt: new Date("2026-11-22T00:00:00Z"), usedAt: null }, now)).toBe("pending");
    expect(linkState({ expiresAt: now, usedAt: null }, now)).toBe("expired");
    expect(linkState({ expiresAt: new Date("2026-11-22T00:00:00Z"), usedAt: now }, now)).toBe("none");
  });
});
