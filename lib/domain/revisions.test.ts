import { describe, expect, it } from "vitest";
import { COALESCE_WINDOW_MS, coalescesInto } from "./revisions";

const start = new Date("2026-11-21T10:00:00Z");
const later = (ms: number) => new Date(start.getTime() + ms);

describe("revision coalescing", () => {
  it("folds a minute of one person's typing into one revision", () => {
    const last = { authorId: "a", kind: "edit", createdAt: start };
    expect(coalescesInto(last, "a", later(5_000))).toBe(true);
    expect(coalescesInto(last, "a", later(COALESCE_WINDOW_MS - 1))).toBe(true);
  });

  it("starts a new revision after the minute", () => {
    expect(coalescesInto({ authorId: "a", kind: "edit", createdAt: start }, "a", later(COALESCE_WINDOW_MS))).toBe(false);
  });

  it("starts a new revision for another person, so edits stay attributed", () => {
    expect(coalescesInto({ authorId: "a", kind: "edit", createdAt: start }, "b", later(1_000))).toBe(false);
  });

  it("never folds into a restore, an import, a conflict copy or nothing", () => {
    for (const kind of ["restore", "import", "conflict", "proof_correction"]) {
      expect(coalescesInto({ authorId: "a", kind, createdAt: start }, "a", later(1_000))).toBe(false);
    }
    expect(coalescesInto(null, "a", later(1_000))).toBe(false);
  });
});
