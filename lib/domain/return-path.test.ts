import { describe, expect, it } from "vitest";
import { DEFAULT_RETURN_PATH, safeReturnPath } from "./return-path";

describe("return path after sign-in", () => {
  it.each(["/desk", "/desk/articles/abc?tab=history", "/"])("follows the local path %s", (path) => {
    expect(safeReturnPath(path)).toBe(path);
  });

  it.each([
    "https://evil.example/",
    "//evil.example",
    "/\\evil.example",
    "javascript:alert(1)",
    "desk",
    "/login",
    "/login?callbackUrl=/desk",
    "/desk\n",
    undefined,
    42,
  ])("refuses %s", (value) => {
    expect(safeReturnPath(value)).toBe(DEFAULT_RETURN_PATH);
  });
});
