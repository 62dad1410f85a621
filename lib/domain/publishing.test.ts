import { describe, expect, it } from "vitest";
import { beijingLocalTime, displayStatus, mayPublish, mayUnpublish, statusWhenPublished, toBeijingLocal } from "./publishing";

const chief = { roles: ["chief" as const] };
const desk = { roles: ["desk" as const] };
const now = new Date("2023-06-20T02:00:00Z");

describe("publishing", () => {
  it("publishes a locked (or withdrawn) issue, by the chief only", () => {
    expect(mayPublish(chief, { status: "locked" }, null, now)).toEqual({ ok: true });
    expect(mayPublish(chief, { status: "withdrawn" }, null, now)).toEqual({ ok: true });
    expect(mayPublish(desk, { status: "locked" }, null, now)).toEqual({ ok: false, refusal: "notAllowed" });
    expect(mayPublish(chief, { status: "proofing" }, null, now)).toEqual({ ok: false, refusal: "issueNotLocked" });
    expect(mayPublish(chief, { status: "published" }, null, now)).toEqual({ ok: false, refusal: "issueNotLocked" });
    expect(mayPublish(chief, { status: "locked" }, new Date("2030-01-01T00:00:00Z"), now)).toEqual({ ok: false, refusal: "publishTimeInvalid" });
  });

  it("schedules a future time, publishes a past or absent one now", () => {
    expect(statusWhenPublished(new Date("2023-06-21T00:00:00Z"), now)).toBe("scheduled");
    expect(statusWhenPublished(new Date("2023-06-19T00:00:00Z"), now)).toBe("published");
    expect(statusWhenPublished(null, now)).toBe("published");
    expect(displayStatus({ status: "scheduled", publishAt: new Date("2023-06-19T00:00:00Z") }, now)).toBe("published");
    expect(displayStatus({ status: "scheduled", publishAt: new Date("2023-06-21T00:00:00Z") }, now)).toBe("scheduled");
  });

  it("takes an issue off with a reason", () => {
    expect(mayUnpublish(chief, { status: "published" }, "版面有误")).toEqual({ ok: true });
    expect(mayUnpublish(chief, { status: "scheduled" }, "版面有误")).toEqual({ ok: true });
    expect(mayUnpublish(chief, { status: "published" }, " ")).toEqual({ ok: false, refusal: "withdrawReasonRequired" });
    expect(mayUnpublish(chief, { status: "locked" }, "x")).toEqual({ ok: false, refusal: "issueNotPublished" });
  });

  it("reads and writes Beijing wall time", () => {
    expect(beijingLocalTime("2023-06-21T08:00")?.toISOString()).toBe("2023-06-21T00:00:00.000Z");
    expect(beijingLocalTime("2023-06-21 08:00")).toBeNull();
    expect(toBeijingLocal(new Date("2023-06-21T00:00:00Z"))).toBe("2023-06-21T08:00");
  });
});
