import { describe, expect, it } from "vitest";
import { rateLimitedError, signInProblem } from "./sign-in-error";

describe("sign-in problems", () => {
  it("reads a wrong email or password", () => {
    expect(signInProblem("CredentialsSignin")).toEqual({ kind: "invalid" });
  });

  it("reads a lockout in whole minutes, at least one", () => {
    expect(signInProblem(rateLimitedError(900))).toEqual({ kind: "rateLimited", minutes: 15 });
    expect(signInProblem(rateLimitedError(61))).toEqual({ kind: "rateLimited", minutes: 2 });
    expect(signInProblem(rateLimitedError(5))).toEqual({ kind: "rateLimited", minutes: 1 });
  });

  it("does not guess at anything else", () => {
    expect(signInProblem("Configuration")).toEqual({ kind: "unknown" });
    expect(signInProblem("RATE_LIMITED:soon")).toEqual({ kind: "unknown" });
  });
});
