// What next-auth's error string after a failed sign-in means for the person
// signing in. The server encodes a lockout as RATE_LIMITED:<seconds>.
export type SignInProblem =
  | { kind: "invalid" }
  | { kind: "rateLimited"; minutes: number }
  | { kind: "unknown" };

export const RATE_LIMITED = "RATE_LIMITED";

export function rateLimitedError(seconds: number): string {
  return `${RATE_LIMITED}:${seconds}`;
}

export function signInProblem(error: string): SignInProblem {
  if (error === "CredentialsSignin") return { kind: "invalid" };
  const limited = new RegExp(`^${RATE_LIMITED}:(\\d+)$`).exec(error);
  if (limited) return { kind: "rateLimited", minutes: Math.max(1, Math.ceil(Number(limited[1]) / 60)) };
  return { kind: "unknown" };
}
