import { beforeAll, describe, expect, it, vi } from "vitest";
import { signPrintToken, verifyPrintToken } from "./print-token";

beforeAll(() => {
  process.env.NEXTAUTH_SECRET = "test-secret-for-print-tokens";
});

describe("print tokens", () => {
  it("let the server's Chromium print one issue for a short while", () => {
    const token = signPrintToken("issue-1");
    expect(verifyPrintToken(token, "issue-1")).toBe(true);
    expect(verifyPrintToken(token, "issue-2")).toBe(false);
  });

  it("expire", () => {
    vi.useFakeTimers();
    const token = signPrintToken("issue-1", 60);
    vi.advanceTimersByTime(61_000);
    expect(verifyPrintToken(token, "issue-1")).toBe(false);
    vi.useRealTimers();
  });

  it("refuse forgeries and garbage", () => {
    const token = signPrintToken("issue-1");
    const [expiry] = token.split(".");
    expect(verifyPrintToken(`${Number(expiry) + 3600}.${token.split(".")[1]}`, "issue-1")).toBe(false);
    for (const bad of ["", "x", "1.2.3", `${expiry}.`, "9999999999.AAAA"]) expect(verifyPrintToken(bad, "issue-1")).toBe(false);
  });
});
