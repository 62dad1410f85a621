import { describe, expect, it } from "vitest";
import { sectionsFor } from "./sections";

describe("workspace sections", () => {
  it("opens the writing sections to a reporter", () => {
    expect(sectionsFor(["reporter"])).toEqual(["articles", "media"]);
  });

  it("opens proofing alone to a proofreader", () => {
    expect(sectionsFor(["proofreader"])).toEqual(["proofing"]);
  });

  it("opens administration only to the admin", () => {
    expect(sectionsFor(["admin"])).toContain("admin");
    expect(sectionsFor(["chief"])).not.toContain("admin");
  });

  it("opens review, proofing and publishing to the chief", () => {
    expect(sectionsFor(["chief"])).toEqual(expect.arrayContaining(["review", "proofing", "publishing"]));
  });
});
